/** Backoff and Retry-After against a real local HTTP server that answers 429, then 503, then 201. */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { classifyPushResponse } from './reasons.ts'
import { backoffDelay, parseRetryAfter, type RetryPolicy, withRetry } from './retry.ts'

let server: http.Server
let origin = ''
const script = new Map<string, { status: number; headers?: Record<string, string> }[]>()
const hits = new Map<string, number>()

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const path = req.url ?? '/'
    hits.set(path, (hits.get(path) ?? 0) + 1)
    const next = script.get(path)?.shift() ?? { status: 201 }
    res.writeHead(next.status, next.headers).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

/** A policy that records the waits it was asked for instead of sleeping. */
function recording(attempts = 4): RetryPolicy & { waits: number[] } {
  const waits: number[] = []
  return {
    attempts,
    baseMs: 100,
    maxMs: 10_000,
    maxRetryAfterMs: 60_000,
    random: () => 0.5,
    waits,
    sleep: async (ms) => void waits.push(ms),
  }
}

const post = (path: string) => async () => {
  const response = await fetch(`${origin}${path}`, { method: 'POST' })
  return classifyPushResponse(response.status, response.headers)
}

describe('retries', () => {
  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-07-01T08:00:00Z')
    expect(parseRetryAfter('120', now)).toBe(120_000)
    expect(parseRetryAfter('Wed, 01 Jul 2026 08:00:30 GMT', now)).toBe(30_000)
    expect(parseRetryAfter('Wed, 01 Jul 2026 07:00:00 GMT', now)).toBe(0)
    expect(parseRetryAfter('ngày mai', now)).toBeUndefined()
    expect(parseRetryAfter(null, now)).toBeUndefined()
  })

  it('backs off exponentially with jitter, capped, and never sooner than Retry-After', () => {
    const policy = { attempts: 5, baseMs: 100, maxMs: 1000, maxRetryAfterMs: 60_000, random: () => 1 }
    expect([0, 1, 2, 3, 4].map((n) => backoffDelay(n, policy))).toEqual([100, 200, 400, 800, 1000])
    expect(backoffDelay(0, { ...policy, random: () => 0.25 })).toBe(25)
    expect(backoffDelay(0, policy, 5000)).toBe(5000)
  })

  it('retries 429 and 503, waiting as long as the server asked, until 201', async () => {
    const date = new Date(Date.now() + 3000).toUTCString()
    script.set('/a', [
      { status: 429, headers: { 'retry-after': '2' } },
      { status: 503, headers: { 'retry-after': date } },
    ])
    const policy = recording()
    const outcome = await withRetry(post('/a'), policy)
    expect(outcome).toMatchObject({ ok: true, status: 201, attempts: 3 })
    expect(hits.get('/a')).toBe(3)
    expect(policy.waits[0]).toBe(2000)
    // An HTTP date a little under 3 s away (it was computed before the request).
    expect(policy.waits[1]).toBeGreaterThan(1000)
    expect(policy.waits[1]).toBeLessThanOrEqual(3000)
  })

  it('gives up after the bounded number of attempts with a Vietnamese reason', async () => {
    script.set(
      '/b',
      Array.from({ length: 5 }, () => ({ status: 503 })),
    )
    const outcome = await withRetry(post('/b'), recording(3))
    expect(outcome).toMatchObject({
      ok: false,
      status: 503,
      attempts: 3,
      reason: 'Dịch vụ đẩy lỗi tạm thời (mã 503).',
    })
    expect(hits.get('/b')).toBe(3)
  })

  it('does not retry permanent failures, and marks 404/410 as a device that is gone', async () => {
    script.set('/c', [{ status: 410 }])
    script.set('/d', [{ status: 400 }])
    const gone = await withRetry(post('/c'), recording())
    const bad = await withRetry(post('/d'), recording())
    expect(gone).toMatchObject({ ok: false, gone: true, attempts: 1 })
    expect(bad).toMatchObject({
      ok: false,
      transient: false,
      attempts: 1,
      reason: 'Dịch vụ đẩy từ chối yêu cầu (mã 400).',
    })
    expect(hits.get('/c')).toBe(1)
    expect(hits.get('/d')).toBe(1)
  })

  it('does not wait for a Retry-After beyond its limit', async () => {
    script.set('/e', [{ status: 429, headers: { 'retry-after': '3600' } }])
    const outcome = await withRetry(post('/e'), recording())
    expect(outcome).toMatchObject({ ok: false, transient: false, attempts: 1 })
    expect(hits.get('/e')).toBe(1)
  })
})
