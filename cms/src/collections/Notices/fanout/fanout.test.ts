import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  inboxRecipients,
  type NoticeWorld,
  noticeWorld,
  runFanOutJob,
} from '../../../../test/notices-fixtures.ts'
import { testPayload } from '../../../../test/payload.ts'
import { noticeReport } from './report.ts'
import { sendNotice } from './sendNotice.ts'

let payload: Payload
let w: NoticeWorld

const sorted = (ids: (number | string)[]) => ids.map(String).sort()

async function schedule(user: any, data: Record<string, unknown>) {
  return payload.create({
    collection: 'notices',
    data: {
      title: 'Triệu tập họp chi bộ',
      body: 'Kính mời các đồng chí dự họp.',
      status: 'scheduled',
      ...data,
    } as any,
    user,
    overrideAccess: false,
  }) as Promise<any>
}

beforeAll(async () => {
  payload = await testPayload()
  w = await noticeWorld(payload, 'NF')
})

describe('notice fan-out', () => {
  it('reaches exactly the active people of the target subtree, not the neighbour subtree', async () => {
    const notice = await schedule(w.users.adminA, { org: w.orgs.a.id, targetOrg: w.orgs.a.id })
    expect(notice.status).toBe('scheduled')
    await runFanOutJob(payload, notice.id)
    expect(await inboxRecipients(payload, notice.id)).toEqual(sorted(w.subtreeA))
    const after: any = await payload.findByID({ collection: 'notices', id: notice.id, overrideAccess: true })
    expect(after.status).toBe('sent')
    expect(after.deliveredCount).toBe(w.subtreeA.length)
    // The recipient's cell and its path are on the row (no links table), for the admins' subtree reads.
    const row: any = await payload.findByID({
      collection: 'inbox',
      id: `${notice.id}:${w.inA2[0].id}`,
      depth: 0,
      overrideAccess: true,
    })
    expect(row.org).toBe(w.orgs.a2.id)
    expect(row.orgPath).toBe(`/${w.orgs.root.id}/${w.orgs.a.id}/${w.orgs.a2.id}/`)
    expect(row.orgAncestors).toBeUndefined()
    expect(row.branch).toBe(w.orgs.a2.id)
  })

  it('narrows to roles and named people', async () => {
    const secretaries = await schedule(w.users.adminA, {
      org: w.orgs.a.id,
      targetOrg: w.orgs.a.id,
      targetRoles: ['secretary'],
    })
    await runFanOutJob(payload, secretaries.id)
    expect(await inboxRecipients(payload, secretaries.id)).toEqual(sorted([w.users.secretaryA1.id]))

    const membersOnly = await schedule(w.users.adminA, {
      org: w.orgs.a.id,
      targetOrg: w.orgs.a1.id,
      targetRoles: ['member'],
    })
    await runFanOutJob(payload, membersOnly.id)
    expect(await inboxRecipients(payload, membersOnly.id)).toEqual(
      sorted([w.users.memberA1.id, ...w.extraA1.map((m) => m.id)]),
    )

    const named = await schedule(w.users.adminA, {
      org: w.orgs.a.id,
      targetOrg: w.orgs.a.id,
      targetRoles: ['committee'],
      targetUsers: [w.inA2[1].id],
    })
    await runFanOutJob(payload, named.id)
    expect(await inboxRecipients(payload, named.id)).toEqual(sorted([w.users.adminA.id, w.inA2[1].id]))
  })

  it('waits for a later send time, and a cancelled notice sends nothing', async () => {
    const later = new Date(Date.now() + 3600_000).toISOString()
    const notice = await schedule(w.users.adminA, { org: w.orgs.a.id, targetOrg: w.orgs.a.id, sendAt: later })
    const jobs = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'fanOutNotice' } },
      pagination: false,
    })
    const job: any = jobs.docs.find((j: any) => String(j.input?.noticeId) === String(notice.id))
    expect(new Date(job.waitUntil).toISOString()).toBe(later)
    await payload.update({
      collection: 'notices',
      id: notice.id,
      data: { status: 'draft' },
      user: w.users.adminA,
      overrideAccess: false,
    })
    await payload.jobs.runByID({ id: job.id })
    expect(await inboxRecipients(payload, notice.id)).toEqual([])
  })

  it('counts deliveries and reads per notice and per direct child org', async () => {
    const notice = await sendNotice(payload, {
      fromOrg: w.orgs.a.id,
      title: 'Nộp đảng phí quý IV',
      body: 'Đề nghị các đồng chí hoàn thành trước ngày 15/12.',
      target: { org: w.orgs.a.id },
      priority: 'important',
    })
    await runFanOutJob(payload, notice.id)
    for (const reader of [w.users.memberA1, w.extraA1[0], w.inA2[0]]) {
      await payload.update({
        collection: 'inbox',
        id: `${notice.id}:${reader.id}`,
        data: { read: true, readAt: new Date().toISOString() },
        user: reader,
        overrideAccess: false,
      })
    }
    const report = await noticeReport(payload, notice.id)
    expect(report.delivered).toBe(w.subtreeA.length)
    expect(report.read).toBe(3)
    const byOrg = Object.fromEntries(report.branches.map((b) => [b.org.name, [b.recipients, b.read]]))
    // A itself (adminA, editorA at home there), cell A1 (secretary, memberA1, three more), cell A2 (two).
    expect(byOrg).toEqual({
      [w.orgs.a.name]: [2, 0],
      [w.orgs.a1.name]: [5, 2],
      [w.orgs.a2.name]: [2, 1],
    })
    const listed: any = await payload.findByID({
      collection: 'notices',
      id: notice.id,
      user: w.users.adminA,
      overrideAccess: false,
    })
    expect(listed.readCount).toBe(3)
  })

  it('sendNotice reaches one named member for the system (an answer to a question)', async () => {
    const notice = await sendNotice(payload, {
      fromOrg: w.orgs.a.id,
      title: 'Trả lời câu hỏi của đồng chí',
      body: 'Câu hỏi về chuyển sinh hoạt đảng đã được trả lời.',
      target: { users: [w.users.memberA1.id] },
    })
    await runFanOutJob(payload, notice.id)
    expect(await inboxRecipients(payload, notice.id)).toEqual([String(w.users.memberA1.id)])
  })
})
