/**
 * `pnpm test`: every check and test of the workspace, in the order that fails fastest.
 * Integration tests run on SQLite and, when a PostgreSQL server answers, on PostgreSQL too.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import net from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { speechEngine } from '@sotay/cms/speech'
import { ensureChromium } from '../e2e/browser.ts'
import { addStep, emptyTotals, summaryLine } from './lib/summary.ts'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const bin = (name) => path.join(root, 'node_modules', '.bin', name)
const reports = mkdtempSync(path.join(tmpdir(), 'sotay-test-'))
const totals = emptyTotals()
const skippedSuites = totals.skippedSuites

/** A report cut short by a crash is no report: the exit code then speaks for the step. */
function readReport(file) {
  try {
    return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined
  } catch {
    return undefined
  }
}

function step(title, command, args, { cwd = root, env = {}, report } = {}) {
  console.log(`\n▶ ${title}`)
  const reportArgs = report ? ['--reporter=default', '--reporter=json', `--outputFile.json=${report}`] : []
  const result = spawnSync(command, [...args, ...reportArgs], {
    cwd,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  })
  const failed = addStep(totals, {
    title,
    exitCode: result.status,
    vitest: Boolean(report),
    report: report ? readReport(report) : undefined,
  })
  if (failed) {
    console.error(`\n✖ ${title}: thất bại (mã thoát ${result.status ?? result.signal})`)
    finish()
  }
}

function finish() {
  for (const line of skippedSuites) console.log(`! Bỏ qua: ${line}`)
  for (const file of totals.failedFiles) console.log(`✖ Tệp thất bại: ${file}`)
  for (const what of totals.failedSteps) console.log(`✖ Bước thất bại: ${what}`)
  console.log(`\n${summaryLine(totals)}`)
  process.exit(totals.failed ? 1 : 0)
}

const reachable = (url) =>
  new Promise((resolve) => {
    const { hostname, port } = new URL(url)
    const socket = net.connect({ host: hostname, port: Number(port || 5432) })
    socket.setTimeout(2000)
    socket.on('connect', () => resolve(socket.end() && true))
    socket.on('error', () => resolve(false))
    socket.on('timeout', () => resolve(socket.destroy() && false))
  })

const vitest = (dir, name, env = {}) =>
  step(name, bin('vitest'), ['run'], {
    cwd: path.join(root, dir),
    env,
    report: path.join(reports, `${name.replace(/\W+/g, '-')}.json`),
  })

// Said once, up front: which voice the speech tests hear on this machine, and how to get the faster one.
const speech = speechEngine()
if (speech.notice) console.log(`! ${speech.notice}`)

step('Định dạng và lint (biome)', bin('biome'), ['check', '.'])
step('Kiểu sinh từ Payload (payload-types.ts)', process.execPath, ['scripts/check-payload-types.mjs'])
for (const pkg of ['content-schemas', 'functions', 'server', 'cms', 'scripts', 'e2e', 'bench']) {
  step(`Kiểm tra kiểu (${pkg})`, bin('tsc'), ['--noEmit', '-p', path.join(root, pkg)])
}
// The site's types include Astro's generated content types, which `astro sync` writes first.
step('Kiểu của Astro (site)', path.join(root, 'site', 'node_modules', '.bin', 'astro'), ['sync'], {
  cwd: path.join(root, 'site'),
})
step('Kiểm tra kiểu (site)', bin('tsc'), ['--noEmit', '-p', path.join(root, 'site')])
vitest('content-schemas', 'content-schemas')
vitest('functions', 'functions trên SQLite')
vitest('server', 'máy chủ phía trước (server)')
vitest('scripts', 'scripts')
vitest('cms', 'cms trên SQLite')

const postgresUrl = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
if (await reachable(postgresUrl)) {
  vitest('cms', 'cms trên PostgreSQL', { TEST_POSTGRES_URL: postgresUrl })
  // The handlers reach the CMS through the same shared test Payload, so they run on both engines too.
  vitest('functions', 'functions trên PostgreSQL', { TEST_POSTGRES_URL: postgresUrl })
} else {
  skippedSuites.push(
    `bộ kiểm thử tích hợp trên PostgreSQL — không kết nối được ${postgresUrl} (đặt TEST_POSTGRES_URL).`,
  )
}
if (process.env.MONGODB_URL) {
  vitest('cms', 'cms trên MongoDB', { TEST_MONGODB_URL: process.env.MONGODB_URL })
} else {
  skippedSuites.push('bộ kiểm thử MongoDB — chỉ chạy khi MONGODB_URL trỏ tới một máy chủ MongoDB thật.')
}

// As root (CI, a fresh machine) Debian's Chromium is installed here, so a bare machine runs the browser tests
// (the listen button among them) instead of skipping them; site's search test needs it before e2e's setup would.
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
if (!existsSync(chromium) && process.getuid?.() === 0) {
  try {
    ensureChromium((line) => console.log(`! ${line}`))
  } catch (error) {
    console.error(`! ${error instanceof Error ? error.message : error}`)
  }
}
if (existsSync(chromium)) {
  vitest('site', 'trang tĩnh: tìm kiếm (Chromium)')
  vitest('e2e', 'trình duyệt (Chromium)')
} else {
  skippedSuites.push('kiểm thử trình duyệt — chưa cài Chromium (apt-get install chromium).')
}
finish()
