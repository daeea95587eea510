/**
 * The "Nghe" button on a real article page: the CMS makes the audio reading after publish, the site is rebuilt
 * with a player, and pressing "Nghe" plays it. The stack runs the voice a bare machine has (espeak-ng
 * WebAssembly → MP3, SPEECH_ENGINE=wasm in stack.ts) unless SPEECH_ENGINE says otherwise. Without audio,
 * headless Chromium (no Vietnamese voice) shows the message instead of doing nothing. speechSynthesis is not
 * faked: this machine truly has no voice.
 */
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { api, type Session, signIn } from './api.ts'
import { type Browser, openBrowser } from './browser.ts'
import { editorLogin, stackLog } from './stack.ts'

const stack = inject('stack')
let editor: Session
let browser: Browser
const slug = `nghe-doc-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`
const pagePath = `/tin-tuc/${slug}/`
/** What the stack's engine stores: MP3 from the WebAssembly voice, Opus from Debian's (a probe may pick either). */
const engine = process.env.SPEECH_ENGINE ?? 'wasm'
const extension = engine === 'wasm' ? 'mp3' : engine === 'debian' ? 'opus' : '(?:mp3|opus)'
const audioFile = new RegExp(`/api/media/file/[^"&]+?\\.${extension}`)

/** The CMS logs each failed reading (job.ts); one is enough to stop waiting for audio that will not come. */
function synthesisFailure(): string | undefined {
  const lines = stackLog(stack).split('\n')
  const at = lines.findIndex((line) => line.includes('Tạo bản đọc âm thanh thất bại'))
  return at < 0 ? undefined : lines.slice(at, at + 8).join('\n')
}

async function waitFor(
  what: string,
  check: () => Promise<boolean>,
  { timeoutMs = 240_000, failFast = (): string | undefined => undefined } = {},
) {
  const began = Date.now()
  while (Date.now() - began < timeoutMs) {
    if (await check()) return (Date.now() - began) / 1000
    const failure = failFast()
    if (failure) throw new Error(`Chưa thấy ${what}, và sẽ không thấy:\n${failure}`)
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  throw new Error(`Quá ${timeoutMs / 1000} giây mà chưa thấy: ${what}`)
}

/** The <sotay-listen> element answers clicks once its script has run (it marks the player ready). */
const hydrated = (page: import('playwright-core').Page) =>
  page.locator('sotay-listen .listen[data-ready]').waitFor({ timeout: 30_000 })

beforeAll(async () => {
  editor = await signIn(stack.url, editorLogin(stack))
  const grant = (editor.user.grants as { org: number | { id: number } }[])[0]
  const org = typeof grant?.org === 'object' ? grant.org.id : grant?.org
  const { status, body } = await api(stack.url, '/api/news', {
    method: 'POST',
    session: editor,
    body: JSON.stringify({
      title: 'Chi bộ thôn Đông học tập Nghị quyết số 57-NQ/TW',
      slug,
      summary: 'Ngày 3/2/2026, 21 đảng viên dự buổi sinh hoạt chuyên đề do Đ/c Bí thư chủ trì.',
      category: 'dia-phuong',
      audience: 'public',
      org,
      _status: 'published',
      publishedAt: new Date().toISOString(),
    }),
  })
  expect(status, JSON.stringify(body)).toBe(201)
  // The job runs within the 10-second poll, then the site builder rebuilds the page with the player.
  const took = await waitFor(
    `${pagePath} có bản đọc (.${extension})`,
    async () => {
      const response = await fetch(`${stack.url}${pagePath}`)
      return response.ok && audioFile.test(await response.text())
    },
    { failFast: synthesisFailure },
  )
  console.log(`[e2e] từ lúc đăng đến khi trang có bản đọc: ${took.toFixed(1)} giây`)
  browser = await openBrowser({ baseURL: stack.url })
})
afterAll(() => browser?.close())

describe('the listen button', () => {
  it('plays the audio reading when "Nghe" is pressed, and offers pause', async () => {
    const page = await browser.context.newPage()
    await page.setViewportSize({ width: 360, height: 740 })
    await page.goto(pagePath)
    const button = page.getByRole('button', { name: 'Nghe', exact: true })
    await button.scrollIntoViewIfNeeded()
    await hydrated(page)
    const box = await button.boundingBox()
    expect(box?.height).toBeGreaterThanOrEqual(48)
    // Keyboard: focus and Enter, as someone without a touch screen would.
    await button.focus()
    await page.keyboard.press('Enter')
    const pause = page.getByRole('button', { name: 'Tạm dừng' })
    await pause.waitFor()
    expect(await pause.getAttribute('aria-pressed')).toBe('true')
    await page.waitForFunction(() => {
      const audio = document.querySelector('audio')
      return audio !== null && !audio.paused && audio.currentTime > 0.3
    })
    const audio = await page
      .locator('audio')
      .evaluate((a: HTMLAudioElement) => ({ src: a.currentSrc, duration: a.duration }))
    expect(audio.src).toMatch(audioFile)
    expect(audio.duration).toBeGreaterThan(5)
    // For a human look at the result (not asserted).
    await page.locator('.listen').screenshot({ path: path.join(tmpdir(), 'sotay-listen-playing.png') })
    await page.getByRole('button', { name: 'Tốc độ 1,25×' }).click()
    expect(await page.locator('audio').evaluate((a: HTMLAudioElement) => a.playbackRate)).toBe(1.25)
    await pause.click()
    await page.getByRole('button', { name: 'Tiếp tục' }).waitFor()
    expect(await page.locator('audio').evaluate((a: HTMLAudioElement) => a.paused)).toBe(true)
    await page.close()
  })

  it('without audio and without a Vietnamese voice, says the device cannot read Vietnamese', async () => {
    // Its own browser without the service worker, so the page can be rewritten on its way in.
    const bare = await openBrowser({ baseURL: stack.url, serviceWorkers: 'block' })
    const page = await bare.context.newPage()
    // The same page as the site renders it for an article that has no audio yet: the player gets no audio URL.
    await page.route(`**${pagePath}`, async (route) => {
      const response = await route.fetch()
      // An empty data-audio on <sotay-listen> is what an article without audio gets.
      const html = (await response.text()).replace(
        /(https?:\/\/[^"&;]+)?\/api\/media\/file\/[^"&]+?\.(opus|ogg|mp3)/g,
        '',
      )
      await route.fulfill({ response, body: html })
    })
    await page.goto(pagePath)
    // A phone's width: the player and its message must fit there too.
    await page.setViewportSize({ width: 320, height: 700 })
    await page.evaluate(() => document.querySelector('.listen')?.scrollIntoView())
    await hydrated(page)
    // What the member notices is the message after pressing "Nghe", whatever markup is left from the server.
    expect(await page.evaluate(() => speechSynthesis.getVoices().length)).toBe(0)
    await page.getByRole('button', { name: 'Nghe', exact: true }).click()
    await expect
      .poll(() => page.locator('.listen [role="status"]').textContent(), { timeout: 10_000 })
      .toBe('Thiết bị chưa hỗ trợ đọc tiếng Việt')
    await page.locator('.listen').screenshot({ path: path.join(tmpdir(), 'sotay-listen-unsupported.png') })
    await bare.close()
  })
})
