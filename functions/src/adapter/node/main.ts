/** Runs the front server from the environment: PORT, HOST, CMS_PORT, SITE_DIR. Started by scripts/start.mjs. */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { createApp } from '../../app.ts'
import { createFrontServer } from './server.ts'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..')
const port = Number(process.env.PORT ?? 3000)
const host = process.env.HOST ?? '127.0.0.1'
const cmsPort = Number(process.env.CMS_PORT ?? port + 1)
const siteDir = path.resolve(process.env.SITE_DIR ?? path.join(repo, 'site', 'dist'))

const server = createFrontServer({ app: createApp(), siteDir, cms: { host: '127.0.0.1', port: cmsPort } })
server.listen(port, host, () => {
  console.log(`Đang phục vụ http://${host}:${port} (trang quản trị qua cổng nội bộ ${cmsPort})`)
})

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close(() => process.exit(0))
    server.closeAllConnections()
  })
}
