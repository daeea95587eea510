import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { type SameOriginOptions, sameOrigin } from './sameOrigin.ts'

const post = (url: string, origin?: string) =>
  new Request(url, { method: 'POST', headers: origin ? { origin } : {} })

/** The middleware's answer, or null when it let the request through. */
async function refuseCrossOrigin(
  request: Request,
  options: SameOriginOptions = {},
): Promise<Response | null> {
  const app = new Hono().post('*', sameOrigin(options), (c) => c.text('ok'))
  const response = await app.request(request)
  return response.status === 200 ? null : response
}

describe('sameOrigin (the rule /api shares)', () => {
  it('accepts the address itself on a developer machine', async () => {
    expect(await refuseCrossOrigin(post('http://127.0.0.1:3000/fn/x', 'http://127.0.0.1:3000'))).toBeNull()
  })

  it('refuses another site, the other loopback name, "null" and a missing Origin, in Vietnamese', async () => {
    for (const origin of ['http://evil.example', 'http://localhost:3000', 'null', undefined]) {
      const refusal = await refuseCrossOrigin(post('http://127.0.0.1:3000/fn/x', origin))
      expect(refusal?.status).toBe(403)
      expect(JSON.stringify(await refusal?.json())).toContain('Sổ tay Đảng viên')
    }
  })

  it('behind a TLS proxy accepts SERVER_URL and not the internal address', async () => {
    const allowedOrigins = ['https://sotay.example.vn/']
    expect(
      await refuseCrossOrigin(post('http://10.0.0.5:3000/fn/x', 'https://sotay.example.vn'), {
        allowedOrigins,
      }),
    ).toBeNull()
    expect(
      (await refuseCrossOrigin(post('http://10.0.0.5:3000/fn/x', 'http://10.0.0.5:3000'), { allowedOrigins }))
        ?.status,
    ).toBe(403)
  })
})
