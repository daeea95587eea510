/** Every content collection, every operation: an admin stays inside their subtree, a member inside their audience. */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { type AccessTree, buildAccessTree, type TreeUser } from './fixtures/accessTree.ts'
import {
  CONTENT_COLLECTIONS,
  type ContentCollection,
  contentData,
  createContent,
  fileFor,
} from './fixtures/content.ts'
import { testPayload } from './payload.ts'

let payload: Payload
let tree: AccessTree

beforeAll(async () => {
  payload = await testPayload()
  tree = await buildAccessTree(payload, 'ACC')
})

const as = (user: TreeUser) => ({ user, overrideAccess: false }) as const

async function readIds(collection: ContentCollection, user?: TreeUser) {
  const found = await payload.find({
    collection,
    ...(user ? as(user) : { overrideAccess: false }),
    limit: 0,
    depth: 0,
  })
  return found.docs.map((d) => String(d.id))
}

describe.each(CONTENT_COLLECTIONS)('%s', (collection) => {
  let inA1: { id: number | string }
  let inB1: { id: number | string }
  let publicInB1: { id: number | string }

  beforeAll(async () => {
    inA1 = await createContent(payload, collection, tree.orgs.a1.id)
    inB1 = await createContent(payload, collection, tree.orgs.b1.id)
    publicInB1 = await createContent(payload, collection, tree.orgs.b1.id, 'public')
  })

  describe('read', () => {
    it('a member of cell A1 reads A1 org content, never B1 org content', async () => {
      const ids = await readIds(collection, tree.users.memberA1)
      expect(ids).toContain(String(inA1.id))
      expect(ids).not.toContain(String(inB1.id))
      expect(ids).toContain(String(publicInB1.id))
    })

    it('the admin of A reads its child cell A1, not the neighbouring B1', async () => {
      const ids = await readIds(collection, tree.users.adminA)
      expect(ids).toContain(String(inA1.id))
      expect(ids).not.toContain(String(inB1.id))
    })

    it('the province editor reads both subtrees', async () => {
      const ids = await readIds(collection, tree.users.provinceEditor)
      expect(ids).toEqual(expect.arrayContaining([String(inA1.id), String(inB1.id)]))
    })

    it('an anonymous reader sees public content only', async () => {
      const ids = await readIds(collection)
      expect(ids).toContain(String(publicInB1.id))
      expect(ids).not.toContain(String(inA1.id))
      expect(ids).not.toContain(String(inB1.id))
    })

    it('reading a B1 document by id as the A1 member is refused', async () => {
      await expect(
        payload.findByID({ collection, id: inB1.id, ...as(tree.users.memberA1) }),
      ).rejects.toThrow()
    })
  })

  describe('create', () => {
    const create = (user: TreeUser, org: unknown) =>
      payload.create({
        collection,
        data: contentData(collection, org) as any,
        file: fileFor(collection),
        ...as(user),
      } as any)

    it('the admin of A creates in its child A1', async () => {
      const doc = await create(tree.users.adminA, tree.orgs.a1.id)
      expect(doc.id).toBeDefined()
    })

    it('an admin who names no org creates in their own org (what the admin create form does)', async () => {
      const { org: _omitted, ...data } = contentData(collection, undefined)
      const doc = await payload.create({
        collection,
        data: data as any,
        file: fileFor(collection),
        ...as(tree.users.adminA),
      } as any)
      expect(String((doc as any).org?.id ?? (doc as any).org)).toBe(String(tree.orgs.a.id))
    })

    it('the admin of A is refused in the neighbouring B1', async () => {
      const before = await payload.count({ collection })
      await expect(create(tree.users.adminA, tree.orgs.b1.id)).rejects.toThrow()
      expect((await payload.count({ collection })).totalDocs).toBe(before.totalDocs)
    })

    it('a member cannot create content at all', async () => {
      await expect(create(tree.users.memberA1, tree.orgs.a1.id)).rejects.toThrow()
    })
  })

  describe('update', () => {
    const rename = (user: TreeUser, id: number | string, data: Record<string, unknown>) =>
      payload.update({ collection, id, data: data as any, ...as(user) })

    it('the admin of A edits content of A1', async () => {
      const doc = await rename(tree.users.adminA, inA1.id, { audience: 'members' })
      expect(doc.audience).toBe('members')
      await payload.update({ collection, id: inA1.id, data: { audience: 'org' } as any })
    })

    it('the admin of A is refused on B1 content, which stays unchanged', async () => {
      await expect(rename(tree.users.adminA, inB1.id, { audience: 'public' })).rejects.toThrow()
      const after = await payload.findByID({ collection, id: inB1.id })
      expect(after.audience).toBe('org')
    })

    it('the admin of A cannot move A1 content into B1', async () => {
      await expect(rename(tree.users.adminA, inA1.id, { org: tree.orgs.b1.id })).rejects.toThrow()
      const after = await payload.findByID({ collection, id: inA1.id, depth: 0 })
      expect(String(after.org)).toBe(String(tree.orgs.a1.id))
    })

    it('a member cannot edit content of their own cell', async () => {
      await expect(rename(tree.users.memberA1, inA1.id, { audience: 'public' })).rejects.toThrow()
    })
  })

  describe('delete', () => {
    it('the admin of A is refused on B1 content', async () => {
      await expect(payload.delete({ collection, id: inB1.id, ...as(tree.users.adminA) })).rejects.toThrow()
      expect(await payload.findByID({ collection, id: inB1.id })).toBeTruthy()
    })

    it('a member cannot delete', async () => {
      await expect(payload.delete({ collection, id: inA1.id, ...as(tree.users.memberA1) })).rejects.toThrow()
    })

    it('the admin of A deletes A1 content', async () => {
      const doomed = await createContent(payload, collection, tree.orgs.a1.id)
      await payload.delete({ collection, id: doomed.id, ...as(tree.users.adminA) })
      await expect(payload.findByID({ collection, id: doomed.id })).rejects.toThrow()
    })
  })
})
