/** Moving an org (a merger), once its job has run, carries its whole subtree, and what it owns, to the new parent's admins. */
import { idsOf, type Ref } from '@sotay/content-schemas'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { type AccessTree, buildAccessTree } from '../../../test/fixtures/accessTree.ts'
import { createContent } from '../../../test/fixtures/content.ts'
import { testPayload } from '../../../test/payload.ts'
import { runQueuedOrgChanges } from '../OrgChanges/testing.ts'

let payload: Payload
let tree: AccessTree
const ids = (refs: Ref[] | null | undefined) => idsOf(refs).map(String)

beforeAll(async () => {
  payload = await testPayload()
  tree = await buildAccessTree(payload, 'MOV')
})

describe('moving an org under another parent', () => {
  it('rewrites the lineage of the orgs below it and of every document they own', async () => {
    const cell = await payload.create({
      collection: 'orgs',
      data: {
        code: 'MOV-A1-T1',
        name: 'Tổ đảng thôn Đông 1',
        kind: 'chi-bo',
        parent: tree.orgs.a1.id,
      } as any,
    })
    const news = await createContent(payload, 'news', cell.id)

    // Cell A1 (with its group T1 below) moves from committee A to committee B.
    await payload.update({ collection: 'orgs', id: tree.orgs.a1.id, data: { parent: tree.orgs.b.id } })
    // The request records the move; the job rewrites what lies below (as the CMS process would run it).
    await runQueuedOrgChanges(payload)

    const movedCell = await payload.findByID({ collection: 'orgs', id: cell.id, depth: 0 })
    expect(ids(movedCell.ancestors)).toEqual(ids([tree.orgs.root.id, tree.orgs.b.id, tree.orgs.a1.id]))
    const a1Path = `/${tree.orgs.root.id}/${tree.orgs.b.id}/${tree.orgs.a1.id}/`
    expect(movedCell.path).toBe(`${a1Path}${cell.id}/`)
    const member = await payload.findByID({ collection: 'users', id: tree.users.memberA1.id, depth: 0 })
    expect(ids(member.orgAncestors)).toEqual(ids([tree.orgs.root.id, tree.orgs.b.id]))
    expect(member.orgPath).toBe(a1Path)
    const item = await payload.findByID({ collection: 'news', id: news.id, depth: 0 })
    expect(ids(item.orgAncestors)).toContain(String(tree.orgs.b.id))
    expect(ids(item.orgAncestors)).not.toContain(String(tree.orgs.a.id))
    expect(item.orgPath).toBe(`${a1Path}${cell.id}/`)
  })

  it('hands the moved members to the new committee and takes them from the old one', async () => {
    const asB = await payload.find({
      collection: 'users',
      user: tree.users.adminB,
      overrideAccess: false,
      limit: 0,
      depth: 0,
    })
    expect(asB.docs.map((u) => u.id)).toContain(tree.users.memberA1.id)
    const asA = await payload.find({
      collection: 'users',
      user: tree.users.adminA,
      overrideAccess: false,
      limit: 0,
      depth: 0,
    })
    expect(asA.docs.map((u) => u.id)).not.toContain(tree.users.memberA1.id)
  })
})
