/** Long lists read by a person keep their total for a while; their pages, and everything else, stay exact. */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { type AccessTree, buildAccessTree, PASSWORD } from '../../test/fixtures/accessTree.ts'
import { testPayload } from '../../test/payload.ts'
import { rememberListCounts } from './rememberListCounts.ts'

let payload: Payload
let tree: AccessTree
let seq = 0

const addMember = async () => {
  seq += 1
  return payload.create({
    collection: 'users',
    data: {
      username: `rlc-thanh-vien-${seq}`,
      password: PASSWORD,
      fullName: `Đảng viên thử ${seq}`,
      org: tree.orgs.a1.id,
    } as never,
  })
}
const asCommittee = (extra: { limit: number; page?: number }) =>
  payload.find({ collection: 'users', user: tree.users.adminA, overrideAccess: false, depth: 0, ...extra })

beforeAll(async () => {
  payload = await testPayload()
  tree = await buildAccessTree(payload, 'RLC')
  for (let i = 0; i < 3; i++) await addMember()
})

/** Runs `work` with counts of lists of at least 3 rows kept for `forMs`, then puts the adapter back. */
async function withCounts(forMs: number, work: () => Promise<void>) {
  const restore = rememberListCounts(payload.db, { atLeast: 3, forMs })
  try {
    await work()
  } finally {
    restore()
  }
}

describe('remembered list counts', () => {
  it('keeps a long list’s total while its pages show what is there now', () =>
    withCounts(60_000, async () => {
      const first = await asCommittee({ limit: 2 })
      const total = first.totalDocs
      expect(total).toBeGreaterThanOrEqual(3)
      expect(first.totalPages).toBe(Math.ceil(total / 2))

      const newcomer = await addMember()
      const again = await asCommittee({ limit: 2 })
      expect(again.totalDocs).toBe(total)
      expect(again.docs).toHaveLength(2)
      expect(again.hasNextPage).toBe(true)
      const last = await asCommittee({ limit: 2, page: again.totalPages })
      expect(last.hasNextPage).toBe(false)
      expect(last.hasPrevPage).toBe(true)

      // The rows are read for real: the newcomer is on the list at once.
      const all = await asCommittee({ limit: 100 })
      expect(all.docs.map((u) => u.id)).toContain(newcomer.id)
      expect(all.totalDocs).toBe(total)

      // Counts and lists that are not a person's stay exact.
      const counted = await payload.count({
        collection: 'users',
        user: tree.users.adminA,
        overrideAccess: false,
      })
      expect(counted.totalDocs).toBe(total + 1)
    }))

  it('counts every time once the count is older than its limit, or the list is short', async () => {
    await withCounts(0, async () => {
      const before = (await asCommittee({ limit: 2 })).totalDocs
      await addMember()
      expect((await asCommittee({ limit: 2 })).totalDocs).toBe(before + 1)
    })
    const short = await payload.find({
      collection: 'users',
      user: tree.users.secretaryB1,
      overrideAccess: false,
      limit: 1,
      depth: 0,
    })
    const secretarySees = short.totalDocs
    expect(secretarySees).toBeLessThan(3)
    await payload.create({
      collection: 'users',
      data: {
        username: 'rlc-b1-moi',
        password: PASSWORD,
        fullName: 'Đảng viên mới B1',
        org: tree.orgs.b1.id,
      } as never,
    })
    const after = await payload.find({
      collection: 'users',
      user: tree.users.secretaryB1,
      overrideAccess: false,
      limit: 1,
      depth: 0,
    })
    expect(after.totalDocs).toBe(secretarySees + 1)
  })
})
