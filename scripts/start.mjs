/**
 * `pnpm start`: the whole handbook on one address with demo data. Builds on the first run (and after changes),
 * reuses the build and the data under DATA_DIR (default data/) afterwards.
 * Environment: PORT (3000), HOST (127.0.0.1), CMS_PORT (PORT+1), DATA_DIR, DATABASE_URL, SEED_MEMBERS.
 */
import { formatLogins } from './lib/logins.ts'
import { killAll } from './lib/processes.ts'
import { startStack } from './lib/stack.ts'

const port = Number(process.env.PORT || 3000)
const cmsPort = process.env.CMS_PORT ? Number(process.env.CMS_PORT) : undefined
const members = process.env.SEED_MEMBERS ? Number(process.env.SEED_MEMBERS) : undefined

const PHASES = {
  cmsBuild: 'build trang quản trị',
  siteBuild: 'build trang công khai',
  seed: 'dữ liệu',
  serve: 'khởi động',
}

let stack
let stopping = false

async function shutdown(code) {
  if (stopping) {
    // A second Ctrl+C: do not wait any longer.
    killAll()
    process.exit(130)
  }
  stopping = true
  if (stack) {
    console.log('\nĐang dừng Sổ tay Đảng viên...')
    await stack.stop()
  } else {
    killAll()
  }
  process.exit(code)
}
process.on('SIGINT', () => shutdown(0))
process.on('SIGTERM', () => shutdown(0))

const began = performance.now()
try {
  stack = await startStack({ port, host: process.env.HOST || '127.0.0.1', cmsPort, members })
} catch (error) {
  console.error(`\nKhông khởi động được: ${error instanceof Error ? error.message : error}`)
  await shutdown(1)
}

const { url, logins, timings } = stack
const total = Math.round((performance.now() - began) / 100) / 10
const phases = Object.entries(timings)
  .map(([phase, seconds]) => `${PHASES[phase] ?? phase} ${seconds} giây`)
  .join(', ')
console.log(`
Sổ tay Đảng viên đã sẵn sàng sau ${total} giây (${phases}):  ${url}

  Trang công khai:  ${url}/
  Trang quản trị:   ${url}/admin
  API nội dung:     ${url}/api   (GraphQL: ${url}/api/graphql)
  API chức năng:    ${url}/fn/   (mô tả: ${url}/fn/openapi.json)
`)
if (logins.length > 0)
  console.log(
    `Tài khoản dùng thử (chỉ để thử, hãy đổi mật khẩu khi triển khai thật):\n\n${formatLogins(logins)}\n`,
  )
if (!stack.janus) console.log('Không có Janus: phòng họp trực tuyến tắt. (Cài gói Debian "janus" để bật.)\n')
console.log(`Dữ liệu lưu tại ${stack.dataDir}. Nhấn Ctrl+C để dừng.`)

// If a server dies on its own, stop the rest rather than leave half a handbook running.
for (const service of stack.services) {
  service.exited.then(({ code, signal }) => {
    if (stopping) return
    console.error(`\nMáy chủ ${service.name} đã dừng bất ngờ (mã ${code ?? signal}).`)
    shutdown(1)
  })
}
