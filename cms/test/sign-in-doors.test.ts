/**
 * Payload's own auth doors on `users`, through its real REST routing (handleEndpoints, as the Next route calls
 * it) and GraphQL: each obeys the one sign-in policy (cms/src/auth/), or is closed.
 */
import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { memoryRateLimiter } from '../src/auth/limiterMemory.ts'
import { LOGIN_FAILED } from '../src/auth/messages.ts'
import { configureApiSignIn, signInDoors } from '../src/auth/payloadDoors.ts'
import { type AccessTree, buildAccessTree, PASSWORD, type TreeUser } from './fixtures/accessTree.ts'
import { testPayload } from './payload.ts'
import { graphqlAs, restAs } from './requests.ts'

let payload: Payload
/** The fixture's users are typed without Payload's generated types; their username is there all the same. */
const cardOf = (user: TreeUser) => (user as unknown as { username: string }).username
let tree: AccessTree
let ipSeq = 0
/** A fresh address per test, so one test's failures never hold back another's. */
const newIp = () => {
  ipSeq += 1
  return `203.0.113.${ipSeq}`
}

interface Call {
  body?: unknown
  user?: TreeUser
  ip?: string
}

const rest = (method: string, path: string, { body, user, ip }: Call = {}) =>
  restAs(payload, path, user, { method, body, forwardedFor: `10.9.9.9, ${ip ?? '198.51.100.20'}` })

const login = (username: string, password: string, ip?: string) =>
  rest('POST', '/users/login', { body: { username, password }, ip })

const graphql = (query: string, user?: TreeUser) => graphqlAs(payload, query, user)

let seq = 0
/** A member with a known password, created for one test. */
async function member(org: { id: number | string }, password = PASSWORD) {
  seq += 1
  const username = `7${String(Date.now()).slice(-8)}${String(seq).padStart(3, '0')}`
  const doc = await payload.create({
    collection: 'users',
    data: { username, password, fullName: `Đảng viên thử ${seq}`, org: org.id, phone: '0912000111' },
  })
  return { id: doc.id as number | string, username }
}

const stored = (id: number | string) =>
  payload.findByID({
    collection: 'users',
    id,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
  }) as Promise<Record<string, any>>

beforeAll(async () => {
  payload = await testPayload()
  tree = await buildAccessTree(payload, `SID${Date.now()}`)
  configureApiSignIn({ limiter: memoryRateLimiter(), floorMs: 0 })
})
afterAll(() => configureApiSignIn({}))

describe('the doors are ours', () => {
  it('puts each custom auth endpoint before Payload’s default with the same method and path', () => {
    const endpoints = payload.collections.users.config.endpoints || []
    for (const door of signInDoors) {
      const all = endpoints.filter((e) => e.method === door.method && e.path === door.path)
      expect(all[0]?.handler).toBe(door.handler)
    }
    // Payload's own /login is still there, after ours, and never answers.
    expect(endpoints.filter((e) => e.method === 'post' && e.path === '/login')).toHaveLength(2)
  })
})

describe('POST /api/users/login', () => {
  it('signs an admin in as the admin form expects: {message, user, token, exp} and the payload-token cookie', async () => {
    const response = await login(cardOf(tree.users.secretaryA1), PASSWORD)
    expect(response.status).toBe(200)
    const body = await response.json()
    expect(body).toMatchObject({ user: { id: tree.users.secretaryA1.id }, message: expect.any(String) })
    expect(typeof body.token).toBe('string')
    expect(body.exp).toBeGreaterThan(Date.now() / 1000)
    expect(response.headers.get('set-cookie')).toMatch(/^payload-token=[^;]+;.*HttpOnly/)
    const { user } = await payload.auth({ headers: new Headers({ authorization: `JWT ${body.token}` }) })
    expect(user?.id).toBe(tree.users.secretaryA1.id)
  })

  it('answers an unknown user, a wrong password and a locked account alike, never before the floor', async () => {
    const floorMs = 300
    configureApiSignIn({ limiter: memoryRateLimiter(), floorMs })
    try {
      const m = await member(tree.orgs.a1)
      const ip = newIp()
      const timed = async (username: string, password: string) => {
        const started = performance.now()
        const response = await login(username, password, ip)
        const answer = {
          status: response.status,
          body: await response.text(),
          headers: [...response.headers].filter(([name]) => name !== 'date'),
        }
        return { answer, elapsed: performance.now() - started }
      }
      const wrong = await timed(m.username, 'sai mật khẩu')
      expect(wrong.answer.status).toBe(401)
      expect(JSON.parse(wrong.answer.body)).toEqual({ errors: [{ message: LOGIN_FAILED }] })
      const unknown = await timed('100000000077', 'sai mật khẩu')
      for (let i = 0; i < 4; i += 1) await login(m.username, `sai ${i}`, ip)
      expect((await stored(m.id)).lockUntil).toBeTruthy()
      const locked = await timed(m.username, PASSWORD)
      for (const other of [unknown, locked]) expect(other.answer).toEqual(wrong.answer)
      for (const attempt of [wrong, unknown, locked]) expect(attempt.elapsed).toBeGreaterThanOrEqual(floorMs)
    } finally {
      configureApiSignIn({ limiter: memoryRateLimiter(), floorMs: 0 })
    }
  })

  it('throttles guessing on one account, whatever the address (429, Retry-After, Vietnamese)', async () => {
    const m = await member(tree.orgs.a1)
    const statuses: number[] = []
    let last: Response | undefined
    for (let i = 0; i < 12; i += 1) {
      last = await login(m.username, `đoán ${i}`, newIp())
      statuses.push(last.status)
    }
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true)
    expect(statuses.slice(10)).toEqual([429, 429])
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0)
    expect((await last!.json()).errors[0].message).toMatch(
      /Bạn đã thử quá nhiều lần. Vui lòng đợi khoảng \d+ phút/,
    )
  })

  it('limits an address that keeps failing, across many accounts, and no other address', async () => {
    configureApiSignIn({
      limiter: memoryRateLimiter(),
      floorMs: 0,
      failuresPerIp: { limit: 20, windowMs: 600_000 },
    })
    try {
      const ip = newIp()
      const statuses: number[] = []
      for (let i = 0; i < 22; i += 1)
        statuses.push((await login(`10000000${String(i).padStart(4, '0')}`, 'x', ip)).status)
      expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true)
      expect(statuses.slice(20)).toEqual([429, 429])
      // Held back even with the right password: the address, not the account, is what is limited.
      expect((await login(cardOf(tree.users.memberA1), PASSWORD, ip)).status).toBe(429)
      expect((await login(cardOf(tree.users.memberA1), PASSWORD, newIp())).status).toBe(200)
    } finally {
      configureApiSignIn({ limiter: memoryRateLimiter(), floorMs: 0 })
    }
  })

  it('refuses a blank or malformed body with 400 in Vietnamese', async () => {
    for (const body of [{}, { username: 'abc' }, { username: 12, password: 'x' }, { password: 'x' }]) {
      const response = await rest('POST', '/users/login', { body })
      expect(response.status).toBe(400)
      expect((await response.json()).errors[0].message).toMatch(/Hãy nhập số thẻ đảng viên/)
    }
  })
})

describe('POST /api/users/unlock', () => {
  const lockedMember = async () => {
    const m = await member(tree.orgs.a1)
    await payload.db.updateOne({
      collection: 'users',
      id: m.id,
      data: { loginAttempts: 5, lockUntil: new Date(Date.now() + 600_000).toISOString() },
    })
    return m
  }

  it('refuses members, editors and admins of another subtree, and leaves the lock', async () => {
    const m = await lockedMember()
    for (const who of [
      tree.users.memberA1,
      tree.users.memberB1,
      tree.users.provinceEditor,
      tree.users.adminB,
    ]) {
      const response = await rest('POST', '/users/unlock', { body: { username: m.username }, user: who })
      expect(response.status).toBe(403)
      expect((await response.json()).errors[0].message).toMatch(/Chỉ cán bộ quản lý đảng viên/)
    }
    expect((await rest('POST', '/users/unlock', { body: { username: m.username } })).status).toBe(401)
    expect((await stored(m.id)).lockUntil).toBeTruthy()
  })

  it('Payload’s unlock operation as a user (Local API) follows the same subtree', async () => {
    const inside = await lockedMember()
    await payload.unlock({
      collection: 'users',
      data: { username: inside.username },
      req: await createLocalReq({ user: tree.users.secretaryA1 }, payload),
      overrideAccess: false,
    })
    expect((await stored(inside.id)).lockUntil ?? null).toBeNull()
    seq += 1
    const outside = await member(tree.orgs.b1)
    await payload.db.updateOne({
      collection: 'users',
      id: outside.id,
      data: { loginAttempts: 5, lockUntil: new Date(Date.now() + 600_000).toISOString() },
    })
    for (const who of [tree.users.secretaryA1, tree.users.memberB1, tree.users.provinceEditor]) {
      await payload
        .unlock({
          collection: 'users',
          data: { username: outside.username },
          req: await createLocalReq({ user: who }, payload),
          overrideAccess: false,
        })
        .catch(() => false)
    }
    expect((await stored(outside.id)).lockUntil).toBeTruthy()
  })

  it('lets the secretary of the member’s cell unlock', async () => {
    const m = await lockedMember()
    const response = await rest('POST', '/users/unlock', {
      body: { username: m.username },
      user: tree.users.secretaryA1,
    })
    expect(response.status).toBe(200)
    expect((await stored(m.id)).lockUntil ?? null).toBeNull()
  })
})

describe('closed doors', () => {
  it('closes forgot-password, reset-password, verify and (with users present) first-register', async () => {
    const forgot = await rest('POST', '/users/forgot-password', {
      body: { username: cardOf(tree.users.memberA1) },
    })
    expect(forgot.status).toBe(403)
    expect((await forgot.json()).errors[0].message).toMatch(/bí thư chi bộ hoặc cấp ủy cấp mã kích hoạt mới/)
    const reset = await rest('POST', '/users/reset-password', {
      body: { token: 'abc', password: 'MatKhauMoi1' },
    })
    expect(reset.status).toBe(403)
    expect((await rest('POST', `/users/verify/abc`, { body: {} })).status).toBe(403)
    const before = await payload.count({ collection: 'users', overrideAccess: true })
    const register = await rest('POST', '/users/first-register', {
      body: { username: 'keladmin', password: 'MatKhau@2026', fullName: 'Kẻ lạ' },
    })
    expect(register.status).toBe(403)
    expect((await payload.count({ collection: 'users', overrideAccess: true })).totalDocs).toBe(
      before.totalDocs,
    )
  })

  it('closes the auth mutations of GraphQL with a Vietnamese message', async () => {
    const m = await member(tree.orgs.a1)
    await payload.db.updateOne({
      collection: 'users',
      id: m.id,
      data: { loginAttempts: 5, lockUntil: new Date(Date.now() + 600_000).toISOString() },
    })
    const signIn = await graphql(`mutation { loginUser(username: "${m.username}", password: "${PASSWORD}") }`)
    expect(signIn.errors[0].message).toMatch(/không có qua GraphQL/)
    const unlock = await graphql(`mutation { unlockUser(username: "${m.username}") }`, tree.users.memberA1)
    expect(unlock.errors[0].message).toMatch(/không có qua GraphQL/)
    expect((await stored(m.id)).lockUntil).toBeTruthy()
    // What acts on one's own session still works.
    const me = await graphql('{ meUser { user { id } } }', tree.users.memberA1)
    expect(String(me.data.meUser.user.id)).toBe(String(tree.users.memberA1.id))
  })
})
