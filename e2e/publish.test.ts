/**
 * From publish to live with nobody restarting anything: a news item published through the API appears on the
 * static site, disappears when unpublished, and a failed build keeps the last good site online and says why.
 * Durations are printed for the report, not asserted.
 */
import { rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { signInThroughForm } from './adminPage.ts'
import { api, type Session, signIn } from './api.ts'
import { openBrowser } from './browser.ts'
import { editorLogin } from './stack.ts'

const stack = inject('stack')
let editor: Session
let org: number

beforeAll(async () => {
  editor = await signIn(stack.url, editorLogin(stack))
  const grant = (editor.user.grants as { org: number | { id: number } }[])[0]
  org = typeof grant.org === 'object' ? grant.org.id : grant.org
})

const uniqueSlug = (word: string) => `${word}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`

async function publishNews(title: string, slug: string) {
  const { status, body } = await api(stack.url, '/api/news', {
    method: 'POST',
    session: editor,
    body: JSON.stringify({
      title,
      slug,
      summary: 'Tin đăng thử để kiểm tra trang web tự cập nhật.',
      category: 'dia-phuong',
      audience: 'public',
      org,
      _status: 'published',
      publishedAt: new Date().toISOString(),
    }),
  })
  expect(status, JSON.stringify(body)).toBe(201)
  return body.doc.id as number
}

const page = async (pathname: string) => {
  const response = await fetch(`${stack.url}${pathname}`)
  return { status: response.status, text: await response.text() }
}

/** Polls until `check` holds; returns the seconds it took (for the report). */
async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 120_000): Promise<number> {
  const began = Date.now()
  while (Date.now() - began < timeoutMs) {
    if (await check()) return (Date.now() - began) / 1000
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`Quá ${timeoutMs / 1000} giây mà chưa thấy: ${what}`)
}

type Status = {
  state: string
  lastGood: { at: string; id: string } | null
  lastError: { at: string; message: string; logTail: string[] } | null
  lastAttempt: { at: string; ok: boolean } | null
}
const siteStatus = async () => (await (await fetch(`${stack.url}/fn/site/status`)).json()) as Status

// Each wait below may take up to 120 s on a busy machine (speech jobs keep the builder busy after start).
describe('publish to live', { timeout: 400_000 }, () => {
  const slug = uniqueSlug('dang-truc-tuyen')
  const title = 'Chi bộ thôn Đông tổ chức sinh hoạt chuyên đề tháng 11'
  let id: number

  it('serves a newly published public news item without a restart', async () => {
    expect((await page(`/tin-tuc/${slug}/`)).status).toBe(404)
    id = await publishNews(title, slug)
    const took = await waitFor(`/tin-tuc/${slug}/`, async () => {
      const { status, text } = await page(`/tin-tuc/${slug}/`)
      return status === 200 && text.includes(title)
    })
    console.log(`[e2e] từ lúc đăng đến lúc trang phục vụ: ${took.toFixed(1)} giây`)
    expect((await siteStatus()).lastAttempt?.ok).toBe(true)
  })

  it('takes the item off the site when it is unpublished', async () => {
    const { status, body } = await api(stack.url, `/api/news/${id}`, {
      method: 'PATCH',
      session: editor,
      body: JSON.stringify({ _status: 'draft' }),
    })
    expect(status, JSON.stringify(body)).toBe(200)
    const took = await waitFor(
      `/tin-tuc/${slug}/ biến mất`,
      async () => (await page(`/tin-tuc/${slug}/`)).status === 404,
    )
    console.log(`[e2e] từ lúc gỡ đến lúc trang biến mất: ${took.toFixed(1)} giây`)
  })

  it('keeps the last good site online when a build fails, records why, and recovers', async () => {
    // Test hook (SITE_BUILDER_TEST_HOOKS=1): the next builds read the CMS from an address where nothing answers.
    const hook = path.join(stack.dataDir, 'site', 'test-env.json')
    const brokenSlug = uniqueSlug('ban-dung-loi')
    writeFileSync(hook, JSON.stringify({ CMS_URL: 'http://127.0.0.1:9' }))
    try {
      // Builds already under way (e.g. after speech jobs add audio) may still succeed: let them finish first.
      await waitFor('bộ dựng trang rảnh', async () => (await siteStatus()).state === 'idle', 300_000)
      const liveBuild = (await siteStatus()).lastGood?.id
      const home = await page('/')
      expect(home.status).toBe(200)
      const since = new Date().toISOString()
      await publishNews('Tin đăng khi bản dựng bị lỗi', brokenSlug)
      await waitFor('bản dựng lỗi được ghi lại', async () => {
        const status = await siteStatus()
        return Boolean(status.lastAttempt && status.lastAttempt.at > since && !status.lastAttempt.ok)
      })
      const failed = await siteStatus()
      expect(failed.lastError?.message).toContain('Không kết nối được hệ thống quản trị nội dung')
      // Anyone may see that it failed and why, not the build log.
      expect(failed.lastError?.logTail).toEqual([])
      expect(failed.lastGood?.id).toBe(liveBuild)
      const still = await page('/')
      expect(still.status).toBe(200)
      expect(still.text).toBe(home.text)
      expect((await page(`/tin-tuc/${brokenSlug}/`)).status).toBe(404)
    } finally {
      rmSync(hook, { force: true })
    }

    // The next edit builds again, with the CMS reachable, and the waiting item goes live.
    const fixed = await publishNews('Tin đăng sau khi sửa lỗi dựng trang', uniqueSlug('sau-sua-loi'))
    expect(fixed).toBeGreaterThan(0)
    await waitFor(
      `/tin-tuc/${brokenSlug}/ sau khi sửa`,
      async () => (await page(`/tin-tuc/${brokenSlug}/`)).status === 200,
    )
    // Its pages go live before its search index; the attempt counts as good once the index is in too.
    await waitFor(
      'bản dựng sau khi sửa thành công',
      async () => (await siteStatus()).lastAttempt?.ok === true,
    )
  }, 600_000)

  it('shows the site build state on the admin dashboard', async () => {
    const browser = await openBrowser({ baseURL: stack.url, timezoneId: 'Asia/Ho_Chi_Minh' })
    try {
      const page = await browser.context.newPage()
      await signInThroughForm(page, editorLogin(stack))
      await page.goto('/admin')
      const panel = page.getByRole('region', { name: 'Tình trạng trang web' })
      await panel.waitFor()
      expect(await panel.textContent()).toMatch(
        /Trang web: bản dựng gần nhất \d\d:\d\d \d\d\/\d\d, trạng thái: /,
      )
      if (process.env.E2E_SCREENSHOTS)
        await page.screenshot({ path: path.join(process.env.E2E_SCREENSHOTS, 'dashboard.png') })
    } finally {
      await browser.close()
    }
  })
})
