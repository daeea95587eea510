/** The demo seed on the shared instance: the tree, members, logins that work, content with PDFs, and idempotence. */
import { foldAccents, type ID, idOf } from '@sotay/content-schemas'
import type { Payload, Where } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { type SeedResult, seedDemo } from '../src/seed/index.ts'
import { testPayload } from './payload.ts'

let payload: Payload
let first: SeedResult
let root: { id: ID; name: string }
let inProvince: Where
const steps = new Map<string, [number, number]>()

const all = async (
  collection: 'orgs' | 'users' | 'news' | 'documents' | 'study-topics' | 'faq',
  where: Where,
) =>
  (await payload.find({ collection, where, depth: 0, limit: 0, pagination: false, draft: true }))
    .docs as any[]

beforeAll(async () => {
  payload = await testPayload()
  first = await seedDemo(payload, {
    members: 120,
    onProgress: (step, done, total) => steps.set(step, [done, total]),
  })
  root = (await all('orgs', { code: { equals: 'SH' } }))[0]
  inProvince = { or: [{ org: { equals: root.id } }, { orgAncestors: { in: [root.id] } }] }
}, 180_000)

describe('seedDemo', () => {
  it('builds the province with about 15 organisations under it and cells at several depths', async () => {
    expect(first.created).toBe(true)
    expect(root.name).toBe('Đảng bộ tỉnh Sơn Hà')
    const direct = await all('orgs', { parent: { equals: root.id } })
    expect(direct.length).toBeGreaterThanOrEqual(13)
    expect(direct.length).toBeLessThanOrEqual(17)
    expect(direct.map((o) => o.name)).toContain('Đảng bộ xã Tân Lĩnh')
    const tree = await all('orgs', { ancestors: { in: [root.id] } })
    const cellDepths = new Set(tree.filter((o) => o.kind.startsWith('chi-bo')).map((o) => o.depth))
    expect([...cellDepths].sort()).toEqual([2, 3, 4])
  })

  it('creates at least the asked members, each named with diacritics, and reports progress', async () => {
    const people = await all('users', { orgAncestors: { in: [root.id] } })
    const members = people.filter((u) => /^\d{12}$/.test(u.username))
    expect(members.length).toBeGreaterThanOrEqual(120)
    for (const person of people) expect(foldAccents(person.fullName)).not.toBe(person.fullName)
    expect(new Set(members.map((m) => m.status))).toEqual(new Set(['chinh-thuc', 'du-bi', 'mien-sinh-hoat']))
    const [done, total] = steps.get('Tạo đảng viên')!
    expect(done).toBe(total)
    expect(total).toBe(members.length)
  })

  it('returns five demo logins that really sign in, with the promised roles', async () => {
    expect(first.logins.map((l) => l.username)).toEqual([
      'quantri',
      'bientap',
      'capuy',
      'bithu',
      expect.stringMatching(/^\d{12}$/),
    ])
    const users: Record<string, any> = {}
    for (const login of first.logins) {
      const result = await payload.login({
        collection: 'users',
        data: { username: login.username, password: login.password } as any,
      })
      expect(result.token).toBeTruthy()
      users[login.username] = result.user
      expect(login.role).not.toBe(foldAccents(login.role))
    }
    const grant = (u: any) => ({ role: u.grants[0].role, org: idOf(u.grants[0].org) })
    expect(grant(users.bientap)).toEqual({ role: 'editor', org: root.id })
    expect(grant(users.quantri)).toEqual({ role: 'superadmin', org: root.id })
    const committee = await payload.findByID({ collection: 'orgs', id: grant(users.capuy).org!, depth: 0 })
    expect(idOf(committee.parent as any)).toBe(root.id)
    expect(grant(users.bithu)).toEqual({ role: 'secretary', org: idOf(users.bithu.org) })
    const member = users[first.logins[4]!.username]
    expect(idOf(member.org)).toBe(idOf(users.bithu.org))
    expect(member.activatedAt).toBeTruthy()
    expect(member.grants ?? []).toEqual([])
  })

  it('writes only current password hashes (PBKDF2-SHA256, 600,000 iterations) and only sealed codes', async () => {
    const { docs } = await payload.find({
      collection: 'users',
      where: inProvince,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      showHiddenFields: true,
      select: { hash: true, activationCode: true } as Record<string, true>,
    })
    const users = docs as unknown as { hash?: string | null; activationCode?: string | null }[]
    const hashes = users.map((u) => u.hash).filter((h): h is string => Boolean(h))
    expect(hashes.length).toBeGreaterThanOrEqual(4)
    for (const hash of hashes) expect(hash).toMatch(/^pbkdf2-sha256-v1:[0-9a-f]{64}$/)
    const codes = users.map((u) => u.activationCode).filter((c): c is string => Boolean(c))
    expect(codes.length).toBeGreaterThan(0)
    for (const code of codes) expect(code).toMatch(/^v1:\d+:[0-9a-f]{64}$/)
  })

  it('attaches a generated PDF to every document, whose extracted text reads as Vietnamese', async () => {
    const documents = await all('documents', inProvince)
    expect(documents.length).toBe(13)
    for (const doc of documents) {
      expect(doc.pdf).toBeTruthy()
      expect(doc.extractedText).toContain('ĐẢNG CỘNG SẢN VIỆT NAM')
    }
    const nq57 = documents.find((d) => d.numberSymbol === '57-NQ/TW')
    expect(nq57.title).toMatch(/^Nghị quyết số 57-NQ\/TW/)
    expect(nq57.extractedText).toContain('khoa học, công nghệ, đổi mới sáng tạo')
    // One of the commune's, one of the demo member's own cell (read in the member app, never on the public site).
    const internal = documents.filter((d) => d.audience === 'org')
    expect(internal).toHaveLength(2)
    const cellDoc = internal.find((d) => d.numberSymbol === '08-NQ/CB')
    expect(cellDoc.issuingBody).toMatch(/^Chi bộ /)
    expect(cellDoc.extractedText).toContain('sâm hoặc cây dược liệu dưới tán rừng')
  })

  it('writes news (one draft, one scheduled), study topics with quizzes and FAQ with other phrasings', async () => {
    const news = await all('news', inProvince)
    expect(news).toHaveLength(20)
    expect(new Set(news.map((n) => n.category)).size).toBe(5)
    const drafts = news.filter((n) => n._status === 'draft')
    expect(drafts).toHaveLength(2)
    const jobs = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'schedulePublish' } },
      limit: 0,
    })
    const scheduled = jobs.docs.map((j: any) => String(j.input?.doc?.value))
    expect(drafts.filter((d) => scheduled.includes(String(d.id)))).toHaveLength(1)
    expect(news.every((n) => n.sourceUrl.startsWith('https://example.org/'))).toBe(true)

    const topics = await all('study-topics', inProvince)
    expect(topics).toHaveLength(6)
    for (const topic of topics) {
      expect(topic.content.root.children.length).toBeGreaterThan(1)
      for (const q of topic.quiz) expect(q.options.filter((o: any) => o.correct)).toHaveLength(1)
    }
    const faq = await all('faq', inProvince)
    expect(faq.length).toBeGreaterThanOrEqual(100)
    expect(faq.every((f) => f.alternatives.length > 0)).toBe(true)

    const text = JSON.stringify([news, topics, faq, await all('documents', inProvince)])
    for (const phrase of ['đảng viên', 'nghị quyết', 'chi bộ', 'Điện Biên Phủ'])
      expect(text).toContain(phrase)
  })

  it('assigns the demo commune’s cells a task, passed on to the demo member, who has reported 50%', async () => {
    const tasks = await payload.find({
      collection: 'tasks',
      where: { title: { equals: 'Rà soát danh sách đảng viên miễn sinh hoạt' } },
      depth: 0,
      limit: 20,
    })
    const passed = tasks.docs.filter((t) => t.parent)
    expect(tasks.docs.length - passed.length).toBeGreaterThanOrEqual(2)
    expect(passed).toHaveLength(1)
    expect(passed[0]).toMatchObject({ progress: 50, status: 'dang-lam' })
  })

  it('creates nothing the second time and returns the same logins', async () => {
    const count = async () =>
      Promise.all(
        (['orgs', 'users', 'news', 'documents', 'study-topics', 'faq', 'media'] as const).map(
          async (collection) => (await payload.count({ collection })).totalDocs,
        ),
      )
    const before = await count()
    const again = await seedDemo(payload, { members: 500 })
    expect(again.created).toBe(false)
    expect(again.logins).toEqual(first.logins)
    expect(await count()).toEqual(before)
  })
})
