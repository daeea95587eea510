/**
 * The events the audit log will record (cms/src/auth/events.ts): a failed admin sign-in is marked as such,
 * unlocks and printed codes say who did it to whom, and nothing a listener does changes the door's answer.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { onSignInEvent, type SignInEvent } from '../src/auth/events.ts'
import { memoryRateLimiter } from '../src/auth/limiterMemory.ts'
import { configureApiSignIn } from '../src/auth/payloadDoors.ts'
import { type AccessTree, buildAccessTree, PASSWORD, type TreeUser } from './fixtures/accessTree.ts'
import { testPayload } from './payload.ts'
import { restAs } from './requests.ts'

let payload: Payload
let tree: AccessTree
const seen: (SignInEvent & { at: string })[] = []
const payloads: Payload[] = []
let stop: () => void = () => {}
const cardOf = (user: TreeUser) => (user as unknown as { username: string }).username

const rest = (method: string, path: string, body: unknown, user?: TreeUser) =>
  restAs(payload, path, user, { method, body, forwardedFor: '192.0.2.99' })

beforeAll(async () => {
  payload = await testPayload()
  tree = await buildAccessTree(payload, `EVT${Date.now()}`)
  configureApiSignIn({ limiter: memoryRateLimiter(), floorMs: 0 })
  stop = onSignInEvent((event, p) => {
    seen.push(event)
    payloads.push(p)
  })
})
afterAll(() => {
  stop()
  configureApiSignIn({})
})

describe('sign-in events', () => {
  it('reports a failed admin sign-in, a failed member one and a success, with the address', async () => {
    seen.length = 0
    await rest('POST', '/users/login', { username: cardOf(tree.users.adminA), password: 'sai' })
    await rest('POST', '/users/login', { username: cardOf(tree.users.memberA1), password: 'sai' })
    await rest('POST', '/users/login', { username: cardOf(tree.users.memberA1), password: PASSWORD })
    expect(seen.map((e) => e.type)).toEqual(['sign-in-failed', 'sign-in-failed', 'signed-in'])
    expect(seen[0]).toMatchObject({
      door: 'api',
      ip: '192.0.2.99',
      userId: tree.users.adminA.id,
      admin: true,
    })
    expect(seen[1]).toMatchObject({ userId: tree.users.memberA1.id, admin: false })
    expect(JSON.stringify(seen)).not.toContain(PASSWORD)
    expect(payloads.every((p) => p === payload)).toBe(true)
  })

  it('reports an unlock and printed codes with the actor, and a failing listener changes no answer', async () => {
    seen.length = 0
    const stopThrowing = onSignInEvent(() => {
      throw new Error('sổ nhật ký hỏng')
    })
    try {
      const unlock = await rest(
        'POST',
        '/users/unlock',
        { username: cardOf(tree.users.memberA1) },
        tree.users.secretaryA1,
      )
      expect(unlock.status).toBe(200)
      const print = await rest(
        'POST',
        `/users/activation-codes?org=${tree.orgs.a1.id}`,
        {},
        tree.users.secretaryA1,
      )
      expect(print.status).toBe(200)
    } finally {
      stopThrowing()
    }
    expect(seen[0]).toMatchObject({
      type: 'account-unlocked',
      actorId: tree.users.secretaryA1.id,
      userId: tree.users.memberA1.id,
    })
    expect(seen[1]).toMatchObject({ type: 'activation-code-issued', actorId: tree.users.secretaryA1.id })
  })
})
