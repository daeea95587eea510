/**
 * The builder's promises with a real child process as the build: bursts collapse, one build at a time with one
 * follow-up, the live site switches without a restart, a failed build keeps the last good one and says why.
 */
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import type http from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createApp } from '@sotay/functions'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createFrontServer } from '../server.ts'
import { pruneBuilds, siteLayout } from './currentSite.ts'
import { createSiteBuilder, type SiteBuilder, siteBuilderRoutes } from './index.ts'
import type { BuildPlan } from './runBuild.ts'

let work: string
let builder: SiteBuilder

/** The fake build: a Node process that writes index.html from a control file, or fails when told to. */
const FAKE_BUILD = `
const fs = require('node:fs'), path = require('node:path')
const [outDir, work] = process.argv.slice(1)
fs.appendFileSync(path.join(work, 'runs.log'), 'start\\n')
const control = JSON.parse(fs.readFileSync(path.join(work, 'control.json'), 'utf8'))
setTimeout(() => {
  if (control.fail) { console.log('Đang đọc nội dung...'); console.error('lỗi giả lập: không đọc được tin'); process.exit(1) }
  fs.writeFileSync(path.join(outDir, 'index.html'), '<h1>' + control.title + '</h1>')
  fs.appendFileSync(path.join(work, 'runs.log'), 'done\\n')
}, control.delayMs ?? 0)
`

function control(value: { title?: string; fail?: boolean; failIndex?: boolean; delayMs?: number }) {
  writeFileSync(path.join(work, 'control.json'), JSON.stringify({ title: 'Trang chủ', ...value }))
}

const plan = (): BuildPlan => ({
  steps: (outDir) => [
    { label: 'bản dựng giả', command: process.execPath, args: ['-e', FAKE_BUILD, outDir, work], cwd: work },
  ],
})

const runs = () =>
  readFileSync(path.join(work, 'runs.log'), { encoding: 'utf8', flag: 'a+' })
    .split('\n')
    .filter((l) => l === 'start').length

function served(): string | null {
  const dir = builder.servedDir()
  return dir ? readFileSync(path.join(dir, 'index.html'), 'utf8') : null
}

function makeBuilder(options: { quietMs?: number; maxWaitMs?: number; keep?: number } = {}) {
  builder = createSiteBuilder({
    root: path.join(work, 'site'),
    plan: plan(),
    quietMs: options.quietMs ?? 100,
    maxWaitMs: options.maxWaitMs ?? 2000,
    keep: options.keep,
    log: (line) => appendFileSync(path.join(work, 'builder.log'), `${line}\n`),
  })
  return builder
}

beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'sotay-site-builder-'))
  control({})
})
afterEach(() => {
  builder?.stop()
  rmSync(work, { recursive: true, force: true })
})

describe('site builder', () => {
  it('collapses a burst of edits into one build and serves it', async () => {
    makeBuilder()
    expect(builder.servedDir()).toBeNull()
    control({ title: 'Tin mới đã đăng' })
    for (let i = 0; i < 5; i++) builder.request(`news:${i}`)
    await builder.settled()
    expect(runs()).toBe(1)
    expect(served()).toBe('<h1>Tin mới đã đăng</h1>')
    const status = builder.status()
    expect(status.state).toBe('idle')
    expect(status.lastGood?.reasons).toEqual(['news:0', 'news:1', 'news:2', 'news:3', 'news:4'])
    expect(status.lastAttempt?.ok).toBe(true)
    expect(readFileSync(path.join(work, 'builder.log'), 'utf8')).toContain(
      'Đang dựng trang: bản dựng giả xong sau',
    )
  })

  it('runs one build at a time: edits during a build bring exactly one follow-up build', async () => {
    makeBuilder()
    control({ title: 'Bản 1', delayMs: 600 })
    builder.request('news:1')
    while (builder.status().state !== 'building') await new Promise((r) => setTimeout(r, 20))
    control({ title: 'Bản 2', delayMs: 600 })
    for (let i = 0; i < 4; i++) builder.request(`news:edit-${i}`)
    await builder.settled()
    expect(runs()).toBe(2)
    expect(served()).toBe('<h1>Bản 2</h1>')
  })

  it('still builds during a steady stream of edits (the wait has a ceiling)', async () => {
    makeBuilder({ quietMs: 300, maxWaitMs: 600 })
    let sent = 0
    while (runs() === 0 && sent < 400) {
      builder.request(`news:${sent++}`)
      await new Promise((r) => setTimeout(r, 50))
    }
    expect(runs()).toBe(1)
    await builder.settled()
  })

  it('keeps the last good site online when a build fails, and records why', async () => {
    makeBuilder()
    control({ title: 'Bản tốt' })
    builder.request('news:1')
    await builder.settled()
    const goodDir = builder.servedDir()

    control({ fail: true })
    builder.request('news:2')
    await builder.settled()
    expect(served()).toBe('<h1>Bản tốt</h1>')
    expect(builder.servedDir()).toBe(goodDir)
    const status = builder.status()
    expect(status.lastAttempt?.ok).toBe(false)
    expect(status.lastError?.message).toContain('Bước "bản dựng giả" thất bại')
    expect(status.lastError?.logTail).toContain('lỗi giả lập: không đọc được tin')
    expect(status.lastGood?.reasons).toEqual(['news:1'])
    // The failed attempt leaves no half-built folder behind.
    expect(readdirSync(path.join(work, 'site', 'builds'))).toHaveLength(1)
    expect(readFileSync(path.join(work, 'builder.log'), 'utf8')).toMatch(
      /Lỗi dựng trang: .*trang web vẫn giữ bản dựng/,
    )

    control({ title: 'Đã sửa' })
    builder.request('news:3')
    await builder.settled()
    expect(served()).toBe('<h1>Đã sửa</h1>')
    expect(builder.status().lastAttempt?.ok).toBe(true)
  })

  it('refuses a build without a home page', async () => {
    builder = createSiteBuilder({
      root: path.join(work, 'site'),
      plan: { steps: () => [{ label: 'rỗng', command: process.execPath, args: ['-e', ''], cwd: work }] },
      quietMs: 10,
      log: () => {},
    })
    builder.request('news:1')
    await builder.settled()
    expect(builder.servedDir()).toBeNull()
    expect(builder.status().lastError?.message).toContain('không có trang chủ')
  })

  it('keeps only the newest builds on disk', async () => {
    makeBuilder({ keep: 2 })
    for (let i = 1; i <= 4; i++) {
      control({ title: `Bản ${i}` })
      builder.request(`news:${i}`)
      await builder.settled()
    }
    const builds = readdirSync(path.join(work, 'site', 'builds'))
    expect(builds).toHaveLength(2)
    expect(served()).toBe('<h1>Bản 4</h1>')
    expect(existsSync(path.join(work, 'site', 'status.json'))).toBe(true)
  })
})

describe('front server with the builder', () => {
  let server: http.Server
  let url: string
  const token = 'bi-mat-thu-nghiem'

  beforeEach(async () => {
    makeBuilder()
    server = createFrontServer({
      app: createApp({ routes: [siteBuilderRoutes({ builder, token })] }),
      siteDir: builder.servedDir,
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterEach(() => new Promise<void>((resolve) => server.close(() => resolve())))

  const rebuild = (headers: Record<string, string> = {}) =>
    fetch(`${url}/fn/site/rebuild`, { method: 'POST', headers, body: JSON.stringify({ reason: 'news:7' }) })

  it('says the site is being built, then serves each new build without a restart', async () => {
    const before = await fetch(`${url}/`)
    expect(before.status).toBe(503)
    expect(await before.text()).toContain('Trang đang được dựng')

    control({ title: 'Bản đầu' })
    expect((await rebuild({ 'x-site-rebuild-token': token })).status).toBe(202)
    await builder.settled()
    expect(await (await fetch(`${url}/`)).text()).toBe('<h1>Bản đầu</h1>')

    control({ title: 'Bản sau khi sửa' })
    await rebuild({ 'x-site-rebuild-token': token })
    await builder.settled()
    expect(await (await fetch(`${url}/`)).text()).toBe('<h1>Bản sau khi sửa</h1>')
  })

  it('refuses rebuild requests without the shared token, and builds nothing', async () => {
    const refused = await rebuild({ 'x-site-rebuild-token': 'sai' })
    expect(refused.status).toBe(403)
    expect((await refused.json()).error.message).toBe('Không có quyền yêu cầu dựng lại trang web.')
    expect((await rebuild()).status).toBe(403)
    await builder.settled()
    expect(runs()).toBe(0)
  })

  it('shows the failure reason to anyone but the build log only with the token', async () => {
    control({ fail: true })
    await rebuild({ 'x-site-rebuild-token': token })
    await builder.settled()
    const open = await (await fetch(`${url}/fn/site/status`)).json()
    expect(open.lastError.message).toContain('thất bại')
    expect(open.lastError.logTail).toEqual([])
    const full = await (
      await fetch(`${url}/fn/site/status`, { headers: { 'x-site-rebuild-token': token } })
    ).json()
    expect(full.lastError.logTail).toContain('lỗi giả lập: không đọc được tin')
  })
})

describe('build steps', () => {
  it('skips a step that says it is not needed, and still goes live', async () => {
    builder = createSiteBuilder({
      root: path.join(work, 'site'),
      plan: {
        steps: (outDir) => [
          ...plan().steps(outDir),
          {
            label: 'chỉ mục',
            command: process.execPath,
            args: ['-e', 'process.exit(1)'],
            cwd: work,
            skip: () => 'đã có',
          },
        ],
      },
      quietMs: 10,
      log: (line) => appendFileSync(path.join(work, 'builder.log'), `${line}\n`),
    })
    builder.request('news:1')
    await builder.settled()
    expect(served()).toBe('<h1>Trang chủ</h1>')
    expect(readFileSync(path.join(work, 'builder.log'), 'utf8')).toContain('bỏ qua chỉ mục (đã có)')
  })
})

describe('restart', () => {
  it('clears folders of builds that never finished, and keeps serving the last good one', async () => {
    makeBuilder()
    control({ title: 'Bản tốt' })
    builder.request('news:1')
    await builder.settled()
    builder.stop()
    const unfinished = path.join(work, 'site', 'builds', '9999-bản-dở-dang')
    mkdirSync(unfinished, { recursive: true })
    makeBuilder()
    expect(existsSync(unfinished)).toBe(false)
    expect(served()).toBe('<h1>Bản tốt</h1>')
  })
})

describe('pages before their search index', () => {
  /** The index step writes pagefind/parts.json from the control file once the test lets it (the file "go"). */
  const INDEX = `
const fs = require('node:fs'), path = require('node:path')
const [outDir, work] = process.argv.slice(1)
const control = JSON.parse(fs.readFileSync(path.join(work, 'control.json'), 'utf8'))
const wait = setInterval(() => {
  if (!fs.existsSync(path.join(work, 'go'))) return
  clearInterval(wait)
  if (control.failIndex) { console.error('lỗi giả lập: chỉ mục'); process.exit(1) }
  fs.mkdirSync(path.join(outDir, 'pagefind'))
  fs.writeFileSync(path.join(outDir, 'pagefind', 'parts.json'), control.title)
}, 20)
`
  const go = () => writeFileSync(path.join(work, 'go'), '')
  const servedIndex = () => {
    const dir = builder.servedDir()
    return dir ? readFileSync(path.join(dir, 'pagefind', 'parts.json'), 'utf8') : null
  }

  beforeEach(() => {
    builder = createSiteBuilder({
      root: path.join(work, 'site'),
      plan: {
        steps: (outDir) => [
          ...plan().steps(outDir),
          {
            label: 'chỉ mục giả',
            command: process.execPath,
            args: ['-e', INDEX, outDir, work],
            cwd: work,
            carryOver: 'pagefind',
          },
        ],
      },
      quietMs: 10,
      log: () => {},
    })
  })

  it('serves an edit with the last index while its own index is made, then both', async () => {
    control({ title: 'Bản 1' })
    go()
    builder.request('news:1')
    await builder.settled()
    expect([served(), servedIndex()]).toEqual(['<h1>Bản 1</h1>', 'Bản 1'])

    rmSync(path.join(work, 'go'))
    control({ title: 'Bản 2' })
    builder.request('news:2')
    while (served() !== '<h1>Bản 2</h1>') await new Promise((r) => setTimeout(r, 20))
    expect(servedIndex()).toBe('Bản 1')
    expect(builder.status().state).toBe('building')
    go()
    await builder.settled()
    expect([served(), servedIndex()]).toEqual(['<h1>Bản 2</h1>', 'Bản 2'])
    expect(builder.status().lastAttempt?.ok).toBe(true)
  })

  it('ends an index when a change waits behind it: the newer pages go live at once, then their own index', async () => {
    control({ title: 'Bản 1' })
    go()
    builder.request('news:1')
    await builder.settled()
    rmSync(path.join(work, 'go'))
    control({ title: 'Bản 2' })
    builder.request('news:2')
    while (served() !== '<h1>Bản 2</h1>') await new Promise((r) => setTimeout(r, 20))
    // Build 2's index waits for "go"; a new change must not wait for it.
    control({ title: 'Bản 3' })
    builder.request('news:3')
    while (served() !== '<h1>Bản 3</h1>') await new Promise((r) => setTimeout(r, 20))
    expect(servedIndex()).toBe('Bản 1')
    go()
    await builder.settled()
    expect([served(), servedIndex()]).toEqual(['<h1>Bản 3</h1>', 'Bản 3'])
    expect(builder.status().lastAttempt?.ok).toBe(true)
    expect(builder.status().lastError).toBeFalsy()
  })

  it('keeps the new pages and the last index when the index fails', async () => {
    control({ title: 'Bản 1' })
    go()
    builder.request('news:1')
    await builder.settled()
    control({ title: 'Bản 2', failIndex: true })
    builder.request('news:2')
    await builder.settled()
    expect([served(), servedIndex()]).toEqual(['<h1>Bản 2</h1>', 'Bản 1'])
    const status = builder.status()
    expect(status.lastAttempt?.ok).toBe(false)
    expect(status.lastError?.logTail).toContain('lỗi giả lập: chỉ mục')
    // The live folder links to the pages of the failed build and to the index of the one before: pruning keeps both.
    pruneBuilds(siteLayout(path.join(work, 'site')), 1)
    expect([served(), servedIndex()]).toEqual(['<h1>Bản 2</h1>', 'Bản 1'])
  })
})
