/**
 * Starts the whole stack on one origin: builds what is stale, migrates and seeds the database, then runs
 * `next start` (the CMS) on an internal port and the front server (site + /fn + proxy) on the public one.
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { buildCms, buildSite } from './build.ts'
import type { DemoLogin } from './logins.ts'
import { bin, cmsDir, functionsDir, repoDir, resolveDataDir, siteDir } from './paths.ts'
import { isPortFree } from './ports.ts'
import { type Env, type Log, type Service, startService, stopService, waitForHttp } from './processes.ts'
import { seedDemo } from './seed.ts'

export interface StackOptions {
  port?: number
  host?: string
  /** Where Next listens, on 127.0.0.1 only; PORT+1 by default. */
  cmsPort?: number
  dataDir?: string
  /** Demo members to seed on a fresh database (the seed's default otherwise). */
  members?: number
  build?: boolean
  seed?: boolean
  log?: Log
  env?: Env
}

export interface Stack {
  url: string
  port: number
  cmsPort: number
  dataDir: string
  logins: DemoLogin[]
  /** Seconds per phase that ran: cmsBuild, siteBuild, seed, serve. */
  timings: Record<string, number>
  services: Service[]
  stop(): Promise<void>
}

/** The environment the children get: ours, without a test runner's markers. */
function childEnv(base: Env, dataDir: string): Env {
  const env: Env = Object.fromEntries(Object.entries(base).filter(([key]) => !key.startsWith('VITEST')))
  return { ...env, DATA_DIR: dataDir, NEXT_TELEMETRY_DISABLED: '1' }
}

const seconds = (since: number) => Math.round((performance.now() - since) / 100) / 10

export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const log = options.log ?? ((line: string) => console.log(line))
  const port = options.port ?? 3000
  const host = options.host ?? '127.0.0.1'
  const cmsPort = options.cmsPort ?? port + 1
  const dataDir = resolveDataDir(options.dataDir)
  const env = childEnv(options.env ?? process.env, dataDir)
  const url = `http://${host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host}:${port}`
  const timings: Record<string, number> = {}

  for (const [name, value, where] of [
    ['PORT', port, host],
    ['CMS_PORT', cmsPort, '127.0.0.1'],
  ] as const) {
    if (!(await isPortFree(value, where))) {
      throw new Error(
        `Cổng ${value} đang được dùng. Hãy dừng chương trình đang dùng nó hoặc đặt ${name}=<cổng khác>.`,
      )
    }
  }
  mkdirSync(dataDir, { recursive: true })

  let started = performance.now()
  if (options.build !== false) {
    if (await buildCms({ env, log })) timings.cmsBuild = seconds(started)
    started = performance.now()
    if (await buildSite({ env, log })) timings.siteBuild = seconds(started)
  }

  started = performance.now()
  let logins: DemoLogin[] = []
  if (options.seed !== false) {
    log('Đang cập nhật cơ sở dữ liệu và dữ liệu mẫu...')
    logins = (await seedDemo({ env, log, members: options.members })).logins
    timings.seed = seconds(started)
  }

  started = performance.now()
  log('Đang khởi động máy chủ...')
  const services = [
    startService('cms', bin(cmsDir, 'next'), ['start', '-p', String(cmsPort), '-H', '127.0.0.1'], {
      cwd: cmsDir,
      env: { ...env, NODE_ENV: 'production' },
      log,
    }),
    startService(
      'front',
      bin(repoDir, 'tsx'),
      [path.join(functionsDir, 'src', 'adapter', 'node', 'main.ts')],
      {
        cwd: functionsDir,
        env: {
          ...env,
          NODE_ENV: 'production',
          PORT: String(port),
          HOST: host,
          CMS_PORT: String(cmsPort),
          SITE_DIR: path.join(siteDir, 'dist'),
        },
        log,
      },
    ),
  ]
  const stop = async () => {
    await Promise.all(services.map((service) => stopService(service)))
  }
  try {
    await waitForHttp(`${url}/admin`, { services, timeoutMs: 180_000 })
    // The first API call initialises Payload with its job crons, so scheduled publishing starts now.
    await waitForHttp(`${url}/api/users/me`, { services, ready: (r) => r.ok })
  } catch (error) {
    await stop()
    throw error
  }
  timings.serve = seconds(started)

  return { url, port, cmsPort, dataDir, logins, timings, services, stop }
}
