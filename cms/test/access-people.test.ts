/** Orgs and users: admins manage only their subtree, and nobody hands out keys they do not hold. */
import { idsOf } from '@sotay/content-schemas'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { type AccessTree, buildAccessTree, PASSWORD, type TreeUser } from './fixtures/accessTree.ts'
import { testPayload } from './payload.ts'

let payload: Payload
let tree: AccessTree
const as = (user: TreeUser) => ({ user, overrideAccess: false }) as const

beforeAll(async () => {
  payload = await testPayload()
  tree = await buildAccessTree(payload, 'PPL')
})

describe('orgs', () => {
  const newOrg = (code: string, parent?: unknown) => ({
    code: `PPL-${code}`,
    name: `Chi bộ ${code}`,
    kind: 'chi-bo',
    parent,
  })

  it('are readable by any signed-in user and hidden from the public', async () => {
    const asMember = await payload.find({ collection: 'orgs', ...as(tree.users.memberA1), limit: 0 })
    expect(asMember.totalDocs).toBeGreaterThan(0)
    await expect(payload.find({ collection: 'orgs', overrideAccess: false })).rejects.toThrow()
  })

  it('a committee creates a cell under its own org, not under the neighbour or at the root', async () => {
    const ok = await payload.create({
      collection: 'orgs',
      data: newOrg('A2', tree.orgs.a.id) as any,
      ...as(tree.users.adminA),
    })
    expect(ok.path).toBe(`${tree.orgs.a.path}${ok.id}/`)
    await expect(
      payload.create({
        collection: 'orgs',
        data: newOrg('B2', tree.orgs.b.id) as any,
        ...as(tree.users.adminA),
      }),
    ).rejects.toThrow()
    await expect(
      payload.create({ collection: 'orgs', data: newOrg('ROOT2') as any, ...as(tree.users.adminA) }),
    ).rejects.toThrow()
  })

  it('editors, secretaries and members cannot create orgs', async () => {
    for (const user of [tree.users.editorA, tree.users.secretaryA1, tree.users.memberA1]) {
      await expect(
        payload.create({
          collection: 'orgs',
          data: newOrg(`X${user.id}`, tree.orgs.a1.id) as any,
          ...as(user),
        }),
      ).rejects.toThrow()
    }
  })

  it('a committee renames inside its subtree but not the neighbour', async () => {
    const renamed = await payload.update({
      collection: 'orgs',
      id: tree.orgs.a1.id,
      data: { name: 'Chi bộ thôn Đông Hải' },
      ...as(tree.users.adminA),
    })
    expect(renamed.name).toBe('Chi bộ thôn Đông Hải')
    await expect(
      payload.update({
        collection: 'orgs',
        id: tree.orgs.b1.id,
        data: { name: 'Đổi tên' },
        ...as(tree.users.adminA),
      }),
    ).rejects.toThrow()
    expect((await payload.findByID({ collection: 'orgs', id: tree.orgs.b1.id })).name).toBe(
      'Chi bộ khu phố 3',
    )
  })

  it('a committee cannot move its cell into the neighbouring subtree', async () => {
    const cell = await payload.create({ collection: 'orgs', data: newOrg('A3', tree.orgs.a.id) as any })
    await expect(
      payload.update({
        collection: 'orgs',
        id: cell.id,
        data: { parent: tree.orgs.b.id },
        ...as(tree.users.adminA),
      }),
    ).rejects.toThrow()
  })

  it('a committee deletes inside its subtree but not the neighbour', async () => {
    const cell = await payload.create({ collection: 'orgs', data: newOrg('A4', tree.orgs.a.id) as any })
    await payload.delete({ collection: 'orgs', id: cell.id, ...as(tree.users.adminA) })
    await expect(
      payload.delete({ collection: 'orgs', id: tree.orgs.b1.id, ...as(tree.users.adminA) }),
    ).rejects.toThrow()
  })

  it('an org cannot be moved under its own descendant', async () => {
    await expect(
      payload.update({ collection: 'orgs', id: tree.orgs.a.id, data: { parent: tree.orgs.a1.id } }),
    ).rejects.toThrow()
  })
})

describe('users', () => {
  const member = (card: string, org: unknown) => ({
    username: card,
    fullName: 'Ngô Thị Lan',
    org,
    password: PASSWORD,
  })

  it('an admin reads the people of its subtree and not the neighbour', async () => {
    const found = await payload.find({ collection: 'users', ...as(tree.users.adminA), limit: 0, depth: 0 })
    const ids = found.docs.map((u) => u.id)
    expect(ids).toContain(tree.users.memberA1.id)
    expect(ids).not.toContain(tree.users.memberB1.id)
  })

  it('a member reads only themselves', async () => {
    const found = await payload.find({ collection: 'users', ...as(tree.users.memberA1), limit: 0 })
    expect(found.docs.map((u) => u.id)).toEqual([tree.users.memberA1.id])
  })

  it('a secretary issues an account in their cell, not in the neighbouring cell', async () => {
    const ok = await payload.create({
      collection: 'users',
      data: member('910000000001', tree.orgs.a1.id) as any,
      ...as(tree.users.secretaryA1),
    })
    expect(idsOf(ok.orgAncestors)).toEqual([tree.orgs.root.id, tree.orgs.a.id])
    await expect(
      payload.create({
        collection: 'users',
        data: member('910000000002', tree.orgs.b1.id) as any,
        ...as(tree.users.secretaryA1),
      }),
    ).rejects.toThrow()
  })

  it('an editor or a member cannot issue accounts', async () => {
    for (const user of [tree.users.editorA, tree.users.memberA1]) {
      await expect(
        payload.create({
          collection: 'users',
          data: member(`91000000010${user.id}`, tree.orgs.a1.id) as any,
          ...as(user),
        }),
      ).rejects.toThrow()
    }
  })

  it('an admin edits a member of its subtree, not of the neighbour', async () => {
    const ok = await payload.update({
      collection: 'users',
      id: tree.users.memberA1.id,
      data: { phone: '0912345678' },
      ...as(tree.users.adminA),
    })
    expect(ok.phone).toBe('0912345678')
    await expect(
      payload.update({
        collection: 'users',
        id: tree.users.memberB1.id,
        data: { phone: '0900000000' },
        ...as(tree.users.adminA),
      }),
    ).rejects.toThrow()
  })

  it('a member edits their own phone but cannot move themselves to another cell', async () => {
    const updated = await payload.update({
      collection: 'users',
      id: tree.users.memberA1.id,
      data: { phone: '0987654321', org: tree.orgs.b1.id },
      ...as(tree.users.memberA1),
      depth: 0,
    })
    expect(updated.phone).toBe('0987654321')
    expect(String(updated.org)).toBe(String(tree.orgs.a1.id))
  })

  it('a member cannot edit another member', async () => {
    await expect(
      payload.update({
        collection: 'users',
        id: tree.users.memberB1.id,
        data: { phone: '0900000001' },
        ...as(tree.users.memberA1),
      }),
    ).rejects.toThrow()
  })

  it('an admin deletes inside its subtree only; a member deletes nobody', async () => {
    const doomed = await payload.create({
      collection: 'users',
      data: member('910000000003', tree.orgs.a1.id) as any,
    })
    await expect(
      payload.delete({ collection: 'users', id: doomed.id, ...as(tree.users.memberA1) }),
    ).rejects.toThrow()
    await payload.delete({ collection: 'users', id: doomed.id, ...as(tree.users.adminA) })
    await expect(
      payload.delete({ collection: 'users', id: tree.users.memberB1.id, ...as(tree.users.adminA) }),
    ).rejects.toThrow()
  })
})

describe('grants', () => {
  const grant = (actor: TreeUser, target: TreeUser, grants: unknown[]) =>
    payload.update({ collection: 'users', id: target.id, data: { grants } as any, ...as(actor) })

  it('a member cannot grant themselves a role', async () => {
    await expect(
      grant(tree.users.memberA1, tree.users.memberA1, [{ role: 'secretary', org: tree.orgs.a1.id }]),
    ).rejects.toThrow(/không có quyền/)
  })

  it('a secretary cannot promote themselves', async () => {
    await expect(
      grant(tree.users.secretaryA1, tree.users.secretaryA1, [{ role: 'committee', org: tree.orgs.root.id }]),
    ).rejects.toThrow()
  })

  it('a committee grants a role inside its subtree', async () => {
    const updated = await grant(tree.users.adminA, tree.users.memberA1, [
      { role: 'editor', org: tree.orgs.a1.id },
    ])
    expect(updated.grants).toHaveLength(1)
    await payload.update({ collection: 'users', id: tree.users.memberA1.id, data: { grants: [] } as any })
  })

  it('a committee cannot grant outside its subtree or grant superadmin', async () => {
    await expect(
      grant(tree.users.adminA, tree.users.memberA1, [{ role: 'editor', org: tree.orgs.b.id }]),
    ).rejects.toThrow()
    await expect(
      grant(tree.users.adminA, tree.users.memberA1, [{ role: 'superadmin', org: tree.orgs.a1.id }]),
    ).rejects.toThrow()
    const unchanged = await payload.findByID({ collection: 'users', id: tree.users.memberA1.id })
    expect(unchanged.grants).toHaveLength(0)
  })
})
