/**
 * Publish → served through the real CMS path: the whole stack (CMS, front server, site builder) on a fresh SQLite
 * database with N public news items, then an editor changes one item's title through the REST API, again and again,
 * and each time we time how long until the public page shows it (the builder's quiet wait included), each edit
 * made once the site has been idle for 10 s (the previous edit's audio rebuild done).
 * BENCH_PUBLISH_ITEMS=10000 (default) BENCH_PUBLISH_EDITS=10.
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { api, signIn } from '../e2e/api.ts'
import { editorLogin } from '../e2e/stack.ts'
import { freePort } from '../scripts/lib/ports.ts'
import { startStack } from '../scripts/lib/stack.ts'
import { benchDir } from './site-build-fixture.ts'

const repo = path.join(benchDir, '..')
const run = promisify(execFile)

export interface PublishRow {
  measure: 'publish-served'
  items: number
  edits: number
  /** Seconds from the editor's save to the page served with the change. */
  p50: number
  p95: number
  max: number
  seconds: number[]
}

/** Nearest-rank percentile. */
const percentile = (sorted: number[], p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? 0
const round = (n: number) => Math.round(n * 10) / 10

async function waitFor(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await check()) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`Quá ${timeoutMs / 1000} giây mà chưa thấy ${what}`)
}

export async function publishToServed(options: { items: number; edits: number }): Promise<PublishRow> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sotay-bench-publish-'))
  const { DATABASE_URL: _ignored, ...env } = process.env
  const log = (line: string) => process.stderr.write(`[site-publish] ${line}\n`)
  const stack = await startStack({
    port: await freePort(),
    cmsPort: await freePort(),
    dataDir,
    members: 20,
    env,
    log: () => {},
  })
  try {
    const editor = await signIn(stack.url, editorLogin(stack))
    const grant = (editor.user.grants as { org: number | { id: number } }[])[0]
    const org = typeof grant?.org === 'object' ? grant.org.id : grant?.org
    log(`thêm ${options.items} tin công khai...`)
    const { stdout } = await run(
      path.join(repo, 'node_modules', '.bin', 'tsx'),
      [path.join(benchDir, 'site-build-seed.ts'), String(options.items), String(org)],
      {
        cwd: path.join(repo, 'cms'),
        env: { ...env, DATA_DIR: dataDir, NODE_ENV: 'production', JOBS_AUTORUN: 'false' },
        maxBuffer: 16 * 1024 * 1024,
      },
    )
    const made = JSON.parse(
      stdout
        .trim()
        .split('\n')
        .findLast((l) => l.startsWith('{')) ?? '{}',
    ) as {
      ids: (number | string)[]
      slugs: string[]
    }
    // A refused or reset connection while the machine is busy is "not yet", not a failed benchmark.
    const page = async (slug: string) =>
      fetch(`${stack.url}/tin-tuc/${slug}/`)
        .then((response) => response.text())
        .catch(() => '')
    // An editor's saves are minutes apart, and each one also brings the item's new audio (a job that saves the
    // item again, so a second build): each edit is timed from a site idle for 10 s, not behind the last one's.
    const statusFile = path.join(dataDir, 'site', 'status.json')
    const builderState = (): string => {
      try {
        return JSON.parse(readFileSync(statusFile, 'utf8')).state
      } catch {
        return 'idle'
      }
    }
    const idleFor = async (ms: number) => {
      let since = Date.now()
      await waitFor(
        async () => {
          if (builderState() !== 'idle') since = Date.now()
          return Date.now() - since >= ms
        },
        600_000,
        'trang web nghỉ',
      )
    }
    const edit = async (n: number) => {
      await idleFor(10_000)
      const i = n % made.ids.length
      const title = `Tin đã sửa lần ${n} lúc ${Date.now()}`
      const began = performance.now()
      const { status } = await api(stack.url, `/api/news/${made.ids[i]}`, {
        method: 'PATCH',
        session: editor,
        body: JSON.stringify({ title }),
      })
      if (status !== 200) throw new Error(`Sửa tin thất bại (HTTP ${status})`)
      await waitFor(async () => (await page(made.slugs[i] as string)).includes(title), 600_000, `"${title}"`)
      return (performance.now() - began) / 1000
    }
    // The first build after seeding renders everything: wait for it, uncounted.
    log('bản dựng đầu tiên (không tính)...')
    await edit(0)
    const seconds: number[] = []
    for (let n = 1; n <= options.edits; n++) {
      seconds.push(await edit(n))
      log(`lần sửa ${n}: ${seconds.at(-1)?.toFixed(1)} s`)
    }
    const sorted = [...seconds].sort((a, b) => a - b)
    return {
      measure: 'publish-served',
      items: options.items,
      edits: options.edits,
      p50: round(percentile(sorted, 0.5)),
      p95: round(percentile(sorted, 0.95)),
      max: round(sorted.at(-1) ?? 0),
      seconds: seconds.map(round),
    }
  } finally {
    await stack.stop()
    rmSync(dataDir, { recursive: true, force: true })
  }
}
