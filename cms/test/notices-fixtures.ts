/** A notice test world: the access tree plus more members (some moved away or deceased) and a second cell under A. */
import { FAN_OUT_NOTICE_TASK } from '@sotay/content-schemas'
import type { Payload } from 'payload'
import { buildAccessTree } from './fixtures/accessTree.ts'

export async function noticeWorld(payload: Payload, prefix: string) {
  const tree = await buildAccessTree(payload, prefix)
  const a2 = await payload.create({
    collection: 'orgs',
    data: { code: `${prefix}-A2`, name: 'Chi bộ thôn Tây', kind: 'chi-bo', parent: tree.orgs.a.id } as any,
  })
  let seq = 0
  const member = (org: { id: number | string }, status = 'chinh-thuc') =>
    payload.create({
      collection: 'users',
      data: {
        username: `${prefix}-m${++seq}`.toLowerCase(),
        password: 'MatKhau@2026',
        fullName: `Đảng viên ${seq}`,
        org: org.id,
        status,
      } as any,
    })
  const extraA1 = [
    await member(tree.orgs.a1),
    await member(tree.orgs.a1),
    await member(tree.orgs.a1, 'du-bi'),
  ]
  const goneA1 = [await member(tree.orgs.a1, 'da-chuyen-di'), await member(tree.orgs.a1, 'tu-tran')]
  const inA2 = [await member(a2), await member(a2)]
  const extraB1 = [await member(tree.orgs.b1), await member(tree.orgs.b1)]
  const u = tree.users
  /** Everyone who should receive a notice sent to A's subtree. */
  const subtreeA = [u.adminA, u.editorA, u.secretaryA1, u.memberA1, ...extraA1, ...inA2].map((x) =>
    String(x.id),
  )
  return { ...tree, orgs: { ...tree.orgs, a2 }, extraA1, goneA1, inA2, extraB1, subtreeA }
}

export type NoticeWorld = Awaited<ReturnType<typeof noticeWorld>>

/** Runs the fan-out job queued for this notice, as the job runner does. */
export async function runFanOutJob(payload: Payload, noticeId: number | string): Promise<void> {
  const jobs = await payload.find({
    collection: 'payload-jobs',
    where: { taskSlug: { equals: FAN_OUT_NOTICE_TASK } },
    depth: 0,
    pagination: false,
  })
  const mine = jobs.docs.filter((j: any) => String(j.input?.noticeId) === String(noticeId) && !j.completedAt)
  if (!mine.length) throw new Error(`no fan-out job queued for notice ${noticeId}`)
  for (const job of mine) await payload.jobs.runByID({ id: job.id })
}

export async function inboxRecipients(payload: Payload, noticeId: number | string): Promise<string[]> {
  const rows = await payload.find({
    collection: 'inbox',
    where: { notice: { equals: noticeId } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return rows.docs.map((r: any) => String(r.recipient)).sort()
}
