/** A database written before the materialised paths: the backfill gives every org and org-owned row its path. */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { type AccessTree, buildAccessTree } from '../../../test/fixtures/accessTree.ts'
import { createContent } from '../../../test/fixtures/content.ts'
import { testPayload } from '../../../test/payload.ts'
import { rawRows } from '../../../test/rawRows.ts'
import { backfillOrgPaths } from './backfillOrgPaths.ts'

let payload: Payload
let tree: AccessTree

type Db = { drizzle: unknown; execute: (args: { drizzle: unknown; raw: string }) => Promise<unknown> }
const run = (raw: string) => {
  const db = payload.db as unknown as Db
  return db.execute({ drizzle: db.drizzle, raw })
}

beforeAll(async () => {
  payload = await testPayload()
  tree = await buildAccessTree(payload, 'BFP')
})

const membersSeenBy = async (user: AccessTree['users'][keyof AccessTree['users']]) =>
  (await payload.find({ collection: 'users', user, overrideAccess: false, limit: 0, depth: 0 })).docs.map(
    (u) => u.id,
  )

describe('backfillOrgPaths', () => {
  it('fills the paths the hooks would have written, and committees read their subtree again', async () => {
    const { root, a, a1, b } = tree.orgs
    const news = await createContent(payload, 'news', a1.id)
    const a1Path = `/${root.id}/${a.id}/${a1.id}/`
    expect((await payload.findByID({ collection: 'orgs', id: a1.id, depth: 0 })).path).toBe(a1Path)
    expect((await payload.findByID({ collection: 'news', id: news.id, depth: 0 })).orgPath).toBe(a1Path)
    const seenBefore = await membersSeenBy(tree.users.adminA)
    expect(seenBefore).toContain(tree.users.memberA1.id)

    // As an old database holds them: no paths anywhere.
    await run('UPDATE "orgs" SET "path" = NULL')
    await run('UPDATE "users" SET "org_path" = NULL')
    await run('UPDATE "news" SET "org_path" = NULL')
    await run('UPDATE "_news_v" SET "version_org_path" = NULL')
    // Without paths a committee sees only itself: the rules deny what they cannot place.
    expect(await membersSeenBy(tree.users.adminA)).toEqual([tree.users.adminA.id])

    expect(await backfillOrgPaths(payload)).toBeGreaterThan(5)
    const orgs = await rawRows(payload, 'orgs', `"id" IN (${[root.id, a.id, a1.id, b.id].join(', ')})`)
    expect(Object.fromEntries(orgs.map((o) => [String(o.id), o.path]))).toEqual({
      [String(root.id)]: `/${root.id}/`,
      [String(a.id)]: `/${root.id}/${a.id}/`,
      [String(a1.id)]: a1Path,
      [String(b.id)]: `/${root.id}/${b.id}/`,
    })
    const [member] = await rawRows(payload, 'users', `"id" = ${tree.users.memberA1.id}`)
    expect(member?.org_path).toBe(a1Path)
    const [item] = await rawRows(payload, 'news', `"id" = ${news.id}`)
    expect(item?.org_path).toBe(a1Path)
    const versions = await rawRows(payload, '_news_v', `"parent_id" = ${news.id}`)
    expect(versions.map((v) => v.version_org_path)).toEqual(versions.map(() => a1Path))
    expect((await membersSeenBy(tree.users.adminA)).sort()).toEqual([...seenBefore].sort())
    expect(await membersSeenBy(tree.users.adminA)).not.toContain(tree.users.memberB1.id)

    // Again: nothing changes.
    await backfillOrgPaths(payload)
    const [again] = await rawRows(payload, 'users', `"id" = ${tree.users.memberA1.id}`)
    expect(again?.org_path).toBe(a1Path)
  })
})
