import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  accounts,
  csvFile,
  jobsOf,
  orgTree,
  person,
  type Tree,
  upload,
} from '../../../test/member-fixtures.ts'
import { testPayload } from '../../../test/payload.ts'

const P = 'MS'
let payload: Payload
let tree: Tree
let committeeA: any
let secretaryB1: any

const card = (n: number) => String(53_000_000 + n)

beforeAll(async () => {
  payload = await testPayload()
  tree = await orgTree(payload, P)
  committeeA = await person(payload, `${P}-cap-uy-a`, [{ role: 'committee', org: tree.a.id }])
  secretaryB1 = await person(payload, `${P}-bi-thu-b1`, [{ role: 'secretary', org: tree.b1.id }])
})

describe('member import: subtrees', () => {
  it('an admin of subtree A cannot import rows or members of subtree B', async () => {
    const [bMember] = await Promise.all([person(payload, card(300), [], tree.b1.id)])
    const file = csvFile([
      [card(301), 'Lý Văn Phúc', '01/01/1980', 'Nam', '01/01/2005', '', `${P}-B1`, '', ''],
      [bMember.username, 'Lý Thị Quế', '01/01/1980', 'Nữ', '01/01/2005', '', `${P}-A1`, '', ''],
    ])
    const doc = await upload(payload, committeeA, file)
    expect(doc.status).toBe('invalid')
    expect(doc.errors.map((e: any) => `${e.row}: ${e.message}`)).toEqual([
      `2: Tổ chức “${P}-B1” không thuộc phạm vi quản lý của bạn.`,
      `3: Số thẻ ${card(300)} thuộc một đảng viên không thuộc phạm vi quản lý của bạn.`,
    ])
    // Nor may they file an import under B's org, and B's secretary cannot see A's imports.
    await expect(upload(payload, committeeA, file, tree.b.id)).rejects.toThrow()
    const seen = await payload.find({
      collection: 'member-imports' as any,
      where: { id: { equals: doc.id } },
      user: secretaryB1,
      overrideAccess: false,
    })
    expect(seen.docs).toEqual([])
    const [unchanged] = await accounts(payload, [card(300)])
    expect(unchanged.org).toBe(tree.b1.id)
  })

  it('the commit checks the subtree again: an importer who lost the grant imports nothing', async () => {
    const secretaryA2 = await person(payload, `${P}-bi-thu-a2`, [{ role: 'secretary', org: tree.a2.id }])
    const doc = await upload(
      payload,
      secretaryA2,
      csvFile([[card(400), 'Mạc Văn Sơn', '01/01/1980', 'Nam', '01/01/2005', '', `${P}-A2`, '', '']]),
    )
    expect(doc).toMatchObject({ status: 'previewed', org: tree.a2.id })
    await payload.update({
      collection: 'member-imports' as any,
      id: doc.id,
      data: { status: 'committing' } as any,
      user: secretaryA2,
      overrideAccess: false,
    })
    await payload.update({ collection: 'users', id: secretaryA2.id, data: { grants: [] } as any })
    const [job] = await jobsOf(payload, doc.id)
    await payload.jobs.runByID({ id: job.id })
    const failed = (await payload.findByID({ collection: 'member-imports' as any, id: doc.id })) as any
    expect(failed.status).toBe('failed')
    expect(failed.failure).toContain('không còn quyền quản lý đảng viên')
    expect(await accounts(payload, [card(400)])).toEqual([])
  })
})
