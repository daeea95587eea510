/**
 * Tests only: a fixture project under test/fixtures/ built with `astro build` into a temporary folder, served
 * statically and opened in Chromium. A failed build throws with the end of Astro's output.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { type Browser, openBrowser } from '../../../e2e/browser.ts'
import { type StaticServer, serveStatic } from '../search/staticServer.ts'

const siteDir = path.resolve(import.meta.dirname, '..', '..')

export interface FixtureSite {
  /** The temporary folder; the build is in `out`. */
  work: string
  out: string
  server: StaticServer
  browser: Browser
  close(): Promise<void>
}

/**
 * `envPrefix` names the variables the fixture's astro.config.mjs reads for where to write
 * (`<prefix>_FIXTURE_OUT`, `<prefix>_FIXTURE_CACHE`).
 */
export async function openFixtureSite(
  name: string,
  envPrefix: string,
  browserOptions: Parameters<typeof openBrowser>[0] = {},
  buildEnv: Record<string, string> = {},
): Promise<FixtureSite> {
  const work = mkdtempSync(path.join(tmpdir(), `sotay-${name}-`))
  const out = path.join(work, 'dist')
  try {
    execFileSync(
      path.join(siteDir, 'node_modules', '.bin', 'astro'),
      ['build', '--root', path.join(siteDir, 'test', 'fixtures', name)],
      {
        cwd: siteDir,
        env: {
          ...process.env,
          [`${envPrefix}_FIXTURE_OUT`]: out,
          [`${envPrefix}_FIXTURE_CACHE`]: path.join(work, 'cache'),
          ASTRO_TELEMETRY_DISABLED: '1',
          ...buildEnv,
        },
        stdio: 'pipe',
        encoding: 'utf8',
      },
    )
  } catch (error) {
    rmSync(work, { recursive: true, force: true })
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string }
    throw new Error(`astro build của trang mẫu thất bại:\n${(stdout + stderr).slice(-3000)}`)
  }
  const server = await serveStatic(out)
  const browser = await openBrowser({ ...browserOptions, baseURL: server.url })
  return {
    work,
    out,
    server,
    browser,
    async close() {
      await browser.close()
      await server.close()
      rmSync(work, { recursive: true, force: true })
    },
  }
}
