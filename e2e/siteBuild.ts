/** Builds the site into a temporary folder against the running stack, and searches every built file for a text. */
import { execFile } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

const repo = path.resolve(import.meta.dirname, '..')
const siteDir = path.join(repo, 'site')
const run = promisify(execFile)

/** `astro build --outDir <tmp>` with CMS_URL pointing at the stack's origin; returns the output folder. */
export async function buildSiteInto(cmsUrl: string): Promise<string> {
  const outDir = mkdtempSync(path.join(tmpdir(), 'sotay-site-build-'))
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST')))
  await run(path.join(siteDir, 'node_modules', '.bin', 'astro'), ['build', '--outDir', outDir], {
    cwd: siteDir,
    env: { ...env, CMS_URL: cmsUrl, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1' },
    maxBuffer: 64 * 1024 * 1024,
  })
  return outDir
}

/** Relative paths of the files under `dir` whose bytes contain `needle` (UTF-8). */
export function filesContaining(dir: string, needle: string): string[] {
  const bytes = Buffer.from(needle, 'utf8')
  const found: string[] = []
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const file = path.join(entry.parentPath, entry.name)
    if (readFileSync(file).includes(bytes)) found.push(path.relative(dir, file))
  }
  return found
}
