/**
 * Approved minutes are locked on every door: Payload's REST and GraphQL (what the admin uses) refuse to change
 * or delete them even for the superadmin, and so does the Local API without access control (server code).
 */
import { MINUTES_MESSAGES } from '@sotay/content-schemas'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { type AccessTree, buildAccessTree } from './fixtures/accessTree.ts'
import { testPayload } from './payload.ts'
import { graphqlAs, restAs } from './requests.ts'

let payload: Payload
let tree: AccessTree
let approvedId: number | string
let draftId: number | string

async function minutes(status: 'draft' | 'approved') {
  const startsAt = new Date(Date.now() - 3_600_000)
  const meeting = await payload.create({
    collection: 'meetings',
    data: {
      title: `Họp khóa biên bản ${status}`,
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
      chair: tree.users.secretaryA1.id,
      org: tree.orgs.a1.id,
    } as never,
  })
  const doc = await payload.create({
    collection: 'meeting-minutes',
    data: { meeting: meeting.id, org: tree.orgs.a1.id, status, summary: 'Nguyên văn' } as never,
  })
  return doc.id
}

const stored = async (id: number | string) =>
  (await payload.findByID({ collection: 'meeting-minutes', id, depth: 0 })) as {
    summary?: string
    status: string
  }

beforeAll(async () => {
  payload = await testPayload()
  tree = await buildAccessTree(payload, `mlk${Date.now()}`)
  approvedId = await minutes('approved')
  draftId = await minutes('draft')
})

describe('approved minutes are locked on every door', () => {
  it('REST: PATCH and DELETE are refused, for the superadmin too', async () => {
    for (const who of [tree.users.superadmin, tree.users.secretaryA1]) {
      const patch = await restAs(payload, `/meeting-minutes/${approvedId}`, who, {
        method: 'PATCH',
        body: { summary: 'Sửa qua REST' },
      })
      expect(patch.status).toBeGreaterThanOrEqual(400)
      const del = await restAs(payload, `/meeting-minutes/${approvedId}`, who, { method: 'DELETE' })
      expect(del.status).toBeGreaterThanOrEqual(400)
    }
    expect(await stored(approvedId)).toMatchObject({ summary: 'Nguyên văn', status: 'approved' })
  })

  it('GraphQL: the update and delete mutations are refused', async () => {
    const update = await graphqlAs(
      payload,
      `mutation { updateMeetingMinute(id: ${JSON.stringify(approvedId)}, data: { summary: "Sửa qua GraphQL" }) { id } }`,
      tree.users.superadmin,
    )
    // A refusal, not a schema error: the mutation exists and access stops it.
    expect(update.errors?.[0]?.message).toMatch(/không có quyền|đã được thông qua/)
    const del = await graphqlAs(
      payload,
      `mutation { deleteMeetingMinute(id: ${JSON.stringify(approvedId)}) { id } }`,
      tree.users.superadmin,
    )
    expect(del.errors?.[0]?.message).toMatch(/không có quyền|đã được thông qua/)
    expect(await stored(approvedId)).toMatchObject({ summary: 'Nguyên văn', status: 'approved' })
  })

  it('Local API without access control: refused in Vietnamese; a draft is still writable by the server', async () => {
    const update = await payload
      .update({
        collection: 'meeting-minutes',
        id: approvedId,
        data: { summary: 'Sửa thẳng' },
        overrideAccess: true,
      })
      .catch((error: Error) => error)
    expect((update as Error).message).toBe(MINUTES_MESSAGES.locked)
    const del = await payload
      .delete({ collection: 'meeting-minutes', id: approvedId, overrideAccess: true })
      .catch((error: Error) => error)
    expect((del as Error).message).toBe(MINUTES_MESSAGES.locked)
    expect(await stored(approvedId)).toMatchObject({ summary: 'Nguyên văn', status: 'approved' })
    await payload.update({ collection: 'meeting-minutes', id: draftId, data: { summary: 'Đã sửa dự thảo' } })
    expect((await stored(draftId)).summary).toBe('Đã sửa dự thảo')
  })
})
