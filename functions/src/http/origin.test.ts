import { describe, expect, it } from 'vitest'
import { refuseCrossOrigin } from './origin.ts'

const post = (url: string, origin?: string) =>
  new Request(url, { method: 'POST', headers: origin ? { origin } : {} })

describe('refuseCrossOrigin (the rule /api shares)', () => {
  it('accepts the address itself on a developer machine', () => {
    expect(refuseCrossOrigin(post('http://127.0.0.1:3000/fn/x', 'http://127.0.0.1:3000'))).toBeNull()
  })

  it('refuses another site, the other loopback name, "null" and a missing Origin, in Vietnamese', async () => {
    for (const origin of ['http://evil.example', 'http://localhost:3000', 'null', undefined]) {
      const refusal = refuseCrossOrigin(post('http://127.0.0.1:3000/fn/x', origin))
      expect(refusal?.status).toBe(403)
      expect(JSON.stringify(await refusal?.json())).toContain('Sổ tay Đảng viên')
    }
  })

  it('behind a TLS proxy accepts SERVER_URL and not the internal address', () => {
    const allowedOrigins = ['https://sotay.example.vn/']
    expect(
      refuseCrossOrigin(post('http://10.0.0.5:3000/fn/x', 'https://sotay.example.vn'), { allowedOrigins }),
    ).toBeNull()
    expect(
      refuseCrossOrigin(post('http://10.0.0.5:3000/fn/x', 'http://10.0.0.5:3000'), { allowedOrigins })
        ?.status,
    ).toBe(403)
  })
})
