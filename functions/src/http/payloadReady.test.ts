import { Hono } from 'hono'
import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'
import type { FnEnv } from './env.ts'
import { payloadReady } from './payloadReady.ts'
import { signedIn } from './signedIn.ts'

const failing = () => Promise.reject(new Error('database down'))
const noOne = { auth: async () => ({ user: null }) } as unknown as Payload

describe('the guards every function shares', () => {
  it('answers 503 with Retry-After in Vietnamese while Payload cannot be opened', async () => {
    const app = new Hono<FnEnv>().get('/x', payloadReady(failing), (c) => c.text('ok'))
    const original = console.error
    console.error = () => {}
    try {
      const response = await app.request('/x')
      expect(response.status).toBe(503)
      expect(response.headers.get('retry-after')).toBe('30')
      expect((await response.json()).error).toEqual({
        code: 'unavailable',
        message: expect.stringMatching(/Hệ thống đang khởi động/),
      })
    } finally {
      console.error = original
    }
  })

  it('answers 401 in the function’s own words when no one is signed in', async () => {
    const app = new Hono<FnEnv>().get(
      '/x',
      payloadReady(noOne),
      signedIn({ code: 'unauthorized', message: 'Đồng chí cần đăng nhập.' }),
      (c) => c.text('ok'),
    )
    const response = await app.request('/x')
    expect(response.status).toBe(401)
    expect(await response.json()).toEqual({
      error: { code: 'unauthorized', message: 'Đồng chí cần đăng nhập.' },
    })
  })
})
