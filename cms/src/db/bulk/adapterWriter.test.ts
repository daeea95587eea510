/** The portable writer (MongoDB's path) at its interface, over an in-memory stand-in for Payload's adapter. */
import type { PayloadRequest, Where } from 'payload'
import { describe, expect, it } from 'vitest'
import { adapterBulkWriter, type PortableAdapter } from './adapterWriter.ts'

type Doc = Record<string, unknown>

/** A unique index on `unique`, `in` queries and one transaction at a time, as MongoDB's adapter gives them. */
function memoryAdapter(unique: Record<string, string>) {
  let tables: Record<string, Doc[]> = {}
  let saved: Record<string, Doc[]> | undefined
  let nextId = 1
  const calls = { find: 0, updateMany: 0 }
  const rows = (slug: string) => {
    tables[slug] ??= []
    return tables[slug]
  }
  const matches = (doc: Doc, where: Where) =>
    Object.entries(where).every(([field, test]) =>
      ((test as { in: unknown[] }).in ?? []).map(String).includes(String(doc[field])),
    )
  const adapter = {
    find: async ({ collection, where }: { collection: string; where?: Where }) => {
      calls.find += 1
      const docs = rows(collection).filter((d) => matches(d, where ?? {}))
      return { docs: docs.map((d) => ({ ...d })) }
    },
    create: async ({ collection, data }: { collection: string; data: Doc }) => {
      const key = unique[collection]
      if (key && rows(collection).some((d) => d[key] === data[key])) throw new Error('E11000 duplicate key')
      const doc = { id: data.id ?? `oid-${nextId++}`, ...data }
      rows(collection).push(doc)
      return doc
    },
    updateOne: async ({ collection, id, data }: { collection: string; id: string; data: Doc }) => {
      Object.assign(rows(collection).find((d) => d.id === id) ?? {}, data)
      return null
    },
    updateMany: async ({ collection, where, data }: { collection: string; where: Where; data: Doc }) => {
      calls.updateMany += 1
      for (const doc of rows(collection).filter((d) => matches(d, where))) Object.assign(doc, data)
      return null
    },
    beginTransaction: async () => {
      saved = structuredClone(tables)
      return 'tx'
    },
    commitTransaction: async () => {
      saved = undefined
    },
    rollbackTransaction: async () => {
      tables = saved ?? tables
      saved = undefined
    },
  }
  return { adapter: adapter as unknown as PortableAdapter, rows, calls, req: {} as PayloadRequest }
}

describe('adapterBulkWriter', () => {
  it('inserts only the keys not taken, once, stamping the times', async () => {
    const db = memoryAdapter({ deliveries: 'key' })
    const bulk = adapterBulkWriter(db.adapter)
    const claim = (key: string) => ({ key, notice: '1', recipient: key, channel: 'email', status: 'claimed' })
    expect(await bulk.insertIfAbsent('deliveries', [claim('a'), claim('b')], 'key')).toEqual(
      new Set(['a', 'b']),
    )
    expect(await bulk.insertIfAbsent('deliveries', [claim('b'), claim('c'), claim('c')], 'key')).toEqual(
      new Set(['c']),
    )
    expect(db.rows('deliveries').map((d) => d.key)).toEqual(['a', 'b', 'c'])
    expect(db.rows('deliveries').every((d) => typeof d.createdAt === 'string')).toBe(true)
  })

  it('upserts by key: creates the new, overwrites the given fields of the existing, keeps insert-only ones', async () => {
    const db = memoryAdapter({ users: 'username' })
    const bulk = adapterBulkWriter(db.adapter)
    const first = await bulk.upsert('users', [{ username: '1', fullName: 'A', activationCode: 'x' }], {
      key: 'username',
      insertOnly: ['activationCode'],
    })
    const again = await bulk.upsert(
      'users',
      [
        { username: '1', fullName: 'A mới', activationCode: 'y' },
        { username: '2', fullName: 'B', activationCode: 'z' },
      ],
      { key: 'username', insertOnly: ['activationCode'] },
    )
    expect(again.get('1')).toBe(first.get('1'))
    expect(
      db
        .rows('users')
        .map(({ username, fullName, activationCode }) => ({ username, fullName, activationCode })),
    ).toEqual([
      { username: '1', fullName: 'A mới', activationCode: 'x' },
      { username: '2', fullName: 'B', activationCode: 'z' },
    ])
  })

  it('a transaction that throws leaves nothing behind', async () => {
    const db = memoryAdapter({ inbox: 'id' })
    const bulk = adapterBulkWriter(db.adapter)
    await expect(
      bulk.transaction(async (tx) => {
        await tx.insertIfAbsent('inbox', [{ id: '1:2', notice: 1, recipient: 2 }], 'id')
        throw new Error('hỏng giữa chừng')
      }),
    ).rejects.toThrow('hỏng giữa chừng')
    expect(db.rows('inbox')).toEqual([])
  })

  it('reads and updates long key lists in chunks', async () => {
    const db = memoryAdapter({})
    const bulk = adapterBulkWriter(db.adapter, { timestamps: () => false })
    const keys = Array.from({ length: 2500 }, (_, i) => `k${i}`)
    await bulk.updateWhereIn('deliveries', 'key', keys, { status: 'sent' })
    expect(db.calls.updateMany).toBe(3)
    await bulk.insertIfAbsent(
      'deliveries',
      keys.map((key) => ({ key, status: 'claimed' })),
      'key',
    )
    const found = await bulk.findWhereIn('deliveries', 'key', keys, ['status'])
    expect(found).toHaveLength(2500)
    expect(found[0]).toEqual({ id: expect.any(String), status: 'claimed' })
  })
})
