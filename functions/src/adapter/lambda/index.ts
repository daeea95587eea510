/**
 * AWS Lambda function URLs (and API Gateway HTTP APIs, payload format 2.0) -> the Fetch API app, and back.
 * Thin on purpose: everything else is the same app the Node front server runs.
 */
import { rememberClientIp } from '../../http/clientIp.ts'
import type { Handler } from '../../http/route.ts'

/** The parts of the v2.0 event this adapter reads. */
export interface LambdaUrlEvent {
  rawPath: string
  rawQueryString?: string
  headers?: Record<string, string | undefined>
  cookies?: string[]
  body?: string
  isBase64Encoded?: boolean
  requestContext: { domainName: string; http: { method: string; sourceIp?: string } }
}

export interface LambdaUrlResult {
  statusCode: number
  headers: Record<string, string>
  cookies: string[]
  body: string
  isBase64Encoded: boolean
}

const TEXT = /^(text\/|application\/(json|xml|javascript)|image\/svg)/

export function toFetchRequest(event: LambdaUrlEvent): Request {
  const { http } = event.requestContext
  const query = event.rawQueryString ? `?${event.rawQueryString}` : ''
  const headers = new Headers()
  for (const [name, value] of Object.entries(event.headers ?? {}))
    if (value !== undefined) headers.set(name, value)
  // Function URLs pass cookies apart from the headers.
  if (event.cookies?.length) headers.set('cookie', event.cookies.join('; '))
  const hasBody = event.body !== undefined && http.method !== 'GET' && http.method !== 'HEAD'
  const body = hasBody ? Buffer.from(event.body ?? '', event.isBase64Encoded ? 'base64' : 'utf8') : undefined
  const request = new Request(`https://${event.requestContext.domainName}${event.rawPath}${query}`, {
    method: http.method,
    headers,
    body,
  })
  return rememberClientIp(request, http.sourceIp)
}

export async function toLambdaResult(response: Response): Promise<LambdaUrlResult> {
  const headers: Record<string, string> = {}
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') headers[name] = value
  })
  const bytes = Buffer.from(await response.arrayBuffer())
  const text = TEXT.test(response.headers.get('content-type') ?? 'text/plain')
  return {
    statusCode: response.status,
    headers,
    cookies: response.headers.getSetCookie(),
    body: bytes.toString(text ? 'utf8' : 'base64'),
    isBase64Encoded: !text,
  }
}

/** `export const handler = lambdaHandler(app)` in the function's entry file. */
export function lambdaHandler(app: Handler): (event: LambdaUrlEvent) => Promise<LambdaUrlResult> {
  return async (event) => toLambdaResult(await app(toFetchRequest(event)))
}
