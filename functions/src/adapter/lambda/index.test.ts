import { describe, expect, it } from 'vitest'
import { createApp } from '../../app.ts'
import { clientIp } from '../../http/clientIp.ts'
import { json } from '../../http/json.ts'
import { type LambdaUrlEvent, lambdaHandler } from './index.ts'

const event = (over: Partial<LambdaUrlEvent> & { method?: string } = {}): LambdaUrlEvent => ({
  rawPath: '/fn/echo',
  rawQueryString: 'a=1',
  headers: { 'content-type': 'application/json', origin: 'https://sotay.example.vn' },
  cookies: ['payload-token=abc', 'khac=1'],
  requestContext: {
    domainName: 'sotay.example.vn',
    http: { method: over.method ?? 'POST', sourceIp: '203.0.113.9' },
  },
  ...over,
})

const app = createApp({
  routes: [
    {
      method: 'POST',
      path: '/echo',
      operation: { summary: 'Trả lại yêu cầu', responses: { '200': { description: 'ok' } } },
      handler: async (request) =>
        json(
          {
            url: request.url,
            cookie: request.headers.get('cookie'),
            ip: clientIp(request),
            body: await request.json(),
          },
          {
            headers: [
              ['set-cookie', 'payload-token=moi; Path=/'],
              ['set-cookie', 'b=2; Path=/'],
            ],
          },
        ),
    },
  ],
})
const handler = lambdaHandler(app)

describe('Lambda function URL adapter', () => {
  it('turns the event into a Request and the Response into a result, cookies apart', async () => {
    const result = await handler(
      event({ body: Buffer.from('{"ten":"Sơn Hà"}').toString('base64'), isBase64Encoded: true }),
    )
    expect(result.statusCode).toBe(200)
    expect(result.cookies).toEqual(['payload-token=moi; Path=/', 'b=2; Path=/'])
    expect(JSON.parse(result.body)).toEqual({
      url: 'https://sotay.example.vn/fn/echo?a=1',
      cookie: 'payload-token=abc; khac=1',
      ip: '203.0.113.9',
      body: { ten: 'Sơn Hà' },
    })
  })

  it('answers the app’s own errors unchanged', async () => {
    const result = await handler(event({ rawPath: '/fn/khong-co', method: 'GET' }))
    expect(result.statusCode).toBe(404)
    expect(JSON.parse(result.body).error.message).toMatch(/Không tìm thấy/)
  })
})
