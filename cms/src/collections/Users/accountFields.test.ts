/**
 * Users' account secrets and server-owned fields through the real doors (REST routing and GraphQL): content
 * roles cannot read activation codes or personal fields, and no client writes card numbers or account state.
 */
import { randomBytes } from 'node:crypto'
import { generateActivationCode } from '@sotay/content-schemas'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { type AccessTree, buildAccessTree, type TreeUser } from '../../../test/fixtures/accessTree.ts'
import { testPayload } from '../../../test/payload.ts'
import { graphqlAs, restAs } from '../../../test/requests.ts'

let payload: Payload
/** The fixture's users are typed without Payload's generated types; their username is there all the same. */
const cardOf = (user: TreeUser) => (user as unknown as { username: string }).username
let tree: AccessTree
let pending: { id: number | string }

const rest = (method: string, path: string, user?: TreeUser, body?: unknown) =>
  restAs(payload, path, user, { method, body })
const graphql = (query: string, user?: TreeUser) => graphqlAs(payload, query, user)

const stored = (id: number | string) =>
  payload.findByID({
    collection: 'users',
    id,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
  }) as Promise<Record<string, any>>

const PERSONAL = [
  'username',
  'phone',
  'birthDate',
  'gender',
  'status',
  'activatedAt',
  'activationCode',
  'email',
]

beforeAll(async () => {
  payload = await testPayload()
  tree = await buildAccessTree(payload, `UAF${Date.now()}`)
  await payload.update({
    collection: 'users',
    id: tree.users.memberA1.id,
    data: { phone: '0912345678', birthDate: '1980-01-01T12:00:00.000Z', gender: 'nu' },
  })
  const doc = await payload.create({
    collection: 'users',
    data: {
      username: `6${String(Date.now()).slice(-11)}`,
      fullName: 'Chờ Kích Hoạt',
      org: tree.orgs.a1.id,
      activationCode: generateActivationCode(),
      password: randomBytes(24).toString('base64url'),
      phone: '0987000111',
    },
  })
  pending = { id: doc.id }
})

describe('activation codes', () => {
  it('are stored sealed, never as the code', async () => {
    expect((await stored(pending.id)).activationCode).toMatch(/^v1:\d+:[0-9a-f]{64}$/)
  })

  it('cannot be read or queried by anyone through REST, not even a superadmin', async () => {
    for (const who of [tree.users.provinceEditor, tree.users.adminA, tree.users.superadmin]) {
      const query = await rest('GET', '/users?where[activationCode][exists]=true&depth=0&limit=0', who)
      if (query.status === 200) {
        const body = await query.json()
        expect(body.docs.some((d: Record<string, unknown>) => d.activationCode)).toBe(false)
      } else {
        expect(query.status).toBeGreaterThanOrEqual(400)
        expect(query.status).toBeLessThan(500)
      }
      const byId = await (await rest('GET', `/users/${pending.id}?depth=0`, who)).json()
      expect(byId.activationCode).toBeUndefined()
    }
  })

  it('cannot be read through GraphQL', async () => {
    const result = await graphql(
      '{ Users(limit: 0) { docs { id activationCode } } }',
      tree.users.provinceEditor,
    )
    const docs = result.data?.Users?.docs ?? []
    expect(docs.some((d: { activationCode?: string | null }) => d.activationCode)).toBe(false)
  })
})

describe('personal fields', () => {
  it('are hidden from an editor (REST and GraphQL), who still sees names', async () => {
    const body = await (
      await rest(
        'GET',
        `/users?where[org][equals]=${tree.orgs.a1.id}&depth=0&limit=0`,
        tree.users.provinceEditor,
      )
    ).json()
    const member = body.docs.find((d: { id: unknown }) => String(d.id) === String(tree.users.memberA1.id))
    expect(member.fullName).toBe('Đỗ Thị Hoa')
    for (const field of PERSONAL) expect(member[field]).toBeUndefined()
    const result = await graphql(
      `{ User(id: ${JSON.stringify(tree.users.memberA1.id)}) { fullName username phone birthDate } }`,
      tree.users.provinceEditor,
    )
    expect(result.data.User.fullName).toBe('Đỗ Thị Hoa')
    expect(result.data.User.phone ?? null).toBeNull()
    expect(result.data.User.username ?? null).toBeNull()
    expect(result.data.User.birthDate ?? null).toBeNull()
  })

  it('are read by the person and by the member admins of their subtree, not by those of another', async () => {
    for (const who of [
      tree.users.memberA1,
      tree.users.secretaryA1,
      tree.users.adminA,
      tree.users.superadmin,
    ]) {
      const doc = await (await rest('GET', `/users/${tree.users.memberA1.id}?depth=0`, who)).json()
      expect(doc.phone).toBe('0912345678')
      expect(doc.username).toBe(cardOf(tree.users.memberA1))
    }
    const response = await rest('GET', `/users/${tree.users.memberA1.id}?depth=0`, tree.users.adminB)
    expect(response.status).toBeGreaterThanOrEqual(400)
  })
})

describe('server-owned fields', () => {
  it('a member cannot change their own card number (REST): 403 in Vietnamese, nothing changes', async () => {
    const me = tree.users.memberA1
    const response = await rest('PATCH', `/users/${me.id}`, me, { username: '999999999999' })
    expect(response.status).toBe(403)
    expect((await response.json()).errors[0].message).toMatch(/Cấp lại thẻ/)
    expect((await stored(me.id)).username).toBe(cardOf(me))
  })

  it('a member cannot change their own card number (GraphQL)', async () => {
    const me = tree.users.memberA1
    const result = await graphql(
      `mutation { updateUser(id: ${JSON.stringify(me.id)}, data: { username: "888888888888" }) { id } }`,
      me,
    )
    expect(result.errors?.length).toBeGreaterThan(0)
    expect((await stored(me.id)).username).toBe(cardOf(me))
  })

  it('no admin writes the card number, activation or lockout through the API either', async () => {
    for (const data of [
      { username: '777777777777' },
      { activatedAt: '2026-01-01T00:00:00.000Z' },
      { activationCode: 'ABCDEFGH' },
      { lockUntil: '2099-01-01T00:00:00.000Z' },
      { loginAttempts: 3 },
      { cardHistory: [{ number: '1', reason: 'x', replacedAt: '2026-01-01T00:00:00.000Z' }] },
    ]) {
      for (const who of [tree.users.secretaryA1, tree.users.superadmin]) {
        const response = await rest('PATCH', `/users/${pending.id}`, who, data)
        expect(response.status, JSON.stringify(data)).toBe(403)
      }
    }
    const after = await stored(pending.id)
    expect(after.activatedAt ?? null).toBeNull()
    expect(after.activationCode).toMatch(/^v1:/)
    expect(after.lockUntil ?? null).toBeNull()
    expect(after.cardHistory ?? []).toEqual([])
  })

  it('a member changes their phone, email and notification settings, and nothing else', async () => {
    const me = tree.users.memberA1
    const ok = await rest('PATCH', `/users/${me.id}`, me, {
      phone: '0900111222',
      email: 'hoa.a1@example.vn',
      notificationSettings: { push: false, email: true },
    })
    expect(ok.status).toBe(200)
    const after = await stored(me.id)
    expect(after).toMatchObject({ phone: '0900111222', email: 'hoa.a1@example.vn' })
    expect(after.notificationSettings.push).toBe(false)
    for (const data of [
      { fullName: 'Tên Khác' },
      { birthDate: '1990-01-01T12:00:00.000Z' },
      { password: 'MatKhauMoi2026' },
    ]) {
      const response = await rest('PATCH', `/users/${me.id}`, me, data)
      expect(response.status, JSON.stringify(data)).toBe(403)
      expect((await response.json()).errors[0].message).toMatch(/số điện thoại, email và cài đặt thông báo/)
    }
    expect((await stored(me.id)).fullName).toBe('Đỗ Thị Hoa')
    // Status is a member admin's field: field access drops the member's write, so nothing changes either.
    await rest('PATCH', `/users/${me.id}`, me, { status: 'da-chuyen-di' })
    expect((await stored(me.id)).status).toBe('chinh-thuc')
  })

  it('an admin may set a password only on an account they may reset', async () => {
    const response = await rest('PATCH', `/users/${tree.users.memberA1.id}`, tree.users.adminB, {
      password: 'ChiemQuyen2026',
    })
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
  })
})
