/** Crossing tests for the notice and inbox rules: each tries to step into the neighbour subtree or another's inbox. */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { type NoticeWorld, noticeWorld, runFanOutJob } from '../../../test/notices-fixtures.ts'
import { testPayload } from '../../../test/payload.ts'
import { sendNotice } from './fanout/sendNotice.ts'

let payload: Payload
let w: NoticeWorld
let sentToA: any

const draft = (data: Record<string, unknown>) =>
  ({ title: 'Thông báo lịch sinh hoạt', body: 'Nội dung thông báo.', ...data }) as any

const create = (user: any, data: Record<string, unknown>) =>
  payload.create({ collection: 'notices', data: draft(data), user, overrideAccess: false })

beforeAll(async () => {
  payload = await testPayload()
  w = await noticeWorld(payload, 'NA')
  sentToA = await sendNotice(payload, {
    fromOrg: w.orgs.a.id,
    title: 'Họp chi ủy mở rộng',
    body: 'Kính mời các đồng chí.',
    target: { org: w.orgs.a.id },
  })
  await runFanOutJob(payload, sentToA.id)
})

describe('notices: who may send where', () => {
  it('a committee of A sends inside A, not from or to B, not to the whole province', async () => {
    const ok: any = await payload.create({
      collection: 'notices',
      data: draft({ org: w.orgs.a.id, targetOrg: w.orgs.a1.id }),
      user: w.users.adminA,
      overrideAccess: false,
      depth: 0,
    })
    expect(ok.org).toBe(w.orgs.a.id)
    await expect(create(w.users.adminA, { org: w.orgs.b.id, targetOrg: w.orgs.b.id })).rejects.toThrow()
    await expect(create(w.users.adminA, { org: w.orgs.a.id, targetOrg: w.orgs.b1.id })).rejects.toThrow()
    await expect(create(w.users.adminA, { org: w.orgs.a.id, targetOrg: w.orgs.root.id })).rejects.toThrow()
  })

  it('a cell secretary sends to their cell only; an editor and a member send nothing', async () => {
    await create(w.users.secretaryA1, { org: w.orgs.a1.id, targetOrg: w.orgs.a1.id })
    await expect(create(w.users.secretaryA1, { org: w.orgs.a1.id, targetOrg: w.orgs.a.id })).rejects.toThrow()
    await expect(create(w.users.editorA, { org: w.orgs.a.id, targetOrg: w.orgs.a1.id })).rejects.toThrow()
    await expect(create(w.users.memberA1, { org: w.orgs.a1.id, targetOrg: w.orgs.a1.id })).rejects.toThrow()
  })

  it('a named recipient outside the target subtree is refused with a Vietnamese message', async () => {
    await expect(
      create(w.users.adminA, { org: w.orgs.a.id, targetOrg: w.orgs.a1.id, targetUsers: [w.inA2[0].id] }),
    ).rejects.toThrow(/không thuộc tổ chức nhận/)
  })

  it('the neighbour admin cannot read, retarget or delete A’s notices; members read no notices', async () => {
    const mine: any = await create(w.users.adminA, { org: w.orgs.a.id, targetOrg: w.orgs.a.id })
    const seenByB = await payload.find({ collection: 'notices', user: w.users.adminB, overrideAccess: false })
    expect(seenByB.docs.map((d) => d.id)).not.toContain(mine.id)
    await expect(
      payload.update({
        collection: 'notices',
        id: mine.id,
        data: { title: 'Sửa' },
        user: w.users.adminB,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
    await expect(
      payload.update({
        collection: 'notices',
        id: mine.id,
        data: { targetOrg: w.orgs.b.id },
        user: w.users.adminA,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
    await expect(
      payload.delete({ collection: 'notices', id: mine.id, user: w.users.adminB, overrideAccess: false }),
    ).rejects.toThrow()
    for (const member of [w.users.memberA1, w.users.memberB1]) {
      await expect(
        payload.find({ collection: 'notices', user: member, overrideAccess: false }),
      ).rejects.toThrow()
    }
  })

  it('a sent notice can be neither edited nor deleted, and people cannot set “Đang gửi” themselves', async () => {
    await expect(
      payload.update({
        collection: 'notices',
        id: sentToA.id,
        data: { title: 'Sửa' },
        user: w.users.adminA,
        overrideAccess: false,
      }),
    ).rejects.toThrow(/đã được gửi/)
    await expect(
      payload.delete({ collection: 'notices', id: sentToA.id, user: w.users.adminA, overrideAccess: false }),
    ).rejects.toThrow(/không thể xóa/)
    await expect(
      create(w.users.adminA, { org: w.orgs.a.id, targetOrg: w.orgs.a.id, status: 'sent' }),
    ).rejects.toThrow(/Chỉ có thể chọn/)
  })
})

describe('inbox: one’s own rows only', () => {
  const rowOf = (user: { id: number | string }) => `${sentToA.id}:${user.id}`

  it('a member reads only their own rows', async () => {
    const rows = await payload.find({
      collection: 'inbox',
      user: w.users.memberA1,
      overrideAccess: false,
      pagination: false,
    })
    expect(rows.docs.map((r) => r.id)).toEqual([rowOf(w.users.memberA1)])
    const crossing = await payload.find({
      collection: 'inbox',
      where: { id: { equals: rowOf(w.users.memberA1) } },
      user: w.users.memberB1,
      overrideAccess: false,
    })
    expect(crossing.docs).toEqual([])
  })

  it('a member cannot mark another’s row read, nor rewrite what their own row is about', async () => {
    await expect(
      payload.update({
        collection: 'inbox',
        id: rowOf(w.users.memberA1),
        data: { read: true },
        user: w.users.secretaryA1,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
    const own: any = await payload.update({
      collection: 'inbox',
      id: rowOf(w.users.memberA1),
      data: { read: true, recipient: w.users.memberB1.id, notice: 999999 },
      user: w.users.memberA1,
      overrideAccess: false,
      depth: 0,
    })
    expect(own.read).toBe(true)
    expect(own.recipient).toBe(w.users.memberA1.id)
    expect(own.notice).toBe(sentToA.id)
    const untouched: any = await payload.findByID({
      collection: 'inbox',
      id: rowOf(w.extraA1[0]),
      overrideAccess: true,
    })
    expect(untouched.read).toBe(false)
  })

  it('admins read the rows of their subtree, not the neighbour’s; nobody creates or deletes rows', async () => {
    const seenByA = await payload.find({
      collection: 'inbox',
      where: { notice: { equals: sentToA.id } },
      user: w.users.adminA,
      overrideAccess: false,
      pagination: false,
    })
    expect(seenByA.docs.length).toBe(w.subtreeA.length)
    const seenByB = await payload.find({
      collection: 'inbox',
      where: { notice: { equals: sentToA.id } },
      user: w.users.adminB,
      overrideAccess: false,
      pagination: false,
    })
    expect(seenByB.docs).toEqual([])
    const seenBySecretary = await payload.find({
      collection: 'inbox',
      where: { notice: { equals: sentToA.id } },
      user: w.users.secretaryA1,
      overrideAccess: false,
      pagination: false,
    })
    expect(seenBySecretary.docs.length).toBe(5) // cell A1: secretary, memberA1 and three more
    await expect(
      payload.create({
        collection: 'inbox',
        data: {
          id: `${sentToA.id}:${w.extraB1[0].id}`,
          notice: sentToA.id,
          recipient: w.extraB1[0].id,
        } as any,
        user: w.users.superadmin,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
    await expect(
      payload.delete({
        collection: 'inbox',
        id: rowOf(w.users.memberA1),
        user: w.users.adminA,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
  })
})
