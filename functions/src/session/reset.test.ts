import { type AccessTree, buildAccessTree, testPayload } from '@sotay/cms/testing'
import { canResetAccount } from '@sotay/content-schemas'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { FunctionsApp } from '../app.ts'
import { call, cookieOf, holdsCode, importedMember, sessionApp, storedAccount } from './testing.ts'

let payload: Payload
let app: FunctionsApp
let tree: AccessTree

/** A signed-in session of a tree user (PASSWORD of the fixture). */
const sessionOf = async (username: string) =>
  cookieOf(await call(app, '/session/login', { body: { cardNumber: username, password: 'MatKhau@2026' } }))

const reset = (cookie: string, cardNumber: string) =>
  call(app, '/session/reset', { body: { cardNumber }, cookie })

beforeAll(async () => {
  payload = await testPayload()
  app = sessionApp(payload)
  tree = await buildAccessTree(payload, `rst${Date.now()}`)
})

describe('POST /fn/session/reset', () => {
  it('lets the cell secretary issue a new code: old password and sessions stop, the member activates again', async () => {
    const m = await importedMember(payload, tree.orgs.a1, 'Cao Thị Nga')
    await call(app, '/session/activate', {
      body: { cardNumber: m.cardNumber, activationCode: m.activationCode, newPassword: 'QuenMatRoi' },
    })
    const memberSession = cookieOf(
      await call(app, '/session/login', { body: { cardNumber: m.cardNumber, password: 'QuenMatRoi' } }),
    )

    const response = await reset(await sessionOf(tree.users.secretaryA1.username), m.cardNumber)
    expect(response.status).toBe(200)
    const { activationCode, member } = await response.json()
    expect(member).toMatchObject({ cardNumber: m.cardNumber, fullName: 'Cao Thị Nga' })
    expect(activationCode).toMatch(/^[A-Z2-9]{8}$/)
    const stored = await storedAccount(payload, m.id)
    expect(holdsCode(payload, stored, activationCode)).toBe(true)
    expect(stored.activatedAt ?? null).toBeNull()

    expect((await call(app, '/session/me', { cookie: memberSession })).status).toBe(401)
    const old = await call(app, '/session/login', {
      body: { cardNumber: m.cardNumber, password: 'QuenMatRoi' },
    })
    expect(old.status).toBe(401)
    const again = await call(app, '/session/activate', {
      body: { cardNumber: m.cardNumber, activationCode, newPassword: 'NhoRoiNhe' },
    })
    expect(again.status).toBe(200)
  })

  it('lets a committee reset members anywhere below it', async () => {
    const m = await importedMember(payload, tree.orgs.a1, 'Tạ Văn Ôn')
    expect((await reset(await sessionOf(tree.users.adminA.username), m.cardNumber)).status).toBe(200)
  })

  it('refuses a member of another subtree as not found, and changes nothing', async () => {
    const outside = await importedMember(payload, tree.orgs.b1, 'Mạc Thị Phương')
    for (const who of [tree.users.secretaryA1, tree.users.adminA]) {
      const response = await reset(await sessionOf(who.username), outside.cardNumber)
      expect(response.status).toBe(404)
      expect((await response.json()).error.message).toMatch(/trong phạm vi bạn quản lý/)
    }
    expect(holdsCode(payload, await storedAccount(payload, outside.id), outside.activationCode)).toBe(true)
    expect((await reset(await sessionOf(tree.users.adminB.username), outside.cardNumber)).status).toBe(200)
  })

  it('refuses members, editors, strangers and one’s own account', async () => {
    const m = await importedMember(payload, tree.orgs.a1, 'Khúc Văn Quang')
    for (const who of [tree.users.memberA1, tree.users.editorA]) {
      const response = await reset(await sessionOf(who.username), m.cardNumber)
      expect(response.status).toBe(403)
      expect((await response.json()).error.message).toMatch(/bí thư chi bộ hoặc cấp ủy/)
    }
    expect((await call(app, '/session/reset', { body: { cardNumber: m.cardNumber } })).status).toBe(401)
    const self = await sessionOf(tree.users.secretaryA1.username)
    expect((await reset(self, tree.users.secretaryA1.username)).status).toBe(403)
    expect(holdsCode(payload, await storedAccount(payload, m.id), m.activationCode)).toBe(true)
  })
})

describe('canResetAccount (access rule)', () => {
  const secretaryA1 = { id: 1, grants: [{ role: 'secretary' as const, org: 'a1' }] }
  const memberIn = (org: string, ancestors: string[]) => ({ id: 9, org, orgAncestors: ancestors })

  it('allows a member admin inside the subtree only', () => {
    expect(canResetAccount(secretaryA1, memberIn('a1', ['root', 'a']))).toBe(true)
    expect(canResetAccount(secretaryA1, memberIn('a2', ['root', 'a']))).toBe(false)
    expect(canResetAccount(secretaryA1, memberIn('b1', ['root', 'b']))).toBe(false)
    const committeeA = { id: 2, grants: [{ role: 'committee' as const, org: 'a' }] }
    expect(canResetAccount(committeeA, memberIn('a2', ['root', 'a']))).toBe(true)
    expect(canResetAccount(committeeA, memberIn('b1', ['root', 'b']))).toBe(false)
  })

  it('never lets an editor, a plain member or oneself through, nor a secretary onto an admin account', () => {
    expect(
      canResetAccount({ id: 3, grants: [{ role: 'editor', org: 'root' }] }, memberIn('a1', ['root', 'a'])),
    ).toBe(false)
    expect(canResetAccount({ id: 4 }, memberIn('a1', ['root', 'a']))).toBe(false)
    expect(canResetAccount(null, memberIn('a1', ['root', 'a']))).toBe(false)
    expect(canResetAccount(secretaryA1, { ...memberIn('a1', ['root', 'a']), id: 1 })).toBe(false)
    const committeeInCell = {
      ...memberIn('a1', ['root', 'a']),
      grants: [{ role: 'committee' as const, org: 'a' }],
    }
    expect(canResetAccount(secretaryA1, committeeInCell)).toBe(false)
    expect(canResetAccount({ id: 5, grants: [{ role: 'superadmin', org: 'root' }] }, committeeInCell)).toBe(
      true,
    )
  })
})
