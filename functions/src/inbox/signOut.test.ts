/**
 * The inbox's lean session check stays honest: a sign-out or reset ends the session in the process that handled
 * it at once; in another process at once with Redis, and within SESSION_CACHE_SECONDS without it. "Another
 * process" is a second app on the same database with its own session cache and its own revocations, which is
 * all a process shares with another.
 */
import { type AccessTree, buildAccessTree, testPayload } from '@sotay/cms/testing'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp, type FunctionsApp } from '../app.ts'
import { sessionRoutes } from '../session/index.ts'
import { type Revocations, revocations } from '../session/revocations.ts'
import { call, cookieOf, importedMember } from '../session/testing.ts'
import { inboxRoutes } from './index.ts'

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379'
const PASSWORD = 'Hoa sen 2026'
/** Without Redis, how long another process may still accept a signed-out session (small for the test). */
const BOUND_SECONDS = 1

let payload: Payload
let tree: AccessTree
const opened: Revocations[] = []

/** One process: its own revocations (Redis with `redisPrefix`) and the session and inbox functions. */
function processApp(redisPrefix?: string, cacheSeconds = 3600): FunctionsApp {
  const own = revocations(redisPrefix ? { redisUrl: REDIS_URL, prefix: redisPrefix } : {})
  opened.push(own)
  return createApp({
    routes: [
      sessionRoutes({ payload, failureFloorMs: 0, revocations: own }),
      inboxRoutes({ payload, revocations: own, cacheSeconds }),
    ],
  })
}

/** A member who has activated, and a signed-in session of theirs (the cookie) on `app`. */
async function signedInMember(app: FunctionsApp, fullName: string) {
  const m = await importedMember(payload, tree.orgs.a1, fullName)
  const activated = await call(app, '/session/activate', {
    body: { cardNumber: m.cardNumber, activationCode: m.activationCode, newPassword: PASSWORD },
  })
  expect(activated.status).toBe(200)
  const login = () => call(app, '/session/login', { body: { cardNumber: m.cardNumber, password: PASSWORD } })
  return { ...m, cookie: cookieOf(await login()), login }
}

const inbox = (app: FunctionsApp, cookie: string) => call(app, '/inbox', { cookie })
const signOut = (app: FunctionsApp, cookie: string) => call(app, '/session/logout', { body: {}, cookie })
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

beforeAll(async () => {
  payload = await testPayload()
  tree = await buildAccessTree(payload, `ibs${Date.now()}`)
})

afterAll(async () => {
  await Promise.all(opened.map((r) => r.close()))
})

describe('GET /fn/inbox after a sign-out', () => {
  it('refuses the signed-out session at once in the process that signed it out; other sessions go on', async () => {
    const a = processApp()
    const m = await signedInMember(a, 'Hoàng Văn Khoa')
    const other = cookieOf(await m.login())
    expect((await inbox(a, m.cookie)).status).toBe(200)
    expect((await inbox(a, other)).status).toBe(200)
    expect((await signOut(a, m.cookie)).status).toBe(200)
    const refused = await inbox(a, m.cookie)
    expect(refused.status).toBe(401)
    expect((await refused.json()).error.message).toMatch(/chưa đăng nhập hoặc phiên đăng nhập đã hết hạn/)
    expect((await inbox(a, other)).status).toBe(200)
  })

  it('refuses every session of a member at once after a secretary resets them', async () => {
    const a = processApp()
    const m = await signedInMember(a, 'Vũ Thị Lan')
    expect((await inbox(a, m.cookie)).status).toBe(200)
    const secretary = cookieOf(
      await call(a, '/session/login', {
        body: { cardNumber: tree.users.secretaryA1.username, password: 'MatKhau@2026' },
      }),
    )
    expect(
      (await call(a, '/session/reset', { body: { cardNumber: m.cardNumber }, cookie: secretary })).status,
    ).toBe(200)
    expect((await inbox(a, m.cookie)).status).toBe(401)
  })

  it('with Redis: refuses it at once in another process that had it cached', async () => {
    const prefix = `sotay:test:sessions:${Date.now()}`
    const a = processApp(prefix)
    const b = processApp(prefix)
    const m = await signedInMember(a, 'Trịnh Văn Minh')
    const other = cookieOf(await m.login())
    // B has read the member's sessions and would trust them for an hour on its own.
    expect((await inbox(b, m.cookie)).status).toBe(200)
    expect((await inbox(b, m.cookie)).status).toBe(200)
    expect((await signOut(a, m.cookie)).status).toBe(200)
    expect((await inbox(b, m.cookie)).status).toBe(401)
    expect((await inbox(b, other)).status).toBe(200)
  })

  it(`without Redis: refuses it in another process once its cache bound (${BOUND_SECONDS} s here) has passed`, async () => {
    const a = processApp()
    const b = processApp(undefined, BOUND_SECONDS)
    const m = await signedInMember(a, 'Lưu Thị Hằng')
    expect((await inbox(b, m.cookie)).status).toBe(200)
    expect((await signOut(a, m.cookie)).status).toBe(200)
    await pause(BOUND_SECONDS * 1000 + 200)
    expect((await inbox(b, m.cookie)).status).toBe(401)
  })

  it('refuses forged tokens, and takes a cookie from another site only when Payload does', async () => {
    const a = processApp()
    const m = await signedInMember(a, 'Đỗ Văn Phúc')
    const [name, token] = m.cookie.split('=')
    const [header, claims, signature] = token.split('.')
    const tampered = `${header}.${claims}.${signature.slice(0, -2)}${signature.endsWith('AA') ? 'BB' : 'AA'}`
    expect((await inbox(a, `${name}=${tampered}`)).status).toBe(401)
    expect((await inbox(a, `${name}=khong-hop-le`)).status).toBe(401)
    // From another site the cookie counts exactly when Payload's own check (CSRF list) lets it.
    const foreign = { cookie: m.cookie, origin: 'https://ke-xau.example' }
    const payloadSays = (await call(a, '/session/me', foreign)).status
    expect((await call(a, '/inbox', foreign)).status).toBe(payloadSays)
  })
})
