/**
 * Migrates the database and loads the demo data (cms/src/seed), then writes `{ created, logins }` as JSON
 * to --out so the start script can print the logins after the address and the e2e suite can sign in.
 * Run by scripts/lib/seed.mjs with NODE_ENV=production (Payload applies its migrations) and cwd cms/.
 */
import { writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { cmsDir } from './lib/paths.ts'

const { values } = parseArgs({ options: { members: { type: 'string' }, out: { type: 'string' } } })
if (!values.out) throw new Error('Thiếu --out')
const members = values.members ? Number(values.members) : undefined
if (members !== undefined && !(Number.isInteger(members) && members > 0)) {
  throw new Error(`SEED_MEMBERS không hợp lệ: “${values.members}”.`)
}

// Payload lives in the CMS package, not at the repository root.
const payloadEntry = createRequire(path.join(cmsDir, 'package.json')).resolve('payload')
const { getPayload } = await import(pathToFileURL(payloadEntry).href)
const { default: config } = await import('../cms/src/payload.config.ts')
const { seedDemo } = await import('../cms/src/seed/index.ts')

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

const payload = await getPayload({ config })
try {
  const result = await seedDemo(payload, { members, onProgress: progress() })
  console.log(result.created ? 'Đã tạo dữ liệu mẫu.' : 'Dữ liệu mẫu đã có sẵn, không tạo thêm.')
  writeFileSync(values.out, JSON.stringify(result))
} finally {
  await payload.destroy()
}
process.exit(0)
