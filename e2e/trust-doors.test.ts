/**
 * The doors found open when the running app was tried from outside, tried again over real HTTP against the
 * stack a user starts: version history, lineage written by clients, and Payload's document locks.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { api, type Session, signIn } from './api.ts'

const stack = inject('stack')
const login = (role: string) => {
  const found = stack.logins.find((l) => l.role === role || l.username === role)
  if (!found) throw new Error(`Dữ liệu mẫu không có tài khoản ${role}.`)
  return found
}

type Id = number | string
const idOf = (ref: unknown): Id => (typeof ref === 'object' && ref ? (ref as { id: Id }).id : (ref as Id))

let superadmin: Session
let committee: Session
let member: Session
/** An `org`-audience news item of a cell outside the member's branch (below the province). */
let foreignNews: { id: Id; org: Id }
let memberLineage: Id[]

const write = (session: Session, path: string, method: string, body: unknown) =>
  api(stack.url, path, { session, method, body: JSON.stringify(body), headers: { origin: stack.url } })

beforeAll(async () => {
  superadmin = await signIn(stack.url, login('quantri'))
  committee = await signIn(stack.url, login('capuy'))
  member = await signIn(stack.url, login('Đảng viên'))
  const me = await api(stack.url, `/api/users/${member.user.id}?depth=0`, { session: superadmin })
  memberLineage = [...(me.body.orgAncestors ?? []), me.body.org].map(idOf).map(String) as Id[]
  const cells = await api(stack.url, '/api/orgs?depth=0&limit=500&where[kind][equals]=chi-bo', {
    session: superadmin,
  })
  const cell = cells.body.docs.find((o: { id: Id; ancestors?: unknown[] }) =>
    [o.id, ...(o.ancestors ?? [])].every(
      (id) => !memberLineage.includes(String(idOf(id))) || String(idOf(id)) === memberLineage[0],
    ),
  )
  if (!cell) throw new Error('Dữ liệu mẫu không có chi bộ nào ngoài nhánh của đảng viên.')
  const created = await write(superadmin, '/api/news?depth=0', 'POST', {
    title: 'Nghị quyết chi bộ về phát triển đảng viên (nội bộ)',
    category: 'co-so',
    audience: 'org',
    org: cell.id,
    _status: 'published',
  })
  expect(created.status).toBe(201)
  const outside = created.body.doc
  foreignNews = { id: outside.id, org: cell.id }
})

describe('version history', () => {
  it.each(['news', 'documents', 'study-topics', 'faq'])(
    '/api/%s/versions gives a member nothing',
    async (slug) => {
      const { status, body } = await api(stack.url, `/api/${slug}/versions?limit=0&depth=0`, {
        session: member,
      })
      expect(status === 403 || body.docs.length === 0, `${slug}: ${status} ${body?.docs?.length}`).toBe(true)
    },
  )

  it('GraphQL version queries give a member nothing', async () => {
    const query = '{ versionsAllNews { docs { id } } versionsDocuments { docs { id } } }'
    const { body } = await write(member, '/api/graphql', 'POST', { query })
    for (const list of Object.values(body.data ?? {}))
      expect((list as { docs: unknown[] } | null)?.docs ?? []).toEqual([])
    expect(body.errors?.length ?? 0).toBeGreaterThan(0)
  })

  it('the committee still reads the history of its own items', async () => {
    const { status, body } = await api(stack.url, '/api/news/versions?limit=5&depth=0', {
      session: committee,
    })
    expect(status).toBe(200)
    expect(body.docs.length).toBeGreaterThan(0)
  })
})

describe('lineage is the server’s', () => {
  it('a member who writes another cell into their own orgAncestors still cannot read it', async () => {
    const forged = [...memberLineage, foreignNews.org]
    await write(member, `/api/users/${member.user.id}`, 'PATCH', { orgAncestors: forged })
    const stored = await api(stack.url, `/api/users/${member.user.id}?depth=0`, { session: superadmin })
    expect(stored.body.orgAncestors.map(idOf).map(String)).not.toContain(String(foreignNews.org))
    // A fresh sign-in carries whatever is stored now.
    const again = await signIn(stack.url, login('Đảng viên'))
    const read = await api(stack.url, `/api/news/${foreignNews.id}?depth=0`, { session: again })
    expect([403, 404]).toContain(read.status)
  })

  it('a committee cannot point its own item into another subtree', async () => {
    const own = await api(stack.url, '/api/news?depth=0&limit=1', { session: committee })
    const item = own.body.docs[0]
    const before = (item.orgAncestors ?? []).map(idOf).map(String)
    const answer = await write(committee, `/api/news/${item.id}`, 'PATCH', {
      orgAncestors: [foreignNews.org],
    })
    expect(answer.status).toBeLessThan(500)
    const after = await api(stack.url, `/api/news/${item.id}?depth=0&draft=true`, { session: superadmin })
    expect(after.body.orgAncestors.map(idOf).map(String)).toEqual(before)
  })
})

describe('Payload’s system collections', () => {
  it('a member cannot lock another cell’s news item', async () => {
    const lock = {
      document: { relationTo: 'news', value: foreignNews.id },
      user: { relationTo: 'users', value: member.user.id },
    }
    const answer = await write(member, '/api/payload-locked-documents', 'POST', lock)
    expect(answer.status).toBe(403)
    const locks = await api(
      stack.url,
      `/api/payload-locked-documents?where[document.value][equals]=${foreignNews.id}`,
      {
        session: superadmin,
      },
    )
    expect(locks.body.docs).toEqual([])
  })

  it('a member reads no one’s locks and no job', async () => {
    expect((await api(stack.url, '/api/payload-locked-documents', { session: member })).status).toBe(403)
    expect((await api(stack.url, '/api/payload-jobs', { session: member })).status).toBe(403)
  })
})
