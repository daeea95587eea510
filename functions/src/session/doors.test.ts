/**
 * One sign-in policy for every door: /fn/session/* and Payload's own /api/users/login share limits and keys,
 * shared addresses are not blocked, legacy password hashes are upgraded through both, and an activation code
 * opens an account once.
 */
import { pbkdf2Sync, randomBytes } from 'node:crypto'
import { configureApiSignIn, memoryRateLimiter } from '@sotay/cms/auth'
import { buildAccessTree, testPayload } from '@sotay/cms/testing'
import { generateActivationCode, sealActivationCode } from '@sotay/content-schemas'
import { handleEndpoints, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { call, importedMember, newCardNumber, sessionApp, storedAccount } from './testing.ts'

let payload: Payload
let cell: { id: number | string; name: string }
const PASSWORD = 'Sen vàng 2026'

/** Payload's REST routing, as the Next route calls it; the front server appends the client to X-Forwarded-For. */
const apiLogin = (username: string, password: string, ip: string) =>
  handleEndpoints({
    config: payload.config,
    request: new Request('http://localhost/api/users/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
      body: JSON.stringify({ username, password }),
    }),
  })

const fnLogin = (app: ReturnType<typeof sessionApp>, cardNumber: string, password: string, ip: string) =>
  call(app, '/session/login', { body: { cardNumber, password }, ip })

/** A member whose password is set, written straight into the table (no hashing per member: 300 of them). */
async function membersWithPassword(count: number, hash: { hash: string; salt: string }) {
  const cards: string[] = []
  for (let i = 0; i < count; i += 1) {
    const username = newCardNumber()
    await payload.db.create({
      collection: 'users',
      data: {
        username,
        fullName: `Đại biểu ${i + 1}`,
        org: cell.id,
        ...hash,
        loginAttempts: 0,
        activatedAt: new Date().toISOString(),
      },
    })
    cards.push(username)
  }
  return cards
}

/** The stored form of PASSWORD as Payload 3.90 writes it (PBKDF2-SHA256, 600,000 iterations). */
function currentHash(password: string) {
  const salt = randomBytes(32).toString('hex')
  return {
    salt,
    hash: `pbkdf2-sha256-v1:${pbkdf2Sync(password, salt, 600_000, 32, 'sha256').toString('hex')}`,
  }
}

/** The form older Payload versions wrote: 25,000 iterations, 512-byte key, no prefix. */
function legacyHash(password: string) {
  const salt = randomBytes(32).toString('hex')
  return { salt, hash: pbkdf2Sync(password, salt, 25_000, 512, 'sha256').toString('hex') }
}

beforeAll(async () => {
  payload = await testPayload()
  cell = (await buildAccessTree(payload, `dor${Date.now()}`)).orgs.a1
  configureApiSignIn({ floorMs: 0 })
})
afterAll(() => configureApiSignIn({}))

describe('one set of limits for every door', () => {
  it('a card held back at /fn is held back at /api too (the default, shared limiter)', async () => {
    const app = sessionApp(payload)
    const [card] = await membersWithPassword(1, currentHash(PASSWORD))
    const statuses: number[] = []
    for (let i = 0; i < 10; i += 1)
      statuses.push((await fnLogin(app, card, `sai ${i}`, `192.0.2.${i}`)).status)
    expect(statuses.every((s) => s === 401)).toBe(true)
    expect((await fnLogin(app, card, PASSWORD, '192.0.2.200')).status).toBe(429)
    const api = await apiLogin(card, PASSWORD, '192.0.2.201')
    expect(api.status).toBe(429)
    expect((await api.json()).errors[0].message).toMatch(/Bạn đã thử quá nhiều lần/)
  })

  it('failures counted at /api hold an address back at /fn', async () => {
    const limiter = memoryRateLimiter()
    const rule = { limit: 5, windowMs: 600_000 }
    configureApiSignIn({ limiter, failuresPerIp: rule, floorMs: 0 })
    try {
      const app = sessionApp(payload, { rateLimiter: limiter, perIp: rule })
      const [card] = await membersWithPassword(1, currentHash(PASSWORD))
      for (let i = 0; i < 5; i += 1)
        expect((await apiLogin(`1000000${i}`, 'x', '198.18.0.9')).status).toBe(401)
      expect((await fnLogin(app, card, PASSWORD, '198.18.0.9')).status).toBe(429)
      expect((await fnLogin(app, card, PASSWORD, '198.18.0.10')).status).toBe(200)
    } finally {
      configureApiSignIn({ floorMs: 0 })
    }
  })
})

describe('a congress behind one address', () => {
  it('lets 300 members sign in from one IP within ten minutes, typos included, with the default limits', async () => {
    // A fresh limiter so earlier tests' counts do not matter; the limits themselves are the defaults.
    const app = sessionApp(payload, { rateLimiter: memoryRateLimiter() })
    const cards = await membersWithPassword(300, currentHash(PASSWORD))
    const hallIp = '100.64.12.34'
    const statuses: number[] = []
    let typos = 0
    // Four at a time, as phones in a hall do; one member in five mistypes once first.
    for (let i = 0; i < cards.length; i += 4) {
      const batch = cards.slice(i, i + 4)
      const results = await Promise.all(
        batch.map(async (card, j) => {
          if ((i + j) % 5 === 0) {
            typos += 1
            expect((await fnLogin(app, card, 'sen vang 2026', hallIp)).status).toBe(401)
          }
          return (await fnLogin(app, card, PASSWORD, hallIp)).status
        }),
      )
      statuses.push(...results)
    }
    expect(typos).toBe(60)
    expect(statuses.filter((s) => s === 200)).toHaveLength(300)
  }, 600_000)
})

describe('password hashes', () => {
  it.each(['api', 'fn'] as const)(
    'a legacy 25,000-iteration hash is upgraded at sign-in through /%s',
    async (door) => {
      const [card] = await membersWithPassword(1, legacyHash(PASSWORD))
      const user = (
        await payload.find({
          collection: 'users',
          where: { username: { equals: card } },
          overrideAccess: true,
        })
      ).docs[0]
      expect((await storedAccount(payload, user.id)).hash).not.toMatch(/^pbkdf2-sha256-v1:/)
      const response =
        door === 'api'
          ? await apiLogin(card, PASSWORD, '198.51.100.77')
          : await fnLogin(sessionApp(payload), card, PASSWORD, '198.51.100.77')
      expect(response.status).toBe(200)
      const upgraded = (await storedAccount(payload, user.id)).hash
      expect(upgraded).toMatch(/^pbkdf2-sha256-v1:[0-9a-f]{64}$/)
      // And the upgraded hash still opens the account.
      expect((await apiLogin(card, PASSWORD, '198.51.100.78')).status).toBe(200)
    },
  )
})

describe('activation codes', () => {
  it('open an account once, even when two activations race with the same code', async () => {
    const app = sessionApp(payload)
    const m = await importedMember(payload, cell, 'Đinh Thị Song')
    const activate = (newPassword: string, ip: string) =>
      call(app, '/session/activate', {
        body: { cardNumber: m.cardNumber, activationCode: m.activationCode, newPassword },
        ip,
      })
    const results = await Promise.all([
      activate('MotNguoi2026', '192.0.2.51'),
      activate('HaiNguoi2026', '192.0.2.52'),
    ])
    expect(results.map((r) => r.status).sort()).toEqual([200, 401])
    const winner = results[0].status === 200 ? 'MotNguoi2026' : 'HaiNguoi2026'
    const loser = winner === 'MotNguoi2026' ? 'HaiNguoi2026' : 'MotNguoi2026'
    expect((await fnLogin(app, m.cardNumber, winner, '192.0.2.53')).status).toBe(200)
    expect((await fnLogin(app, m.cardNumber, loser, '192.0.2.54')).status).toBe(401)
    expect((await storedAccount(payload, m.id)).activationCode ?? null).toBeNull()
  })

  it('expire: an old code is refused like a wrong one, and changes nothing', async () => {
    const app = sessionApp(payload)
    const m = await importedMember(payload, cell, 'Quách Văn Cũ')
    const code = generateActivationCode()
    const longAgo = Date.now() - 31 * 24 * 60 * 60 * 1000
    await payload.db.updateOne({
      collection: 'users',
      id: m.id,
      data: { activationCode: sealActivationCode(payload.secret, code, longAgo) },
    })
    const expired = await call(app, '/session/activate', {
      body: { cardNumber: m.cardNumber, activationCode: code, newPassword: 'MatKhau2026' },
    })
    const wrong = await call(app, '/session/activate', {
      body: { cardNumber: m.cardNumber, activationCode: 'ZZZZZZZZ', newPassword: 'MatKhau2026' },
    })
    expect(expired.status).toBe(401)
    expect(await expired.text()).toBe(await wrong.text())
    expect((await storedAccount(payload, m.id)).activatedAt ?? null).toBeNull()
  })
})
