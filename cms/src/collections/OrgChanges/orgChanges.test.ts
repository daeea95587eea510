/**
 * Reorganising the tree: a dry run lists and changes nothing; a merge, a move and a split carry members,
 * content and their readers with them, and the access is right as soon as the job ends.
 */
import { idsOf, orgAt, type Ref } from '@sotay/content-schemas'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { type AccessTree, buildAccessTree } from '../../../test/fixtures/accessTree.ts'
import { createContent } from '../../../test/fixtures/content.ts'
import { runFanOutJob } from '../../../test/notices-fixtures.ts'
import { testPayload } from '../../../test/payload.ts'
import type { OrgChange } from '../../payload-types.ts'
import { sendNotice } from '../Notices/fanout/sendNotice.ts'
import { runQueuedOrgChanges } from './testing.ts'

let payload: Payload
let tree: AccessTree
const ids = (refs: Ref[] | null | undefined) => idsOf(refs).map(String)

beforeAll(async () => {
  payload = await testPayload()
  tree = await buildAccessTree(payload, 'ORC')
})

/** The person as stored now: access reads the session user, which Payload loads from the database. */
const asStored = async (user: { id: number | string }) => ({
  ...(await payload.findByID({ collection: 'users', id: user.id, depth: 0 })),
  collection: 'users' as const,
})

async function change(data: Partial<OrgChange>, user = tree.users.superadmin): Promise<OrgChange> {
  const created = await payload.create({
    collection: 'org-changes',
    data: data as OrgChange,
    user,
    overrideAccess: false,
  })
  await runQueuedOrgChanges(payload)
  return payload.findByID({ collection: 'org-changes', id: created.id, depth: 0 })
}

const readsNews = async (user: { id: number | string }, newsId: number | string) => {
  const found = await payload.find({
    collection: 'news',
    where: { id: { equals: newsId } },
    user: await asStored(user),
    overrideAccess: false,
    depth: 0,
  })
  return found.docs.length === 1
}

const seesMember = async (admin: { id: number | string }, memberId: number | string) => {
  const found = await payload.find({
    collection: 'users',
    where: { id: { equals: memberId } },
    user: await asStored(admin),
    overrideAccess: false,
    depth: 0,
  })
  return found.docs.length === 1
}

describe('org changes', () => {
  let newsA1: { id: number | string }
  let newsB1: { id: number | string }

  beforeAll(async () => {
    newsA1 = await createContent(payload, 'news', tree.orgs.a1.id)
    newsB1 = await createContent(payload, 'news', tree.orgs.b1.id)
  })

  it('a dry run lists the members and counts per collection, and changes nothing', async () => {
    const done = await change({
      kind: 'merge',
      source: tree.orgs.a1.id,
      target: tree.orgs.b1.id,
      dryRun: true,
    })
    expect(done.status).toBe('previewed')
    expect(done.percent).toBe(100)
    const preview = done.preview as { counts: Record<string, number>; members: { name: string }[] }
    expect(preview.counts.users).toBe(2)
    expect(preview.counts.news).toBe(1)
    expect(preview.members.map((m) => m.name).sort()).toEqual(['Hoàng Văn Đông', 'Đỗ Thị Hoa'].sort())
    expect((done as { previewText?: string }).previewText).toContain('Đỗ Thị Hoa — Chi bộ thôn Đông')
    const member = await payload.findByID({ collection: 'users', id: tree.users.memberA1.id, depth: 0 })
    expect(String(member.org)).toBe(String(tree.orgs.a1.id))
    expect(await readsNews(tree.users.memberA1, newsB1.id)).toBe(false)
  })

  it('refuses a merge into itself in Vietnamese, and only province admins may start one', async () => {
    await expect(
      payload.create({
        collection: 'org-changes',
        data: { kind: 'merge', source: tree.orgs.a.id, target: tree.orgs.a1.id } as OrgChange,
      }),
    ).rejects.toThrow('Không thể sáp nhập một tổ chức vào chính nó hoặc vào tổ chức cấp dưới của nó.')
    await expect(
      payload.create({
        collection: 'org-changes',
        data: { kind: 'merge', source: tree.orgs.a1.id, target: tree.orgs.b1.id } as OrgChange,
        user: tree.users.adminA,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
    const province = await payload.create({
      collection: 'users',
      data: {
        username: 'orc-tinh',
        password: 'MatKhau@2026',
        fullName: 'Trịnh Văn Tỉnh',
        org: tree.orgs.root.id,
        grants: [{ role: 'committee', org: tree.orgs.root.id }],
      } as any,
    })
    const dry = await change(
      { kind: 'move', source: tree.orgs.a1.id, target: tree.orgs.a.id, dryRun: true },
      { ...province, collection: 'users' } as any,
    )
    expect(dry.status).toBe('previewed')
  })

  it('a merge takes the members and content of A1 into B1: readers and admins follow at once', async () => {
    const notice = await sendNotice(payload, {
      fromOrg: tree.orgs.a1.id,
      title: 'Thông báo họp chi bộ',
      body: 'Họp chi bộ tháng này.',
      target: {},
    })
    await runFanOutJob(payload, notice.id)
    const inboxRowsOf = async (admin: { id: number | string }) =>
      (
        await payload.find({
          collection: 'inbox',
          where: { notice: { equals: notice.id } },
          user: await asStored(admin),
          overrideAccess: false,
          depth: 0,
        })
      ).docs.length
    expect(await inboxRowsOf(tree.users.secretaryB1)).toBe(0)
    const before = new Date()
    const done = await change({
      kind: 'merge',
      source: tree.orgs.a1.id,
      target: tree.orgs.b1.id,
      dryRun: false,
    })
    expect(done.failure ?? undefined).toBeUndefined()
    expect(done.status).toBe('done')
    expect(done.percent).toBe(100)
    expect((done.written as Record<string, number>).users).toBe(2)

    const member = await payload.findByID({ collection: 'users', id: tree.users.memberA1.id, depth: 0 })
    expect(String(member.org)).toBe(String(tree.orgs.b1.id))
    expect(ids(member.orgAncestors)).toEqual(ids([tree.orgs.root.id, tree.orgs.b.id]))
    // The former member of A1 reads B1's content; B1's secretary sees A1's former members and content.
    expect(await readsNews(tree.users.memberA1, newsB1.id)).toBe(true)
    expect(await seesMember(tree.users.secretaryB1, tree.users.memberA1.id)).toBe(true)
    expect(await readsNews(tree.users.memberB1, newsA1.id)).toBe(true)
    // A's committee no longer holds them; nobody outside B reads what was A1's.
    expect(await seesMember(tree.users.adminA, tree.users.memberA1.id)).toBe(false)
    // Their inbox rows (the notice A1 had sent them) follow into B1's subtree too.
    expect(await inboxRowsOf(tree.users.secretaryB1)).toBe(2)
    expect(await inboxRowsOf(tree.users.adminA)).toBe(0)
    const drafts = await payload.find({
      collection: 'news',
      where: { id: { equals: newsA1.id } },
      user: await asStored(tree.users.adminA),
      overrideAccess: false,
      draft: true,
    })
    expect(drafts.docs).toEqual([])

    // The merged cell is kept, marked merged, and past reports still name it as it was.
    const a1 = await payload.findByID({ collection: 'orgs', id: tree.orgs.a1.id, depth: 0 })
    expect(a1.status).toBe('merged')
    expect(String(a1.mergedInto)).toBe(String(tree.orgs.b1.id))
    expect(orgAt(a1 as any, before)).toMatchObject({ name: 'Chi bộ thôn Đông', mergedInto: undefined })
    expect(orgAt(a1 as any, new Date(Date.now() + 1000)).mergedInto).toBe(tree.orgs.b1.id)
    await expect(
      payload.create({
        collection: 'org-changes',
        data: { kind: 'merge', source: tree.orgs.a1.id, target: tree.orgs.b1.id } as OrgChange,
      }),
    ).rejects.toThrow('đã sáp nhập vào tổ chức khác')
  })

  it('moving an org queues the rewrite instead of doing it in the request, and keeps the former parent', async () => {
    const cell = await payload.create({
      collection: 'orgs',
      data: { code: 'ORC-A2', name: 'Chi bộ thôn Tây', kind: 'chi-bo', parent: tree.orgs.a.id } as any,
    })
    const group = await payload.create({
      collection: 'orgs',
      data: { code: 'ORC-A2-T', name: 'Tổ đảng xóm 1', kind: 'chi-bo', parent: cell.id } as any,
    })
    const news = await createContent(payload, 'news', group.id)
    const before = new Date()
    await payload.update({ collection: 'orgs', id: cell.id, data: { parent: tree.orgs.b.id } })
    // Until the job runs, what the cell owns keeps its old lineage.
    const waiting = await payload.findByID({ collection: 'news', id: news.id, depth: 0 })
    expect(ids(waiting.orgAncestors)).toContain(String(tree.orgs.a.id))

    expect(await runQueuedOrgChanges(payload)).toBe(1)
    const movedGroup = await payload.findByID({ collection: 'orgs', id: group.id, depth: 0 })
    expect(ids(movedGroup.ancestors)).toEqual(ids([tree.orgs.root.id, tree.orgs.b.id, cell.id]))
    const groupPath = `/${tree.orgs.root.id}/${tree.orgs.b.id}/${cell.id}/${group.id}/`
    expect(movedGroup.path).toBe(groupPath)
    const item = await payload.findByID({ collection: 'news', id: news.id, depth: 0 })
    expect(ids(item.orgAncestors)).toEqual(ids([tree.orgs.root.id, tree.orgs.b.id, cell.id]))
    expect(item.orgPath).toBe(groupPath)
    const moved = await payload.findByID({ collection: 'orgs', id: cell.id, depth: 0 })
    expect(orgAt(moved as any, before).parent).toBe(tree.orgs.a.id)
    expect(orgAt(moved as any, new Date(Date.now() + 1000)).parent).toBe(tree.orgs.b.id)
    const record = await payload.find({ collection: 'org-changes', where: { source: { equals: cell.id } } })
    expect(record.docs[0]).toMatchObject({ kind: 'move', status: 'done' })
  })

  it('a split moves the chosen members into a new sibling, out of the old cell secretary’s reach', async () => {
    const done = await change({
      kind: 'split',
      source: tree.orgs.b1.id,
      newOrgName: 'Chi bộ khu phố 3B',
      newOrgCode: 'ORC-B1B',
      splitMembers: [tree.users.memberB1.id],
      dryRun: false,
    })
    expect(done.failure ?? undefined).toBeUndefined()
    expect(done.status).toBe('done')
    const created = await payload.findByID({ collection: 'orgs', id: done.newOrg as number, depth: 0 })
    const createdPath = `/${tree.orgs.root.id}/${tree.orgs.b.id}/${created.id}/`
    expect(created).toMatchObject({ name: 'Chi bộ khu phố 3B', path: createdPath })
    const member = await payload.findByID({ collection: 'users', id: tree.users.memberB1.id, depth: 0 })
    expect(String(member.org)).toBe(String(created.id))
    expect(member.orgPath).toBe(createdPath)
    expect(await seesMember(tree.users.secretaryB1, tree.users.memberB1.id)).toBe(false)
    expect(await seesMember(tree.users.adminB, tree.users.memberB1.id)).toBe(true)
    // The content stays with the old cell.
    expect(await readsNews(tree.users.memberB1, newsB1.id)).toBe(false)
  })
})
