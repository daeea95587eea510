/**
 * Scheduled publishing runs by itself under the started stack: a job queued for a draft publishes it
 * when its time comes (the jobs cron polls every 10 s), with no one calling the run endpoint.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { schedulePublishInDrawer, signInThroughForm } from './adminPage.ts'
import { api, type Session, signIn } from './api.ts'
import { type Browser, openBrowser } from './browser.ts'
import { queueScheduledPublish } from './localPayload.ts'
import { editorLogin } from './stack.ts'

const stack = inject('stack')
let editor: Session

beforeAll(async () => {
  editor = await signIn(stack.url, editorLogin(stack))
})

/** A draft news item in the editor's own organisation, with a slug no other run uses. */
async function createDraft(title: string) {
  const grant = (editor.user.grants as { org: number | { id: number } }[])[0]
  const org = typeof grant.org === 'object' ? grant.org.id : grant.org
  const slug = `hen-gio-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`
  const { status, body } = await api(stack.url, '/api/news?draft=true', {
    method: 'POST',
    session: editor,
    body: JSON.stringify({ title, slug, category: 'dia-phuong', audience: 'public', org, _status: 'draft' }),
  })
  expect(status, JSON.stringify(body)).toBe(201)
  expect(body.doc._status).toBe('draft')
  return { id: body.doc.id as number, slug }
}

/** What an anonymous visitor sees for that slug. */
async function publicNews(slug: string) {
  const { body } = await api(stack.url, `/api/news?where[slug][equals]=${encodeURIComponent(slug)}`)
  return body.docs as { _status: string; title: string }[]
}

async function waitUntilPublic(slug: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const docs = await publicNews(slug)
    if (docs.length > 0) return docs[0]
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  throw new Error(`Tin ${slug} chưa được xuất bản sau ${timeoutMs / 1000} giây`)
}

describe('scheduled publish', () => {
  it('publishes a draft at its scheduled time without anyone running the jobs', async () => {
    const draft = await createDraft('Hội nghị học tập nghị quyết (hẹn giờ)')
    expect(await publicNews(draft.slug)).toEqual([])

    await queueScheduledPublish(stack, {
      collection: 'news',
      id: draft.id,
      at: new Date(Date.now() + 3000),
      userId: editor.user.id,
    })
    const published = await waitUntilPublic(draft.slug, 120_000)
    expect(published._status).toBe('published')
    expect(published.title).toBe('Hội nghị học tập nghị quyết (hẹn giờ)')
  })

  describe('through the admin', () => {
    let browser: Browser
    beforeAll(async () => {
      browser = await openBrowser({ baseURL: stack.url, timezoneId: 'Asia/Ho_Chi_Minh' })
    })
    afterAll(() => browser?.close())

    it('lets the editor schedule a draft with "Lịch xuất bản", and it goes live by itself', {
      timeout: 420_000,
    }, async () => {
      const draft = await createDraft('Thông báo lịch sinh hoạt chi bộ (hẹn giờ qua trang quản trị)')
      const page = await browser.context.newPage()
      await signInThroughForm(page, editorLogin(stack))
      await page.goto(`/admin/collections/news/${draft.id}`)
      await schedulePublishInDrawer(page, new Date(Date.now() + 90_000))
      expect(await publicNews(draft.slug)).toEqual([])
      // The picker works in minutes (and may fall back to its next 5-minute slot): allow for that.
      const published = await waitUntilPublic(draft.slug, 400_000)
      expect(published._status).toBe('published')
      await page.close()
    })
  })
})
