import { randomUUID } from 'node:crypto'
import type { RateLimiter } from '@sotay/cms/auth'
import { memoryRateLimiter, redisRateLimiter } from '@sotay/cms/auth'
import { testPayload } from '@sotay/cms/testing'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { call, sessionApp } from '../session/testing.ts'

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379'
const redis = redisRateLimiter({
  url: REDIS_URL,
  fallback: memoryRateLimiter(),
  prefix: `sotay-test:${randomUUID()}`,
})

beforeAll(async () => {
  expect(await redis.redis.ping()).toBe('PONG')
})
afterAll(async () => {
  // Every Redis test above really went through Redis, none through the fallback.
  expect(redis.fallbacks).toBe(0)
  await redis.close()
})

describe.each([
  ['memory', () => memoryRateLimiter()],
  ['Redis', () => redis],
] as [string, () => RateLimiter][])('fixed-window rate limiter (%s)', (_name, make) => {
  it('allows the limit, refuses the next with the wait until the window closes', async () => {
    const limiter = make()
    const rule = { limit: 3, windowMs: 60_000 }
    const key = `k-${randomUUID()}`
    for (let i = 0; i < 3; i += 1) expect((await limiter.hit(key, rule)).allowed).toBe(true)
    const refused = await limiter.hit(key, rule)
    expect(refused.allowed).toBe(false)
    expect(refused.retryAfterSeconds).toBeGreaterThanOrEqual(59)
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(60)
    // peek says the same and counts nothing; other keys are counted apart.
    expect((await limiter.peek(key, rule)).allowed).toBe(false)
    const other = `other-${randomUUID()}`
    expect((await limiter.peek(other, rule)).allowed).toBe(true)
    expect((await limiter.hit(other, rule)).allowed).toBe(true)
  })

  it('opens again once the window has passed', async () => {
    const limiter = make()
    const rule = { limit: 1, windowMs: 1000 }
    const key = `w-${randomUUID()}`
    expect((await limiter.hit(key, rule)).allowed).toBe(true)
    expect(await limiter.hit(key, rule)).toEqual({ allowed: false, retryAfterSeconds: 1 })
    await new Promise((resolve) => setTimeout(resolve, 1100))
    expect((await limiter.peek(key, rule)).allowed).toBe(true)
    expect((await limiter.hit(key, rule)).allowed).toBe(true)
  })
})

describe('the Redis limiter', () => {
  it('really keeps its counts in Redis', async () => {
    const key = `shared-${randomUUID()}`
    const rule = { limit: 2, windowMs: 60_000 }
    // A second front server talking to the same Redis sees the first one's attempts.
    const prefix = `sotay-test:${randomUUID()}`
    const one = redisRateLimiter({ url: REDIS_URL, fallback: memoryRateLimiter(), prefix })
    const two = redisRateLimiter({ url: REDIS_URL, fallback: memoryRateLimiter(), prefix })
    expect((await one.hit(key, rule)).allowed).toBe(true)
    expect((await two.hit(key, rule)).allowed).toBe(true)
    expect((await one.hit(key, rule)).allowed).toBe(false)
    // The count is Redis's own key (the refused third attempt counts too).
    expect(await one.redis.get(`${prefix}:2x60000:${key}`)).toBe('3')
    expect(one.fallbacks + two.fallbacks).toBe(0)
    await Promise.all([one.close(), two.close()])
  })

  it('falls back to memory when Redis cannot be reached', async () => {
    const down = redisRateLimiter({
      url: 'redis://127.0.0.1:1',
      fallback: memoryRateLimiter(),
      log: () => {},
    })
    const rule = { limit: 1, windowMs: 60_000 }
    expect((await down.hit('k', rule)).allowed).toBe(true)
    expect((await down.hit('k', rule)).allowed).toBe(false)
    expect(down.fallbacks).toBe(2)
    await down.close()
  })
})

describe('sign-in answers 429 with Retry-After and a Vietnamese message', () => {
  let payload: Payload
  beforeAll(async () => {
    payload = await testPayload()
  })

  it.each([
    ['memory', () => memoryRateLimiter()],
    ['Redis', () => redis],
  ] as [string, () => RateLimiter][])('per account (%s)', async (_name, make) => {
    const app = sessionApp(payload, { rateLimiter: make(), perAccount: { limit: 3, windowMs: 600_000 } })
    const card = String(Date.now()).slice(-10)
    const statuses: number[] = []
    let last: Response | undefined
    for (let i = 0; i < 5; i += 1) {
      // From a different address each time: the account's own limit is what stops this.
      last = await call(app, '/session/login', {
        body: { cardNumber: card, password: 'sai' },
        ip: `203.0.113.${i}`,
      })
      statuses.push(last.status)
    }
    expect(statuses).toEqual([401, 401, 401, 429, 429])
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0)
    expect((await last!.json()).error.message).toMatch(
      /Bạn đã thử quá nhiều lần. Vui lòng đợi khoảng \d+ phút/,
    )
  })

  it.each([
    ['memory', () => memoryRateLimiter()],
    ['Redis', () => redis],
  ] as [string, () => RateLimiter][])('per IP (%s)', async (_name, make) => {
    const app = sessionApp(payload, { rateLimiter: make(), perIp: { limit: 4, windowMs: 600_000 } })
    const ip = `2001:db8::${randomUUID().slice(0, 4)}`
    const statuses: number[] = []
    for (let i = 0; i < 6; i += 1) {
      const r = await call(app, '/session/activate', {
        body: {
          cardNumber: `88${i}${Date.now()}`.slice(0, 12),
          activationCode: 'ABCDEFGH',
          newPassword: 'MatKhau2026',
        },
        ip,
      })
      statuses.push(r.status)
    }
    expect(statuses).toEqual([401, 401, 401, 401, 429, 429])
    // Another address is not held back.
    const elsewhere = await call(app, '/session/login', {
      body: { cardNumber: '123', password: 'x' },
      ip: '192.0.2.1',
    })
    expect(elsewhere.status).toBe(401)
  })
})
