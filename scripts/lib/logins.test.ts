import { describe, expect, it } from 'vitest'
import { formatLogins } from './logins.ts'

describe('formatLogins', () => {
  it('aligns the columns under Vietnamese headings', () => {
    const table = formatLogins([
      {
        role: 'Biên tập viên cấp tỉnh',
        username: 'bientap',
        password: 'BienTap@2026',
        org: 'Đảng bộ tỉnh Sơn Hà',
      },
      { role: 'Đảng viên', username: '881695976965', password: 'DangVien@2026', org: 'Chi bộ thôn Mỹ Châu' },
    ]).split('\n')
    expect(table[0]).toMatch(/^ {2}Vai trò +Tên đăng nhập +Mật khẩu +Tổ chức$/)
    expect(table).toHaveLength(4)
    const column = (line: string) =>
      line.indexOf('Đảng bộ') >= 0 ? line.indexOf('Đảng bộ') : line.indexOf('Chi bộ')
    expect(column(table[2])).toBe(column(table[3]))
    expect(column(table[2])).toBe(table[0].indexOf('Tổ chức'))
  })
})
