import { buildAccessTree, testPayload } from '@sotay/cms/testing'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { FunctionsApp } from '../app.ts'
import { call, cookieOf, holdsCode, importedMember, sessionApp, storedAccount } from './testing.ts'

let payload: Payload
let app: FunctionsApp
let cell: { id: number | string; name: string }

beforeAll(async () => {
  payload = await testPayload()
  app = sessionApp(payload)
  cell = (await buildAccessTree(payload, `act${Date.now()}`)).orgs.a1
})

const activate = (body: unknown) => call(app, '/session/activate', { body })

describe('POST /fn/session/activate', () => {
  it('sets the password, clears the one-time code, records activatedAt and signs the member in', async () => {
    const m = await importedMember(payload, cell, 'Nguyễn Thị Lan')
    const response = await activate({
      cardNumber: m.cardNumber,
      activationCode: m.activationCode.toLowerCase().replace(/(.{4})/, '$1-'),
      newPassword: 'Sen hồng 2026',
    })
    expect(response.status).toBe(200)
    const { member } = await response.json()
    expect(member).toMatchObject({
      fullName: 'Nguyễn Thị Lan',
      cardNumber: m.cardNumber,
      org: { name: cell.name },
    })

    const stored = await storedAccount(payload, m.id)
    expect(stored.activationCode ?? null).toBeNull()
    expect(stored.activatedAt).toBeTruthy()

    // The cookie is Payload's own: the REST API and /fn/session/me both know the member.
    const cookie = cookieOf(response)
    const { user } = await payload.auth({ headers: new Headers({ cookie }) })
    expect(user?.id).toBe(m.id)
    const me = await call(app, '/session/me', { cookie })
    expect((await me.json()).member.fullName).toBe('Nguyễn Thị Lan')

    // The new password works for the next sign-in.
    const login = await call(app, '/session/login', {
      body: { cardNumber: m.cardNumber, password: 'Sen hồng 2026' },
    })
    expect(login.status).toBe(200)
  })

  it('refuses a wrong code in Vietnamese and leaves the account as it was', async () => {
    const m = await importedMember(payload, cell, 'Trần Văn Bảo')
    const wrong = m.activationCode === 'ABCDEFGH' ? 'ABCDEFGJ' : 'ABCDEFGH'
    const response = await activate({
      cardNumber: m.cardNumber,
      activationCode: wrong,
      newPassword: 'MatKhauMoi1',
    })
    expect(response.status).toBe(401)
    expect((await response.json()).error.message).toMatch(/mã kích hoạt không đúng/)
    const stored = await storedAccount(payload, m.id)
    expect(holdsCode(payload, stored, m.activationCode)).toBe(true)
    expect(stored.activatedAt ?? null).toBeNull()
  })

  it('answers an unknown card exactly like a wrong code', async () => {
    const m = await importedMember(payload, cell, 'Lê Thị Cúc')
    const unknown = await activate({
      cardNumber: '100000000001',
      activationCode: m.activationCode,
      newPassword: 'MatKhauMoi1',
    })
    const wrong = await activate({
      cardNumber: m.cardNumber,
      activationCode: 'ZZZZZZZZ',
      newPassword: 'MatKhauMoi1',
    })
    expect(unknown.status).toBe(wrong.status)
    expect(await unknown.text()).toBe(await wrong.text())
  })

  it('refuses a code that was already used', async () => {
    const m = await importedMember(payload, cell, 'Phạm Văn Dũng')
    const first = await activate({
      cardNumber: m.cardNumber,
      activationCode: m.activationCode,
      newPassword: 'LanDau2026',
    })
    expect(first.status).toBe(200)
    const again = await activate({
      cardNumber: m.cardNumber,
      activationCode: m.activationCode,
      newPassword: 'KeKhac2026',
    })
    expect(again.status).toBe(401)
    expect((await again.json()).error.message).toMatch(/đã được dùng/)
    // The password set by the first activation still stands; the second changed nothing.
    const login = await call(app, '/session/login', {
      body: { cardNumber: m.cardNumber, password: 'LanDau2026' },
    })
    expect(login.status).toBe(200)
    const other = await call(app, '/session/login', {
      body: { cardNumber: m.cardNumber, password: 'KeKhac2026' },
    })
    expect(other.status).toBe(401)
  })

  it('refuses a weak password and keeps the code usable', async () => {
    const m = await importedMember(payload, cell, 'Hoàng Thị Én')
    for (const [newPassword, message] of [
      ['ngan', /ít nhất 8 ký tự/],
      ['        ', /ít nhất 8 ký tự/],
      [m.cardNumber, /trùng với số thẻ/],
      ['x'.repeat(129), /quá dài/],
    ] as const) {
      const response = await activate({
        cardNumber: m.cardNumber,
        activationCode: m.activationCode,
        newPassword,
      })
      expect(response.status).toBe(400)
      expect((await response.json()).error.message).toMatch(message)
    }
    expect(holdsCode(payload, await storedAccount(payload, m.id), m.activationCode)).toBe(true)
    const ok = await activate({
      cardNumber: m.cardNumber,
      activationCode: m.activationCode,
      newPassword: 'đủ tám ký tự',
    })
    expect(ok.status).toBe(200)
  })

  it('activates an account locked by failed sign-ins', async () => {
    const m = await importedMember(payload, cell, 'Vũ Văn Phúc')
    for (let i = 0; i < 5; i += 1) {
      await call(app, '/session/login', { body: { cardNumber: m.cardNumber, password: m.activationCode } })
    }
    expect((await storedAccount(payload, m.id)).lockUntil).toBeTruthy()
    const response = await activate({
      cardNumber: m.cardNumber,
      activationCode: m.activationCode,
      newPassword: 'MoKhoa2026',
    })
    expect(response.status).toBe(200)
  })
})
