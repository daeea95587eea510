/**
 * Runs the front server from the environment: PORT, HOST, CMS_PORT, SITE_DIR (fallback site), DATA_DIR, and for
 * the site builder SITE_SOURCE_DIR, SITE_REBUILD_TOKEN (SITE_BUILDER=off serves SITE_DIR only). Started by the stack.
 */

import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { dataDir as cmsDataDir, openPayload } from '@sotay/cms'
import { signInLimiter } from '@sotay/cms/auth'
import { configuredOrigins } from '@sotay/content-schemas/http/siteOrigins'
import { functionsApp, janusFromEnv } from '@sotay/functions'
import { handleEndpoints } from 'payload'
import { createFrontServer } from './server.ts'
import { astroPlan, createSiteBuilder, siteBuilderRoutes } from './site-builder/index.ts'

/** The CMS's Local API in this process, without its job crons: the CMS server runs the work. */
const cmsPayload = () => openPayload({ background: false })

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const port = Number(process.env.PORT ?? 3000)
const host = process.env.HOST ?? '127.0.0.1'
const cmsPort = Number(process.env.CMS_PORT ?? port + 1)
const cmsUrl = `http://127.0.0.1:${cmsPort}`
const siteDir = path.resolve(process.env.SITE_DIR ?? path.join(repo, 'site', 'dist'))
// The same data/ as the CMS: the site builder's status.json is read by the admin dashboard.
const dataDir = cmsDataDir()
// The address readers use, for the sitemap, RSS and canonical links: SERVER_URL behind a proxy, else this server's.
const publicUrl =
  process.env.SITE_URL ??
  process.env.SERVER_URL ??
  `http://${host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host}:${port}`

const builder =
  process.env.SITE_BUILDER === 'off'
    ? null
    : createSiteBuilder({
        root: path.join(dataDir, 'site'),
        fallbackDir: siteDir,
        plan: astroPlan({
          siteDir: path.resolve(process.env.SITE_SOURCE_DIR ?? path.join(repo, 'site')),
          cacheDir: path.join(dataDir, 'site', 'cache'),
          cmsUrl,
          env: { ...process.env, SITE_URL: publicUrl },
          testEnvFile:
            process.env.SITE_BUILDER_TEST_HOOKS === '1'
              ? path.join(dataDir, 'site', 'test-env.json')
              : undefined,
        }),
      })

// Sign-in limits: the policy's shared limiter, in Redis when REDIS_URL is set (then the Next process, which
// answers Payload's /api/users/login, counts on the very same keys), in memory otherwise.
const rateLimiter = signInLimiter()
// Behind a TLS proxy requests arrive as http://: SERVER_URL (and SITE_ORIGINS) name the origins browsers use.
const allowedOrigins = configuredOrigins()
// The online rooms' Janus (JANUS_* from the stack, server/src/janus/config.ts); null when it is not running.
const janus = janusFromEnv(process.env)

// Opened now, so the first request waits the least; a failed open is tried again by the next request.
cmsPayload().catch((error) => console.error('[fn] Payload', error))
// The one route list the Lambda entry serves too, plus the site builder's, which only this server has.
const app = functionsApp({
  payload: cmsPayload,
  rateLimiter,
  allowedOrigins,
  dataDir,
  janus,
  extra: builder ? [siteBuilderRoutes({ builder, token: process.env.SITE_REBUILD_TOKEN, cmsUrl })] : [],
})
const server = createFrontServer({
  app,
  siteDir: builder ? builder.servedDir : siteDir,
  cms: { host: '127.0.0.1', port: cmsPort },
  janus: janus ? { host: '127.0.0.1', port: janus.port } : undefined,
  // Payload's login answered here, on this process's Payload and limiter, beside /fn/session/login.
  signInDoor: async (request) => handleEndpoints({ config: (await cmsPayload()).config, request }),
})
server.listen(port, host, () => {
  console.log(`Đang phục vụ http://${host}:${port} (trang quản trị qua cổng nội bộ ${cmsPort})`)
  // Content may have changed while we were down, and the site's code with it: build once at start.
  builder?.request('khởi động')
})

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    builder?.stop()
    server.close(() => process.exit(0))
    server.closeAllConnections()
  })
}
