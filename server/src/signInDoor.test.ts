/**
 * The front server answers Payload's POST /api/users/login itself, on its own Payload and the shared sign-in
 * limiter, so /api and /fn count together even without Redis; the rest of /api still goes to Next.
 */
import type http from 'node:http'
import type { AddressInfo } from 'node:net'
import { configureApiSignIn } from '@sotay/cms/auth'
import { buildAccessTree, testPayload } from '@sotay/cms/testing'
import { createApp, sessionRoutes } from '@sotay/functions'
import { handleEndpoints, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createFrontServer } from './server.ts'

let payload: Payload
let front: http.Server
let base: string
let username: string

const post = (path: string, body: unknown) =>
  fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base },
    body: JSON.stringify(body),
  })

beforeAll(async () => {
  payload = await testPayload()
  configureApiSignIn({ floorMs: 0 })
  username = (await buildAccessTree(payload, `fsd${Date.now()}`)).users.memberA1.username
  front = createFrontServer({
    app: createApp({ routes: [sessionRoutes({ payload, failureFloorMs: 0 })] }),
    siteDir: () => null,
    // Nothing listens here: a request that reached "Next" would answer 502.
    cms: { host: '127.0.0.1', port: 9 },
    signInDoor: (request) => handleEndpoints({ config: payload.config, request }),
  })
  await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', () => resolve()))
  base = `http://127.0.0.1:${(front.address() as AddressInfo).port}`
})
afterAll(() => {
  configureApiSignIn({})
  front?.close()
})

describe('POST /api/users/login at the front server', () => {
  it('is answered here with Payload’s JSON and cookie, while other /api paths still go to Next', async () => {
    const response = await post('/api/users/login', { username, password: 'MatKhau@2026' })
    expect(response.status).toBe(200)
    expect((await response.json()).user.id).toBeDefined()
    expect(response.headers.get('set-cookie')).toMatch(/^payload-token=/)
    expect((await fetch(`${base}/api/users/me`)).status).toBe(502)
  })

  it('shares the limits of /fn/session/login in this process, without Redis', async () => {
    const card = `5${String(Date.now()).slice(-11)}`
    for (let i = 0; i < 10; i += 1) {
      expect((await post('/fn/session/login', { cardNumber: card, password: `sai ${i}` })).status).toBe(401)
    }
    const api = await post('/api/users/login', { username: card, password: 'sai nữa' })
    expect(api.status).toBe(429)
    expect((await api.json()).errors[0].message).toMatch(/Bạn đã thử quá nhiều lần/)
  })
})
