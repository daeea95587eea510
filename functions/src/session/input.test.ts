import { buildAccessTree, testPayload } from '@sotay/cms/testing'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { FunctionsApp } from '../app.ts'
import { type CallOptions, call, holdsCode, importedMember, sessionApp, storedAccount } from './testing.ts'

let payload: Payload
let app: FunctionsApp
let member: Awaited<ReturnType<typeof importedMember>>

beforeAll(async () => {
  payload = await testPayload()
  app = sessionApp(payload)
  const tree = await buildAccessTree(payload, `inp${Date.now()}`)
  member = await importedMember(payload, tree.orgs.a1, 'Châu Thị Sương')
})

const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i

async function expectRefusal(path: string, options: CallOptions, status: number, message: RegExp) {
  const response = await call(app, path, options)
  expect(response.status).toBe(status)
  expect(response.headers.get('set-cookie')).toBeNull()
  const { error } = await response.json()
  expect(error.message).toMatch(message)
  expect(error.message).toMatch(VIETNAMESE)
}

describe('session functions refuse bad input in Vietnamese and change nothing', () => {
  it('wrong types and missing fields', async () => {
    const good = {
      cardNumber: member.cardNumber,
      activationCode: member.activationCode,
      newPassword: 'MatKhau2026',
    }
    const cases: [unknown, RegExp][] = [
      [{ ...good, cardNumber: 123456789 }, /Số thẻ đảng viên không hợp lệ/],
      [{ ...good, cardNumber: ['1'] }, /Số thẻ đảng viên không hợp lệ/],
      [{ ...good, cardNumber: undefined }, /Hãy nhập số thẻ/],
      [{ ...good, cardNumber: 'a'.repeat(65) }, /Số thẻ đảng viên không hợp lệ/],
      [{ ...good, cardNumber: "1' OR 1=1 --" }, /Số thẻ đảng viên không hợp lệ/],
      [{ ...good, activationCode: 12345678 }, /Mã kích hoạt không hợp lệ/],
      [{ ...good, activationCode: { $ne: '' } }, /Mã kích hoạt không hợp lệ/],
      [{ ...good, activationCode: '' }, /Hãy nhập mã kích hoạt/],
      [{ ...good, newPassword: 12345678 }, /Mật khẩu không hợp lệ/],
      [{ ...good, newPassword: null }, /ít nhất 8 ký tự/],
    ]
    for (const [body, message] of cases) await expectRefusal('/session/activate', { body }, 400, message)
    await expectRefusal(
      '/session/login',
      { body: { cardNumber: member.cardNumber, password: true } },
      400,
      /Mật khẩu không hợp lệ/,
    )
    await expectRefusal(
      '/session/login',
      { body: { cardNumber: member.cardNumber } },
      400,
      /Hãy nhập mật khẩu/,
    )
  })

  it('bodies that are not a small JSON object', async () => {
    const path = '/session/login'
    await expectRefusal(path, { body: '{"cardNumber": "1234' }, 400, /không phải JSON hợp lệ/)
    await expectRefusal(path, { body: '[1,2,3]' }, 400, /phải là một đối tượng JSON/)
    await expectRefusal(path, { body: 'null' }, 400, /phải là một đối tượng JSON/)
    await expectRefusal(path, { body: '' }, 400, /không phải JSON hợp lệ/)
    await expectRefusal(path, { body: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]) }, 400, /UTF-8/)
    const huge = JSON.stringify({ cardNumber: member.cardNumber, password: 'x'.repeat(1024 * 1024) })
    await expectRefusal(path, { body: huge }, 413, /quá lớn/)
  })

  it('content types other than JSON, and requests from another origin or none', async () => {
    const body = JSON.stringify({ cardNumber: member.cardNumber, password: 'x' })
    for (const contentType of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data',
      null,
    ]) {
      await expectRefusal('/session/login', { body, contentType }, 415, /dạng JSON/)
    }
    for (const origin of ['https://ke-gian.example', 'null', null]) {
      await expectRefusal('/session/login', { body, origin }, 403, /không được gửi từ chính trang/)
      await expectRefusal('/session/logout', { body: '{}', origin }, 403, /không được gửi từ chính trang/)
    }
    await expectRefusal('/session/login', { method: 'GET' }, 405, /Phương thức/)
  })

  it('left the account exactly as it was', async () => {
    const stored = await storedAccount(payload, member.id)
    expect(holdsCode(payload, stored, member.activationCode)).toBe(true)
    expect(stored.activatedAt ?? null).toBeNull()
    expect(stored.loginAttempts ?? 0).toBe(0)
  })
})
