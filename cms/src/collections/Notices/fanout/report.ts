/** Delivery and read counts of one notice, overall and per direct child org of its target (the admin's report). */
import { type ID, idOf, type Ref } from '@sotay/content-schemas'
import type { Payload, Where } from 'payload'

export interface BranchCounts {
  org: { id: ID; name: string }
  recipients: number
  read: number
}

export interface NoticeReport {
  delivered: number
  read: number
  branches: BranchCounts[]
}

export async function noticeReport(payload: Payload, noticeId: ID): Promise<NoticeReport> {
  const count = async (where: Where) =>
    (await payload.count({ collection: 'inbox', where, overrideAccess: true })).totalDocs
  const ofNotice: Where = { notice: { equals: noticeId } }
  const read: Where = { read: { equals: true } }
  const notice = (await payload.findByID({
    collection: 'notices',
    id: noticeId,
    depth: 0,
    overrideAccess: true,
  })) as {
    targetOrg?: Ref
  }
  const target = idOf(notice.targetOrg)
  const [delivered, readTotal] = await Promise.all([count(ofNotice), count({ and: [ofNotice, read] })])
  if (target === undefined) return { delivered, read: readTotal, branches: [] }
  const orgs = await payload.find({
    collection: 'orgs',
    where: { or: [{ id: { equals: target } }, { parent: { equals: target } }] },
    select: { name: true },
    sort: 'name',
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const branches: BranchCounts[] = []
  for (const org of orgs.docs as { id: ID; name: string }[]) {
    const inBranch: Where = { and: [ofNotice, { branch: { equals: org.id } }] }
    const recipients = await count(inBranch)
    // The target's own row is shown only when people are at home there (not only below it).
    if (!recipients && String(org.id) === String(target)) continue
    branches.push({ org, recipients, read: recipients ? await count({ and: [inBranch, read] }) : 0 })
  }
  return { delivered, read: readTotal, branches }
}
