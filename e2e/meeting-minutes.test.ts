/**
 * The minutes of one held meeting on a 360px phone: the recorder drafts them from the meeting and writes the
 * discussion, the chair (the cell secretary) approves and downloads the PDF, whose text carries the party
 * header with its marks intact, and an ordinary member reads the approved minutes. The meeting, its check-ins
 * and its closed vote are written beforehand through a local Payload (e2e/local/minutesMeeting.ts).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { extractText, getDocumentProxy } from 'unpdf'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { signIn } from './api.ts'
import { type Browser, openBrowser } from './browser.ts'
import { heldMeeting } from './localPayload.ts'
import { sidewaysOverflow } from './phoneLayout.ts'
import { type DemoLogin, memberLogin } from './stack.ts'

const stack = inject('stack')
const DISCUSSION = 'Đồng chí Bí thư đánh giá chi bộ hoàn thành tốt nhiệm vụ; các đồng chí thống nhất.'
let browser: Browser
let page: Page
let held: Awaited<ReturnType<typeof heldMeeting>>
const chairLogin = () => stack.logins.find((l) => l.username === 'bithu')!

async function as(login: Pick<DemoLogin, 'username' | 'password'>) {
  const session = await signIn(stack.url, login as DemoLogin)
  await browser.context.clearCookies()
  const [name, value] = session.cookie.split(';')[0]?.split('=') ?? []
  await browser.context.addCookies([{ name: String(name), value: String(value), url: stack.url }])
  // A blank page first: going to the same address with only its hash would not reload as the new person.
  await page.goto('about:blank')
  await page.goto(`/thanh-vien/sinh-hoat/#${held.meeting}`)
  await page.getByRole('heading', { name: 'Biên bản cuộc họp' }).waitFor({ timeout: 30_000 })
}
const panel = () => page.locator('section.mn')

beforeAll(async () => {
  held = await heldMeeting(stack, memberLogin(stack).username)
  browser = await openBrowser({ baseURL: stack.url })
  page = await browser.context.newPage()
  await page.setViewportSize({ width: 360, height: 740 })
  page.on('pageerror', (error) => console.log(`[page error] ${error.message}`))
  page.on('dialog', (dialog) => dialog.accept())
})
afterAll(() => browser?.close())

describe('the minutes of a held meeting at 360px', () => {
  it('the recorder drafts them from the meeting and writes the discussion', async () => {
    await as(held.recorder)
    await panel().getByRole('button', { name: 'Lập dự thảo từ cuộc họp' }).click()
    await panel().getByText('Đã lập dự thảo biên bản').waitFor()
    const text = await panel().textContent()
    expect(text).toContain(held.member)
    expect(text).toContain('Đề nghị kết nạp quần chúng Lê Văn Tâm')
    expect(text).toMatch(/Tán thành:\s*2/)
    await panel().getByLabel('Ý kiến thảo luận').first().fill(DISCUSSION)
    await panel().getByRole('button', { name: 'Lưu', exact: true }).click()
    await panel().getByText('Đã lưu biên bản.').waitFor()
    expect(await panel().getByRole('button', { name: 'Thông qua biên bản' }).count()).toBe(0)
    expect((await sidewaysOverflow(page)).offenders).toEqual([])
  })

  it('the chair approves them, the boxes close, and the PDF downloads with the party header', async () => {
    await as(chairLogin())
    await panel().getByRole('button', { name: 'Thông qua biên bản' }).click()
    await panel().getByText('Đã thông qua biên bản').waitFor()
    expect(await panel().locator('textarea').count()).toBe(0)
    expect(await panel().textContent()).toContain(DISCUSSION)
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel().getByRole('link', { name: 'Tải biên bản (PDF)' }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(/^Biên bản .+\.pdf$|^bien-ban-.+\.pdf$/)
    const dir = mkdtempSync(path.join(tmpdir(), 'sotay-minutes-'))
    try {
      const file = path.join(dir, 'bien-ban.pdf')
      await download.saveAs(file)
      expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-')
      // pdf.js from npm, so the check needs no Debian tool.
      const pdf = await getDocumentProxy(new Uint8Array(readFileSync(file)))
      const { text } = await extractText(pdf, { mergePages: true })
      for (const expected of ['ĐẢNG CỘNG SẢN VIỆT NAM', 'BIÊN BẢN', 'CHỦ TRÌ', 'THƯ KÝ', held.member])
        expect(text).toContain(expected)
      expect(text).not.toContain('DỰ THẢO')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('a member of the cell reads the approved minutes and may not change them', async () => {
    await as(memberLogin(stack))
    await panel().getByText('Đã thông qua').first().waitFor()
    expect(await panel().textContent()).toContain(DISCUSSION)
    expect(await panel().locator('textarea').count()).toBe(0)
    expect(
      await panel()
        .getByRole('button', { name: /Lập|Lưu|Thông qua/ })
        .count(),
    ).toBe(0)
    const refused = await page.evaluate(async (id) => {
      const r = await fetch(`/fn/meetings/${id}/minutes`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ summary: 'Sửa' }),
      })
      return { status: r.status, body: await r.json() }
    }, String(held.meeting))
    expect(refused.status).toBe(403)
    expect((await sidewaysOverflow(page)).offenders).toEqual([])
    await page.setViewportSize({ width: 320, height: 640 })
    expect((await sidewaysOverflow(page)).offenders).toEqual([])
  })
})
