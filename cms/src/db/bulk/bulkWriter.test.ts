/** Both bulk writers on the engine under test agree: insert-if-absent, upsert with hasMany links, chunked updates. */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildAccessTree } from '../../../test/fixtures/accessTree.ts'
import { testPayload } from '../../../test/payload.ts'
import { bulkWriter } from './index.ts'

let payload: Payload
let tree: Awaited<ReturnType<typeof buildAccessTree>>

beforeAll(async () => {
  payload = await testPayload()
  tree = await buildAccessTree(payload, 'BW')
})

const ancestorsOf = async (id: number | string) => {
  const user = await payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true })
  return (user.orgAncestors ?? []).map(String)
}

describe.each([
  ['sql where the engine has it', false],
  ['portable', true],
])('bulk writer (%s)', (_name, portable) => {
  const p = `bw-${portable ? 'p' : 's'}`

  it('claims each key once and answers only the keys it inserted', async () => {
    const bulk = bulkWriter(payload, { portable })
    const claim = (n: number) => ({
      key: `${p}:${n}`,
      notice: p,
      recipient: String(n),
      channel: 'email',
      status: 'claimed',
    })
    const first = await bulk.insertIfAbsent('deliveries', [claim(1), claim(2)], 'key')
    const again = await bulk.insertIfAbsent('deliveries', [claim(2), claim(3)], 'key')
    expect([...first].sort()).toEqual([`${p}:1`, `${p}:2`])
    expect([...again]).toEqual([`${p}:3`])
    const keys = Array.from({ length: 1200 }, (_, i) => `${p}:${i + 1}`)
    await bulk.updateWhereIn('deliveries', 'key', keys, { status: 'sent' })
    const { docs } = await payload.find({
      collection: 'deliveries',
      where: { notice: { equals: p } },
      pagination: false,
      overrideAccess: true,
    })
    expect(docs.map((d) => d.status)).toEqual(['sent', 'sent', 'sent'])
    expect(docs.every((d) => d.createdAt && d.updatedAt)).toBe(true)
  })

  it('appends the absent rows of a long list in prepared statements and counts them', async () => {
    const bulk = bulkWriter(payload, { portable })
    const sentAt = '2026-12-07T08:30:00.000Z'
    const notice = await payload.create({
      collection: 'notices',
      data: {
        title: 'Thông báo thử',
        body: 'Nội dung.',
        org: tree.orgs.a1.id,
        targetOrg: tree.orgs.a1.id,
      } as any,
      overrideAccess: true,
    })
    const row = (n: number) => ({
      id: `${p}-append:${n}`,
      notice: notice.id,
      recipient: tree.users.memberA1.id,
      org: tree.orgs.a1.id,
      orgPath: `/${tree.orgs.root.id}/${tree.orgs.a.id}/${tree.orgs.a1.id}/`,
      sentAt,
      read: n % 2 === 0,
    })
    expect(
      await bulk.appendIfAbsent(
        'inbox',
        Array.from({ length: 1100 }, (_, i) => row(i)),
        'id',
      ),
    ).toBe(1100)
    expect(await bulk.appendIfAbsent('inbox', [row(1099), row(1100)], 'id')).toBe(1)
    const { docs } = await payload.find({
      collection: 'inbox',
      where: { id: { in: [`${p}-append:0`, `${p}-append:1`] } },
      sort: 'id',
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
    expect(docs.map((d) => [d.id, d.read, new Date(String(d.sentAt)).toISOString(), d.orgPath])).toEqual([
      [`${p}-append:0`, true, sentAt, row(0).orgPath],
      [`${p}-append:1`, false, sentAt, row(0).orgPath],
    ])
  })

  it('upserts by key, writes hasMany links for new documents, replaces them when given, keeps them when left out', async () => {
    const bulk = bulkWriter(payload, { portable })
    const { root, a, a1, b, b1 } = tree.orgs
    const member = (org: { id: number | string }, orgAncestors?: (number | string)[]) => ({
      username: `${p}-1`,
      fullName: 'Nguyễn Văn Bảy',
      org: org.id,
      status: 'du-bi',
      activationCode: `${p}-code`,
      loginAttempts: 0,
      ...(orgAncestors ? { orgAncestors } : {}),
    })
    const options = { key: 'username', insertOnly: ['activationCode', 'loginAttempts'] }
    const created = await bulk.transaction((tx) => tx.upsert('users', [member(a1, [root.id, a.id])], options))
    const id = created.get(`${p}-1`)!
    expect(await ancestorsOf(id)).toEqual([String(root.id), String(a.id)])

    const moved = await bulk.upsert(
      'users',
      [{ ...member(b1, [root.id, b.id]), activationCode: 'x' }],
      options,
    )
    expect(moved.get(`${p}-1`)).toEqual(id)
    expect(await ancestorsOf(id)).toEqual([String(root.id), String(b.id)])

    await bulk.upsert('users', [{ ...member(b1), fullName: 'Nguyễn Văn Bảy (mới)' }], options)
    const user = await payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true })
    expect(user.fullName).toBe('Nguyễn Văn Bảy (mới)')
    expect(await ancestorsOf(id)).toEqual([String(root.id), String(b.id)])
    const [stored] = await bulk.findWhereIn('users', 'username', [`${p}-1`], ['activationCode', 'org'])
    expect(stored).toMatchObject({ id, activationCode: `${p}-code` })
    expect(String(stored?.org)).toBe(String(b1.id))
  })

  it('a transaction that throws writes nothing', async (ctx) => {
    // Payload's SQLite adapter runs here without transactions (README); its portable path cannot roll back.
    if (portable && payload.db.name === 'sqlite') ctx.skip()
    const bulk = bulkWriter(payload, { portable })
    const claim = { key: `${p}:rollback`, notice: p, recipient: '1', channel: 'email', status: 'claimed' }
    await expect(
      bulk.transaction(async (tx) => {
        await tx.insertIfAbsent('deliveries', [claim], 'key')
        throw new Error('hỏng giữa chừng')
      }),
    ).rejects.toThrow('hỏng giữa chừng')
    const { totalDocs } = await payload.count({
      collection: 'deliveries',
      where: { key: { equals: claim.key } },
    })
    expect(totalDocs).toBe(0)
  })
})

describe('a transaction open while the rest of the process writes', () => {
  it('lets the other write through when it ends, instead of "database is locked"', async () => {
    const bulk = bulkWriter(payload)
    const claim = (key: string) => ({
      key,
      notice: 'bw-open',
      recipient: '1',
      channel: 'email' as const,
      status: 'claimed' as const,
    })
    const finished: string[] = []
    let opened = () => {}
    const inside = new Promise<void>((resolve) => {
      opened = resolve
    })
    const transaction = bulk.transaction(async (tx) => {
      await tx.insertIfAbsent('deliveries', [claim('bw-open:tx')], 'key')
      opened()
      // The transaction's work goes on across awaits, as the fan-out's does between its statements.
      await new Promise((resolve) => setTimeout(resolve, 200))
      await tx.insertIfAbsent('deliveries', [claim('bw-open:tx-2')], 'key')
      finished.push('transaction')
    })
    await inside
    const other = payload
      .create({ collection: 'deliveries', data: claim('bw-open:other'), overrideAccess: true })
      .then(() => finished.push('other write'))
    await Promise.all([transaction, other])
    const { docs } = await payload.find({
      collection: 'deliveries',
      where: { notice: { equals: 'bw-open' } },
      sort: 'key',
      overrideAccess: true,
    })
    expect(docs.map((d) => d.key)).toEqual(['bw-open:other', 'bw-open:tx', 'bw-open:tx-2'])
    // SQLite has one writer: the other write waited for the commit. PostgreSQL locks rows and lets it pass.
    if (payload.db.name === 'sqlite') expect(finished).toEqual(['transaction', 'other write'])
  })

  it('runs three transactions begun at once one after another, each whole', async () => {
    const bulk = bulkWriter(payload)
    const rows = (n: number) =>
      [1, 2].map((i) => ({
        key: `bw-three:${n}:${i}`,
        notice: 'bw-three',
        recipient: String(n),
        channel: 'email' as const,
        status: 'claimed' as const,
      }))
    await Promise.all(
      [1, 2, 3].map((n) =>
        bulk.transaction(async (tx) => {
          await tx.insertIfAbsent('deliveries', rows(n).slice(0, 1), 'key')
          await new Promise((resolve) => setTimeout(resolve, 100))
          await tx.insertIfAbsent('deliveries', rows(n).slice(1), 'key')
        }),
      ),
    )
    const { totalDocs } = await payload.count({
      collection: 'deliveries',
      where: { notice: { equals: 'bw-three' } },
    })
    expect(totalDocs).toBe(6)
  })
})
