/**
 * `tsx src/seed/cli.ts [--members N]`: seeds the demo province into the configured database (the
 * embedded SQLite file by default), shows progress on stderr and prints the demo logins.
 */

import type { Payload } from 'payload'
import { openPayload } from '../openPayload.ts'
import type { DemoLogin } from './index.ts'
import { MAX_MEMBERS } from './limits.ts'

// Like `next start`: apply migrations rather than push the schema, so the database stays migratable.
const env = process.env as Record<string, string | undefined>
env.NODE_ENV ??= 'production'
// Scheduled posts are published by the server, not by this short-lived process.
env.JOBS_AUTORUN ??= 'false'

const number = (n: number) => n.toLocaleString('vi-VN')

function parseMembers(args: string[]): number | undefined {
  const at = args.findIndex((a) => a === '--members' || a.startsWith('--members='))
  if (at < 0) return undefined
  const raw = args[at]!.includes('=') ? args[at]!.split('=')[1] : args[at + 1]
  const value = Number(raw?.replace(/[.,_]/g, ''))
  if (!Number.isInteger(value) || value < 1) throw new Error(`Số đảng viên không hợp lệ: “${raw ?? ''}”.`)
  if (value > MAX_MEMBERS) throw new Error(`Dữ liệu mẫu có tối đa ${number(MAX_MEMBERS)} đảng viên.`)
  return value
}

function progressPrinter() {
  const tty = process.stderr.isTTY
  let last = ''
  return (step: string, done: number, total: number) => {
    const line = `${step}: ${number(done)}/${number(total)}`
    if (tty) process.stderr.write(`\r\x1b[2K${line}${done >= total ? '\n' : ''}`)
    else if (done >= total && line !== last) process.stderr.write(`${line}\n`)
    last = line
  }
}

function loginTable(logins: DemoLogin[]): string {
  const head = { role: 'Vai trò', username: 'Tên đăng nhập', password: 'Mật khẩu', org: 'Tổ chức' }
  const rows = [head, ...logins]
  const width = (key: keyof DemoLogin) => Math.max(...rows.map((r) => r[key].length))
  const cols: (keyof DemoLogin)[] = ['role', 'username', 'password', 'org']
  const line = (r: DemoLogin) =>
    cols
      .map((c) => r[c].padEnd(width(c)))
      .join('  ')
      .trimEnd()
  return [line(head), cols.map((c) => '-'.repeat(width(c))).join('  '), ...logins.map(line)].join('\n')
}

async function main() {
  const members = parseMembers(process.argv.slice(2))
  const started = Date.now()
  const { seedDemo } = await import('./index.ts')
  const payload: Payload = await openPayload()
  try {
    const result = await seedDemo(payload, { members, onProgress: progressPrinter() })
    const seconds = ((Date.now() - started) / 1000).toLocaleString('vi-VN', { maximumFractionDigits: 1 })
    process.stderr.write(
      result.created
        ? `Đã tạo dữ liệu mẫu sau ${seconds} giây.\n`
        : 'Dữ liệu mẫu đã có sẵn, không tạo thêm.\n',
    )
    process.stdout.write(`\nTài khoản mẫu (chỉ dùng để thử, hãy đổi mật khẩu khi triển khai thật):\n\n`)
    process.stdout.write(`${loginTable(result.logins)}\n`)
  } finally {
    await payload.destroy()
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(
      `\nKhông tạo được dữ liệu mẫu: ${error instanceof Error ? error.message : String(error)}\n`,
    )
    if (process.env.DEBUG) console.error(error)
    process.exit(1)
  },
)
