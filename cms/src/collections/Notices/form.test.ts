/** What the notice form offers the person filling it: a target list that starts at their own org, and refusals on their field. */
import type { Payload, RelationshipField, Where } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { type NoticeWorld, noticeWorld } from '../../../test/notices-fixtures.ts'
import { testPayload } from '../../../test/payload.ts'

let payload: Payload
let w: NoticeWorld

beforeAll(async () => {
  payload = await testPayload()
  w = await noticeWorld(payload, 'NFORM')
})

const targetOrg = () =>
  payload.collections.notices.config.fields.find(
    (f) => 'name' in f && f.name === 'targetOrg',
  ) as RelationshipField

/** The orgs the admin's picker lists for `user`: its filter, read as that user, as the picker's own query does. */
async function pickerNames(user: NoticeWorld['users'][keyof NoticeWorld['users']]): Promise<string[]> {
  const filter = targetOrg().filterOptions as (args: any) => Where | boolean
  const where = filter({ user, data: {}, siblingData: {}, relationTo: 'orgs', id: undefined, req: {} })
  if (where === false) return []
  const found = await payload.find({
    collection: 'orgs',
    where: where === true ? {} : where,
    user,
    overrideAccess: false,
    pagination: false,
    depth: 0,
  })
  return found.docs.map((o) => o.name).sort()
}

describe('the notice form', () => {
  it('lists a cell secretary only their own cell, and picks it for a new notice', async () => {
    expect(await pickerNames(w.users.secretaryA1)).toEqual([w.orgs.a1.name])
    const pick = targetOrg().defaultValue as (args: { user: unknown }) => unknown
    expect(pick({ user: w.users.secretaryA1 })).toBe(w.orgs.a1.id)
  })

  it('lists a commune committee its commune and the cells below, nothing of the neighbour', async () => {
    expect(await pickerNames(w.users.adminA)).toEqual([w.orgs.a.name, w.orgs.a1.name, w.orgs.a2.name].sort())
    const pick = targetOrg().defaultValue as (args: { user: unknown }) => unknown
    expect(pick({ user: w.users.adminA })).toBe(w.orgs.a.id)
  })

  it('puts each refusal on its field with the Vietnamese reason as the message', async () => {
    const create = (data: Record<string, unknown>) =>
      payload
        .create({
          collection: 'notices',
          data: {
            title: 'Họp chi bộ',
            body: 'Kính mời.',
            org: w.orgs.a.id,
            targetOrg: w.orgs.a1.id,
            ...data,
          } as any,
          user: w.users.adminA,
          overrideAccess: false,
        })
        .catch((e) => e)
    const status = await create({ status: 'sent' })
    expect(status.message).toMatch(/^Chỉ có thể chọn “Nháp” hoặc “Đã lên lịch”/)
    expect(status.data.errors).toEqual([expect.objectContaining({ path: 'status', message: status.message })])
    const named = await create({ targetUsers: [w.inA2[0].id] })
    expect(named.message).toMatch(/không thuộc tổ chức nhận thông báo/)
    expect(named.data.errors).toEqual([
      expect.objectContaining({ path: 'targetUsers', message: named.message }),
    ])
    const total = await payload.count({ collection: 'notices', where: { title: { equals: 'Họp chi bộ' } } })
    expect(total.totalDocs).toBe(0)
  })
})
