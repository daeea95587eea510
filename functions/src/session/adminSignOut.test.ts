/**
 * Signing out of the admin (Payload's own POST /api/users/logout, not the functions' sign-out) ends the session for
 * the inbox's lean check too: at once in the process that signed out, and at once in another process that shares
 * Redis. "Another process" is a second inbox on the same database with its own session cache and revocations.
 */
import { type AccessTree, buildAccessTree, PASSWORD, testPayload } from '@sotay/cms/testing'
import { handleEndpoints, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../appShell.ts'
import { inboxRoutes } from '../inbox/index.ts'
import {
  processRevocations,
  type Revocations,
  replaceProcessRevocations,
  revocations,
} from './revocations.ts'

const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379'

let payload: Payload
let tree: AccessTree
let hereRevocations: Revocations
let elsewhereRevocations: Revocations
let before: Revocations | undefined

beforeAll(async () => {
  payload = await testPayload()
  tree = await buildAccessTree(payload, `aso${Date.now()}`)
  // This process's revocations (the ones the CMS's hook tells) on Redis, as a deployment with REDIS_URL has them.
  hereRevocations = revocations({ redisUrl: REDIS_URL })
  before = replaceProcessRevocations(hereRevocations)
  elsewhereRevocations = revocations({ redisUrl: REDIS_URL })
})

afterAll(async () => {
  replaceProcessRevocations(before)
  await Promise.all([elsewhereRevocations.close(), hereRevocations.close()])
})

/** A fresh session of the committee's admin, as the admin's sign-in gives. */
async function adminSession(): Promise<string> {
  const { username } = tree.users.adminA as { username: string }
  const { token } = await payload.login({ collection: 'users', data: { username, password: PASSWORD } })
  return token as string
}

const inbox = (app: ReturnType<typeof createApp>, token: string) =>
  app.request('/fn/inbox', { headers: { authorization: `JWT ${token}` } })

const adminSignOut = (token: string) =>
  handleEndpoints({
    config: payload.config,
    request: new Request('http://localhost/api/users/logout', {
      method: 'POST',
      headers: { authorization: `JWT ${token}` },
    }),
  })

/** Until Redis answers both processes (a counter read is undefined before). */
async function redisReady(...all: Revocations[]) {
  for (let i = 0; i < 100; i++) {
    const versions = await Promise.all(all.map((r) => r.version('aso-probe')))
    if (versions.every((v) => v !== undefined)) return
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  const last = await Promise.all(all.map((r) => r.version('aso-probe')))
  throw new Error(`Redis không trả lời ở ${REDIS_URL}: ${JSON.stringify(last)} ${all.map((r) => r.shared)}`)
}

describe('signing out of the admin (POST /api/users/logout)', () => {
  it('refuses that session in the inbox at once, here and in a process that shares Redis', async () => {
    const here = createApp({ routes: [inboxRoutes({ payload })] })
    // A cache far longer than the test: only the Redis counter can tell this one.
    const elsewhere = createApp({
      routes: [inboxRoutes({ payload, revocations: elsewhereRevocations, cacheSeconds: 3600 })],
    })
    await redisReady(elsewhereRevocations, processRevocations())
    const token = await adminSession()
    const other = await adminSession()
    expect((await inbox(here, token)).status).toBe(200)
    expect((await inbox(elsewhere, token)).status).toBe(200)
    expect((await inbox(elsewhere, other)).status).toBe(200)

    const out = await adminSignOut(token)
    expect(out.status).toBe(200)

    const refused = await inbox(here, token)
    expect(refused.status).toBe(401)
    expect((await refused.json()).error.message).toMatch(/chưa đăng nhập hoặc phiên đăng nhập đã hết hạn/)
    expect((await inbox(elsewhere, token)).status).toBe(401)
    // The admin's other session (another browser) goes on.
    expect((await inbox(here, other)).status).toBe(200)
    expect((await inbox(elsewhere, other)).status).toBe(200)
  })
})
