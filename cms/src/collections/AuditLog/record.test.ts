/** `recordAudit` as the sign-in doors and other non-write events call it, with only a Payload at hand. */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { type AccessTree, buildAccessTree } from '../../../test/fixtures/accessTree.ts'
import { testPayload } from '../../../test/payload.ts'
import { recordAudit } from './record.ts'
import { restAs } from './testing.ts'

let payload: Payload
let tree: AccessTree

beforeAll(async () => {
  payload = await testPayload()
  tree = await buildAccessTree(payload, 'AUR')
})

const visibleTo = async (user: AccessTree['users']['adminA'], marker: string) => {
  const response = await restAs(payload, `/audit-log?where[details.marker][equals]=${marker}&depth=0`, user)
  return response.status === 200 ? (await response.json()).totalDocs : 0
}

describe('recordAudit(payload, entry)', () => {
  it('records a failed admin sign-in for an unknown account: superadmin only, no password kept', async () => {
    await recordAudit(payload, {
      action: 'login-failed',
      actor: null,
      org: null,
      ip: '203.0.113.60',
      details: { marker: 'aur-unknown', username: 'khong-co-ai', password: 'DoanBua123' },
    })
    expect(await visibleTo(tree.users.superadmin, 'aur-unknown')).toBe(1)
    expect(await visibleTo(tree.users.adminA, 'aur-unknown')).toBe(0)
    const found = await payload.find({
      collection: 'audit-log',
      where: { 'details.marker': { equals: 'aur-unknown' } },
      overrideAccess: true,
    })
    const [entry] = found.docs as any[]
    expect(entry).toMatchObject({
      action: 'login-failed',
      actor: null,
      actorName: 'Hệ thống',
      ip: '203.0.113.60',
    })
    expect(entry.details).toEqual({ marker: 'aur-unknown', username: 'khong-co-ai' })
    expect(JSON.stringify(entry)).not.toContain('DoanBua123')
  })

  it('files an event on a known account under that account’s org, so its committee reads it', async () => {
    await recordAudit(payload, {
      action: 'unlock',
      actor: tree.users.adminA,
      collection: 'users',
      docId: tree.users.memberA1.id,
      docTitle: 'Đỗ Thị Hoa',
      org: tree.orgs.a1.id,
      ip: '203.0.113.61',
      details: { marker: 'aur-unlock' },
    })
    expect(await visibleTo(tree.users.adminA, 'aur-unlock')).toBe(1)
    expect(await visibleTo(tree.users.adminB, 'aur-unlock')).toBe(0)
    expect(await visibleTo(tree.users.secretaryA1, 'aur-unlock')).toBe(0)
  })

  it('without an org, files the event under the actor’s first grant', async () => {
    await recordAudit(payload, {
      action: 'export',
      actor: tree.users.adminB,
      details: { marker: 'aur-grant' },
    })
    expect(await visibleTo(tree.users.adminB, 'aur-grant')).toBe(1)
    expect(await visibleTo(tree.users.adminA, 'aur-grant')).toBe(0)
  })
})
