import { describe, expect, it } from 'vitest'
import { readCardNumber, readDate, readEmail, readGender, readPhone } from './cells.ts'
import type { RowError } from './row.ts'
import { type KnownOrg, type RawMemberRow, type ValidationContext, validateRows } from './validate.ts'

const org = (id: number, code: string, inScope = true): [string, KnownOrg] => [
  code,
  { id, code, ancestors: [1], inScope },
]
const ctx: ValidationContext = {
  orgs: new Map([org(10, 'CB-01'), org(11, 'CB-02'), org(20, 'KHAC-01', false)]),
  today: '2026-06-01',
}

let line = 1
function raw(values: RawMemberRow['values']): RawMemberRow {
  line += 1
  return {
    row: line,
    values: { cardNumber: `1000${line}00`, fullName: 'Nguyễn Văn An', orgCode: 'CB-01', ...values },
  }
}
const messages = (errors: RowError[]) => errors.map((e) => `${e.row}:${e.column}:${e.message}`)

describe('reading cells', () => {
  it('reads the date forms member lists use', () => {
    expect(readDate('05/09/1985')).toBe('1985-09-05')
    expect(readDate('5/9/1985')).toBe('1985-09-05')
    expect(readDate('1985-09-05')).toBe('1985-09-05')
    expect(readDate('05.09.1985')).toBe('1985-09-05')
    expect(readDate(31295)).toBe('1985-09-05') // Excel serial
    expect(readDate(1985)).toBeUndefined() // a year alone
    expect(readDate('31295')).toBe('1985-09-05')
    expect(readDate(new Date(Date.UTC(1985, 8, 5)))).toBe('1985-09-05')
    expect(readDate(new Date(Date.UTC(1985, 8, 4, 23, 59, 59, 999)))).toBe('1985-09-05')
    expect(readDate('')).toBeNull()
    expect(readDate(undefined)).toBeNull()
    for (const bad of ['31/02/1990', '1990/13/01', '12/1990', 'hôm qua', '00/01/1990', '5/9/85']) {
      expect(readDate(bad), bad).toBeUndefined()
    }
  })

  it('reads gender, phone, email and card numbers', () => {
    expect(['Nam', 'nam', 'NAM', 'M', 'm'].map(readGender)).toEqual(['nam', 'nam', 'nam', 'nam', 'nam'])
    expect(['Nữ', 'nữ', 'nu', 'NU', 'F'].map(readGender)).toEqual(['nu', 'nu', 'nu', 'nu', 'nu'])
    expect(readGender('Khác')).toBeUndefined()
    expect(readPhone('0912 345 678')).toBe('0912345678')
    expect(readPhone('+84912345678')).toBe('0912345678')
    expect(readPhone('+84 91.234.5678')).toBe('0912345678')
    expect(readPhone(912345678)).toBe('0912345678') // an Excel number cell lost its leading 0
    expect(readPhone('912345678')).toBeUndefined()
    expect(readPhone('091234567')).toBeUndefined()
    expect(readPhone('09123456789')).toBeUndefined()
    expect(readEmail(' An.Nguyen@Example.VN ')).toBe('an.nguyen@example.vn')
    expect(readEmail('an@example')).toBeUndefined()
    expect(readCardNumber('12345678')).toBe('12345678')
    expect(readCardNumber(123456789012)).toBe('123456789012')
    expect(readCardNumber('12345')).toBeUndefined()
    expect(readCardNumber('1234567890123')).toBeUndefined()
    expect(readCardNumber('12.345.678')).toBeUndefined()
  })
})

describe('validateRows', () => {
  it('passes good rows through, normalised, in file order', () => {
    const good = raw({
      cardNumber: ' 01234567 ',
      fullName: '  Trần   Thị Bình ',
      birthDate: '14/05/1990',
      gender: 'Nữ',
      admittedAt: '2015-03-02',
      officialAt: '02/03/2016',
      orgCode: 'cb-02',
      phone: '+84 912 345 678',
      email: 'Binh@Example.vn',
    })
    const { rows, errors } = validateRows([good], ctx)
    expect(errors).toEqual([])
    expect(rows).toEqual([
      {
        row: good.row,
        cardNumber: '01234567',
        fullName: 'Trần Thị Bình',
        birthDate: '1990-05-14',
        gender: 'nu',
        admittedAt: '2015-03-02',
        officialAt: '2016-03-02',
        orgCode: 'CB-02',
        phone: '0912345678',
        email: 'binh@example.vn',
      },
    ])
  })

  it('reports every bad row with its number and a Vietnamese reason', () => {
    const rows = [
      raw({ cardNumber: '' }),
      raw({ fullName: '' }),
      raw({ cardNumber: '12AB5678' }),
      raw({ birthDate: '31/02/1990' }),
      raw({ admittedAt: '01/01/2010', officialAt: '01/01/2009' }),
      raw({ birthDate: '01/01/2011', admittedAt: '01/01/2010' }),
      raw({ birthDate: '01/06/1995', admittedAt: '31/05/2013' }),
      raw({ orgCode: 'KHONG-CO' }),
      raw({ orgCode: 'KHAC-01' }),
      raw({ orgCode: '' }),
      raw({ gender: 'X' }),
      raw({ email: 'an@' }),
      raw({ phone: '12345' }),
      raw({ admittedAt: '01/01/2030' }),
    ]
    const { rows: valid, errors } = validateRows(rows, ctx)
    expect(valid).toEqual([])
    const at = (i: number) => messages(errors.filter((e) => e.row === rows[i].row))
    expect(at(0)).toEqual([`${rows[0].row}:cardNumber:Thiếu số thẻ đảng viên.`])
    expect(at(1)).toEqual([`${rows[1].row}:fullName:Thiếu họ và tên.`])
    expect(at(2)[0]).toContain('Số thẻ đảng viên “12AB5678” không hợp lệ')
    expect(at(3)[0]).toContain('Ngày sinh “31/02/1990” không đọc được')
    expect(at(4)[0]).toContain('Ngày chính thức (01/01/2009) trước ngày vào Đảng (01/01/2010).')
    expect(at(5)[0]).toContain('Ngày sinh (01/01/2011) không thể sau ngày vào Đảng (01/01/2010).')
    expect(at(6)[0]).toContain('Vào Đảng khi chưa đủ 18 tuổi (sinh 01/06/1995, vào Đảng 31/05/2013).')
    expect(at(7)[0]).toContain('Không có tổ chức nào mang mã “KHONG-CO”.')
    expect(at(8)[0]).toContain('Tổ chức “KHAC-01” không thuộc phạm vi quản lý của bạn.')
    expect(at(9)[0]).toContain('Thiếu mã tổ chức.')
    expect(at(10)[0]).toContain('Giới tính “X” không hợp lệ; hãy ghi Nam hoặc Nữ.')
    expect(at(11)[0]).toContain('Email “an@” không hợp lệ.')
    expect(at(12)[0]).toContain('Số điện thoại “12345” không hợp lệ')
    expect(at(13)[0]).toContain('Ngày vào Đảng 01/01/2030 ở sau ngày hôm nay.')
    expect(errors.map((e) => e.row)).toEqual([...errors.map((e) => e.row)].sort((a, b) => a - b))
  })

  it('accepts turning 18 on the day of admission', () => {
    const { errors } = validateRows([raw({ birthDate: '29/02/1996', admittedAt: '28/02/2014' })], ctx)
    expect(errors).toHaveLength(1)
    const ok = validateRows([raw({ birthDate: '01/06/1995', admittedAt: '01/06/2013' })], ctx)
    expect(ok.errors).toEqual([])
  })

  it('reports a card number used twice on both rows, and keeps the other rows', () => {
    const a = raw({ cardNumber: '55555555' })
    const b = raw({})
    const c = raw({ cardNumber: '55555555' })
    const { rows, errors } = validateRows([a, b, c], ctx)
    expect(rows.map((r) => r.row)).toEqual([b.row])
    expect(messages(errors)).toEqual([
      `${a.row}:cardNumber:Số thẻ 55555555 bị trùng với dòng ${c.row}.`,
      `${c.row}:cardNumber:Số thẻ 55555555 bị trùng với dòng ${a.row}.`,
    ])
  })

  it('reports an email used twice in the file or already held by another account', () => {
    const a = raw({ email: 'chung@example.vn' })
    const b = raw({ email: 'CHUNG@example.vn' })
    const c = raw({ cardNumber: '77777777', email: 'cu@example.vn' })
    const d = raw({ email: 'khac@example.vn' })
    const owners = new Map([
      ['cu@example.vn', '77777777'],
      ['khac@example.vn', '99999999'],
    ])
    const { rows, errors } = validateRows([a, b, c, d], { ...ctx, emailOwners: owners })
    expect(rows.map((r) => r.row)).toEqual([c.row])
    expect(messages(errors)).toEqual([
      `${a.row}:email:Email chung@example.vn bị trùng với dòng ${b.row}.`,
      `${b.row}:email:Email chung@example.vn bị trùng với dòng ${a.row}.`,
      `${d.row}:email:Email khac@example.vn đã được dùng cho một tài khoản khác.`,
    ])
  })

  it('refuses cards of members outside the subtree and card numbers retired by a re-issue', () => {
    const outside = raw({ cardNumber: '88888888' })
    const inside = raw({ cardNumber: '66666666' })
    const retired = raw({ cardNumber: '44444444' })
    const { rows, errors } = validateRows([outside, inside, retired], {
      ...ctx,
      existingCards: new Map([
        ['88888888', { inScope: false }],
        ['66666666', { inScope: true }],
      ]),
      retiredCards: new Set(['44444444']),
    })
    expect(rows.map((r) => r.row)).toEqual([inside.row])
    expect(messages(errors)).toEqual([
      `${outside.row}:cardNumber:Số thẻ 88888888 thuộc một đảng viên không thuộc phạm vi quản lý của bạn.`,
      `${retired.row}:cardNumber:Số thẻ 44444444 đã được thay bằng số thẻ mới khi cấp lại thẻ; hãy dùng số thẻ mới.`,
    ])
  })
})
