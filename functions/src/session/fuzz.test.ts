/** Thousands of malformed, oversized and mistyped requests against the session functions: never a 5xx. */

import { memoryRateLimiter } from '@sotay/cms/auth'
import { buildAccessTree, testPayload } from '@sotay/cms/testing'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { FunctionsApp } from '../app.ts'
import { call, cookieOf, importedMember, sessionApp, storedAccount } from './testing.ts'

let payload: Payload
let app: FunctionsApp
let secretary: string
let member: Awaited<ReturnType<typeof importedMember>>

// A seeded generator, so a failure can be replayed.
let state = 20261123
const random = () => {
  state = (state * 1103515245 + 12345) % 2147483648
  return state / 2147483648
}
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]

const STRINGS = [
  '',
  ' ',
  'đảng viên',
  '0',
  '-1',
  '1e309',
  '\u0000',
  '\uD800',
  '%00',
  '<script>',
  '{"a":1}',
  'ABCDEFGH',
]
function value(depth = 0): unknown {
  switch (Math.floor(random() * (depth > 2 ? 6 : 8))) {
    case 0:
      return null
    case 1:
      return random() > 0.5
    case 2:
      return pick([0, -1, 1.5, Number.MAX_SAFE_INTEGER, 1e308, 123456789012])
    case 3:
      return pick(STRINGS)
    case 4:
      return 'x'.repeat(Math.floor(random() * 3000))
    case 5:
      return String(Math.floor(random() * 1e12))
    case 6:
      return Array.from({ length: Math.floor(random() * 4) }, () => value(depth + 1))
    default:
      return Object.fromEntries(
        Array.from({ length: Math.floor(random() * 4) }, () => [
          pick(['cardNumber', 'a', '__proto__']),
          value(depth + 1),
        ]),
      )
  }
}

function body(): unknown {
  switch (Math.floor(random() * 6)) {
    case 0:
      return pick(['{', '}', '[', 'nul', '{"cardNumber":', '\u0000', '{"a":1}{"b":2}'])
    case 1:
      return JSON.stringify(value())
    case 2:
      return new Uint8Array(
        Array.from({ length: Math.floor(random() * 64) }, () => Math.floor(random() * 256)),
      )
    default:
      return {
        cardNumber: random() > 0.3 ? pick([member.cardNumber, String(Math.floor(random() * 1e12))]) : value(),
        password: value(),
        activationCode: random() > 0.5 ? member.activationCode.slice(0, Math.floor(random() * 9)) : value(),
        newPassword: value(),
        ...(random() > 0.8 ? { extra: value() } : {}),
      }
  }
}

beforeAll(async () => {
  payload = await testPayload()
  // Limits high enough that the inputs, not the limiter, are what gets exercised.
  const generous = { limit: 1_000_000, windowMs: 60_000 }
  app = sessionApp(payload, {
    rateLimiter: memoryRateLimiter(),
    perIp: generous,
    perAccount: generous,
    perActor: generous,
  })
  const tree = await buildAccessTree(payload, `fuz${Date.now()}`)
  member = await importedMember(payload, tree.orgs.b1, 'Lò Văn Thắng')
  secretary = cookieOf(
    await call(app, '/session/login', {
      body: { cardNumber: tree.users.secretaryA1.username, password: 'MatKhau@2026' },
    }),
  )
})

describe('fuzzing the session functions', () => {
  it('answers 2,000 malformed requests with 2xx–4xx, never 5xx', async () => {
    const paths = ['/session/login', '/session/activate', '/session/logout', '/session/me', '/session/reset']
    const statuses = new Map<number, number>()
    for (let i = 0; i < 2000; i += 1) {
      const response = await call(app, pick(paths), {
        method: pick(['POST', 'POST', 'POST', 'GET', 'PUT', 'DELETE']),
        body: body(),
        contentType: pick([
          'application/json',
          'application/json; charset=utf-8',
          'text/plain',
          'APPLICATION/JSON',
          null,
        ]),
        origin: random() > 0.1 ? undefined : pick(['https://ke-gian.example', null]),
        cookie:
          random() > 0.7
            ? secretary
            : random() > 0.9
              ? `payload-token=${pick(['', 'abc', 'a.b.c', 'eyJhbGciOiJIUzI1NiJ9.e30.x', '%00', 'x'.repeat(4000)])}`
              : undefined,
      })
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1)
      if (response.status >= 500) throw new Error(`${response.status}: ${await response.text()}`)
      await response.arrayBuffer()
    }
    expect([...statuses.keys()].every((s) => s < 500)).toBe(true)
    expect(statuses.get(400)).toBeGreaterThan(100)
  })

  it('answers 1 MB bodies with 413 on every endpoint', async () => {
    const big = JSON.stringify({ cardNumber: '1'.repeat(1024 * 1024) })
    for (const path of ['/session/login', '/session/activate', '/session/logout', '/session/reset']) {
      for (let i = 0; i < 5; i += 1) {
        const response = await call(app, path, { body: big, cookie: secretary })
        expect(response.status).toBe(413)
      }
    }
  })

  it('leaves the fuzzed member unactivated with the same code (a shape-valid guess never matched)', async () => {
    const stored = await storedAccount(payload, member.id)
    expect(stored.activatedAt ?? null).toBeNull()
  })
})
