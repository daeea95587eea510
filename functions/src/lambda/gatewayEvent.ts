/** An API Gateway HTTP API (payload format 2.0) event, as a function URL sends it: for the tests and the cold-start bench. */
export interface GatewayCall {
  method: string
  path: string
  query?: string
  body?: string
  base64?: boolean
  cookies?: string[]
  headers?: Record<string, string>
}

export const gatewayEvent = (call: GatewayCall, domain = 'sotay.example.vn') => ({
  version: '2.0',
  routeKey: '$default',
  rawPath: call.path,
  rawQueryString: call.query ?? '',
  cookies: call.cookies,
  headers: { host: domain, ...call.headers },
  requestContext: {
    accountId: '123456789012',
    apiId: 'sotay',
    domainName: domain,
    domainPrefix: 'sotay',
    requestId: 'r',
    routeKey: '$default',
    stage: '$default',
    time: '01/Dec/2026:05:00:00 +0000',
    timeEpoch: 0,
    http: {
      method: call.method,
      path: call.path,
      protocol: 'HTTP/1.1',
      sourceIp: '203.0.113.9',
      userAgent: 'sotay-test',
    },
  },
  body: call.body,
  isBase64Encoded: call.base64 ?? false,
})
