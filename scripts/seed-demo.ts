/**
 * Migrates the database and loads the demo data (cms/src/seed), then writes `{ created, logins }` as JSON
 * to --out so the start script can print the logins after the address and the e2e suite can sign in.
 * Run by scripts/lib/seed.mjs with NODE_ENV=production (Payload applies its migrations) and cwd cms/.
 */
import { writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { openPayload } from '@sotay/cms'
import { seedDemo } from '@sotay/cms/seed'

const { values } = parseArgs({ options: { members: { type: 'string' }, out: { type: 'string' } } })
if (!values.out) throw new Error('Thiếu --out')
const members = values.members ? Number(values.members) : undefined
if (members !== undefined && !(Number.isInteger(members) && members > 0)) {
  throw new Error(`SEED_MEMBERS không hợp lệ: “${values.members}”.`)
}

/** One line per finished step, and one every few seconds inside a long one. */
function progress() {
  let lastAt = 0
  return (step: string, done: number, total: number) => {
    const now = Date.now()
    if (done < total && now - lastAt < 3000) return
    lastAt = now
    console.log(`${step}: ${done.toLocaleString('vi-VN')}/${total.toLocaleString('vi-VN')}`)
  }
}

const payload = await openPayload()
try {
  const result = await seedDemo(payload, { members, onProgress: progress() })
  console.log(result.created ? 'Đã tạo dữ liệu mẫu.' : 'Dữ liệu mẫu đã có sẵn, không tạo thêm.')
  writeFileSync(values.out, JSON.stringify(result))
} finally {
  await payload.destroy()
}
process.exit(0)
