/** The demo logins as a plain-text table for the terminal, with Vietnamese headings. */

/** A demo account as cms/src/seed returns it; `role` is Vietnamese, e.g. "Biên tập viên cấp tỉnh". */
export interface DemoLogin {
  role: string
  username: string
  password: string
  org: string
}

const HEADINGS = ['Vai trò', 'Tên đăng nhập', 'Mật khẩu', 'Tổ chức']

export function formatLogins(logins: DemoLogin[]): string {
  const rows = logins.map((login) => [login.role, login.username, login.password, login.org ?? ''])
  const widths = HEADINGS.map((heading, column) =>
    Math.max(heading.length, ...rows.map((row) => row[column].length)),
  )
  const line = (cells: string[]) =>
    `  ${cells
      .map((cell, column) => cell.padEnd(widths[column]))
      .join('  ')
      .trimEnd()}`
  return [line(HEADINGS), line(widths.map((width) => '─'.repeat(width))), ...rows.map(line)].join('\n')
}
