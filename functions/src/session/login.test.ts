import { buildAccessTree, testPayload } from '@sotay/cms/testing'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { FunctionsApp } from '../app.ts'
import { call, cookieOf, importedMember, sessionApp, storedAccount } from './testing.ts'

let payload: Payload
let app: FunctionsApp
let cell: { id: number | string; name: string }

const PASSWORD = 'Hoa sen 2026'

/** A member who has activated and set PASSWORD. */
async function activeMember(fullName: string) {
  const m = await importedMember(payload, cell, fullName)
  const r = await call(app, '/session/activate', {
    body: { cardNumber: m.cardNumber, activationCode: m.activationCode, newPassword: PASSWORD },
  })
  expect(r.status).toBe(200)
  return m
}

beforeAll(async () => {
  payload = await testPayload()
  app = sessionApp(payload)
  cell = (await buildAccessTree(payload, `lgn${Date.now()}`)).orgs.a1
})

const login = (cardNumber: string, password: string, base?: string) =>
  call(app, '/session/login', { body: { cardNumber, password }, base })

describe('POST /fn/session/login', () => {
  it('signs a member in with their card number and answers their name and cell', async () => {
    const m = await activeMember('Đặng Thị Giang')
    const response = await login(` ${m.cardNumber.slice(0, 4)} ${m.cardNumber.slice(4)} `, PASSWORD)
    expect(response.status).toBe(200)
    expect((await response.json()).member).toMatchObject({
      fullName: 'Đặng Thị Giang',
      cardNumber: m.cardNumber,
      org: { name: cell.name },
      canResetMembers: false,
    })
    const me = await call(app, '/session/me', { cookie: cookieOf(response) })
    expect((await me.json()).member.cardNumber).toBe(m.cardNumber)
  })

  it('sets payload-token HttpOnly, SameSite=Lax, Path=/, and Secure except over plain local HTTP', async () => {
    const m = await activeMember('Bùi Văn Hải')
    const attributes = async (base: string) => {
      const response = await login(m.cardNumber, PASSWORD, base)
      expect(response.status).toBe(200)
      const line = response.headers.getSetCookie().find((c) => c.startsWith('payload-token='))!
      return line.split(';').map((part) => part.trim().split('=')[0].toLowerCase())
    }
    for (const base of ['http://127.0.0.1:3900', 'http://localhost:3900']) {
      const local = await attributes(base)
      expect(local).toEqual(expect.arrayContaining(['httponly', 'samesite', 'path']))
      expect(local).not.toContain('secure')
    }
    for (const base of ['https://sotay.example.vn', 'http://sotay.example.vn', 'https://127.0.0.1:3900']) {
      expect(await attributes(base)).toEqual(
        expect.arrayContaining(['httponly', 'samesite', 'path', 'secure']),
      )
    }
    const line = (await login(m.cardNumber, PASSWORD)).headers.getSetCookie()[0]
    expect(line).toMatch(/; SameSite=Lax(;|$)/)
    expect(line).toMatch(/; Path=\/(;|$)/)
  })

  it('answers a wrong password, an unknown card and a locked account identically', async () => {
    const m = await activeMember('Ngô Thị Hương')
    const answer = async (r: Response) => ({
      status: r.status,
      body: await r.text(),
      headers: [...r.headers].filter(([name]) => name !== 'date'),
    })
    const wrong = await answer(await login(m.cardNumber, 'sai mật khẩu'))
    expect(wrong.status).toBe(401)
    expect(JSON.parse(wrong.body).error.message).toMatch(/Số thẻ đảng viên hoặc mật khẩu không đúng/)
    expect(await answer(await login('100000000009', 'bất kỳ'))).toEqual(wrong)
    for (let i = 0; i < 4; i += 1) expect(await answer(await login(m.cardNumber, `sai ${i}`))).toEqual(wrong)
    expect((await storedAccount(payload, m.id)).lockUntil).toBeTruthy()
    // Locked: even the right password gets the very same answer, and no cookie.
    const locked = await answer(await login(m.cardNumber, PASSWORD))
    expect(locked).toEqual(wrong)
    expect(locked.headers.some(([name]) => name === 'set-cookie')).toBe(false)
  })

  it('refuses an imported member who has never activated, with the same answer', async () => {
    const m = await importedMember(payload, cell, 'Dương Văn Khải')
    const byCode = await login(m.cardNumber, m.activationCode)
    const unknown = await login('100000000010', m.activationCode)
    expect(byCode.status).toBe(401)
    expect(await byCode.text()).toBe(await unknown.text())
  })
})

describe('GET /fn/session/me and POST /fn/session/logout', () => {
  it('answers 401 in Vietnamese without a session', async () => {
    const response = await call(app, '/session/me')
    expect(response.status).toBe(401)
    expect((await response.json()).error.message).toMatch(/chưa đăng nhập/)
    expect((await call(app, '/session/me', { cookie: 'payload-token=khong-hop-le' })).status).toBe(401)
  })

  it('signs out: the cookie is cleared and the session is revoked for Payload too', async () => {
    const m = await activeMember('Lý Thị Mai')
    const cookie = cookieOf(await login(m.cardNumber, PASSWORD))
    const other = cookieOf(await login(m.cardNumber, PASSWORD))
    const response = await call(app, '/session/logout', { body: {}, cookie })
    expect(response.status).toBe(200)
    const cleared = response.headers.getSetCookie()[0]
    expect(cleared).toMatch(/^payload-token=;/)
    expect(cleared).toMatch(/Max-Age=0/)
    // The old token no longer works anywhere, even if a copy was kept; the phone's other session still does.
    expect((await call(app, '/session/me', { cookie })).status).toBe(401)
    expect((await payload.auth({ headers: new Headers({ cookie }) })).user).toBeNull()
    expect((await call(app, '/session/me', { cookie: other })).status).toBe(200)
    // Signing out again, or without a session, is harmless.
    expect((await call(app, '/session/logout', { body: {} })).status).toBe(200)
  })
})
