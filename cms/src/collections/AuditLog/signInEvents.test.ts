/** A failed sign-in to an admin account and an unlock, made at Payload's own doors, reach the audit log. */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { type AccessTree, buildAccessTree } from '../../../test/fixtures/accessTree.ts'
import { testPayload } from '../../../test/payload.ts'
import { restAs } from './testing.ts'

let payload: Payload
let tree: AccessTree

beforeAll(async () => {
  payload = await testPayload()
  tree = await buildAccessTree(payload, 'AUS')
})

const entries = (action: string, docId: number | string) =>
  payload
    .find({
      collection: 'audit-log',
      where: { and: [{ action: { equals: action } }, { docId: { equals: String(docId) } }] },
      depth: 0,
    })
    .then((r) => r.docs as unknown as { ip?: string; details?: { door?: string; username?: string } }[])

describe('sign-in events in the audit log', () => {
  it('keeps a failed admin sign-in, with the address and the name typed, never the password', async () => {
    const admin = tree.users.adminA as unknown as { id: number; username: string }
    const answer = await restAs(payload, '/users/login', undefined, {
      method: 'POST',
      body: { username: admin.username, password: 'Sai-mat-khau-1' },
      forwardedFor: '203.0.113.7',
    })
    expect(answer.status).toBe(401)
    const [entry] = await entries('login-failed', admin.id)
    expect(entry?.ip).toBe('203.0.113.7')
    expect(entry?.details?.username).toBe(admin.username)
    expect(JSON.stringify(entry)).not.toContain('Sai-mat-khau-1')
  })

  it('does not keep a member’s mistyped password', async () => {
    const member = tree.users.memberB1 as unknown as { id: number; username: string }
    await restAs(payload, '/users/login', undefined, {
      method: 'POST',
      body: { username: member.username, password: 'Sai-mat-khau-2' },
    })
    expect(await entries('login-failed', member.id)).toEqual([])
  })

  it('keeps an unlock with who did it', async () => {
    const member = tree.users.memberA1 as unknown as { id: number; username: string }
    const answer = await restAs(payload, '/users/unlock', tree.users.secretaryA1, {
      method: 'POST',
      body: { username: member.username },
    })
    expect(answer.status).toBe(200)
    const [entry] = await entries('unlock', member.id)
    expect(entry).toBeDefined()
  })
})
