/**
 * The admin as committee staff use it (issue 13, item 5), at desktop width: the handbook's own name and mark,
 * "Gửi ngay" for a notice, system states read-only, a secretary's target list from their own cell, refusals on
 * their field, every member's cell named in the list, and checkboxes read in words.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { signInThroughForm } from './adminPage.ts'
import { api, type Session, signIn } from './api.ts'
import { type Browser, openBrowser } from './browser.ts'
import { type DemoLogin, editorLogin } from './stack.ts'

const stack = inject('stack')
let browser: Browser
const loginOf = (username: string) => stack.logins.find((login) => login.username === username) as DemoLogin
const committee = () => loginOf('capuy')
const secretary = () => loginOf('bithu')

beforeAll(async () => {
  browser = await openBrowser({ baseURL: stack.url })
})
afterAll(() => browser?.close())

async function signedIn(login: DemoLogin): Promise<Page> {
  await browser.context.clearCookies()
  const page = await browser.context.newPage()
  await signInThroughForm(page, login)
  return page
}

async function grantOrg(session: Session): Promise<{ id: number; name: string }> {
  const grant = (session.user.grants as { org: number | { id: number } }[])[0].org
  const id = typeof grant === 'object' ? grant.id : grant
  return (await api(stack.url, `/api/orgs/${id}?depth=0`, { session })).body
}

describe('the admin for committee staff', () => {
  it('shows the handbook’s name and mark on the login page, not Payload’s', async () => {
    await browser.context.clearCookies()
    const page = await browser.context.newPage()
    await page.goto('/admin/login')
    await page.locator('.sotay-logo').waitFor()
    expect(await page.locator('.sotay-logo').textContent()).toContain('Sổ tay Đảng viên')
    expect(await page.title()).toContain('Sổ tay Đảng viên')
    expect(await page.title()).not.toMatch(/payload/i)
    const icon = await page.locator('link[rel="icon"]').first().getAttribute('href')
    expect(icon).toMatch(/^data:image\/svg\+xml/)
    const siteName = await page.locator('meta[property="og:site_name"]').getAttribute('content')
    expect(siteName).toBe('Sổ tay Đảng viên')
    expect((await page.locator('body').allInnerTexts()).join('\n')).not.toMatch(/payload/i)
    await page.screenshot({ path: '/tmp/polish-login.png' })
    await page.close()
  })

  it('names every member’s cell in the committee’s members list', async () => {
    const page = await signedIn(committee())
    await page.goto('/admin/collections/users?limit=100')
    const cells = page.locator('table tbody td.cell-org')
    await expect.poll(() => cells.count(), { timeout: 30_000 }).toBeGreaterThan(10)
    const names = await cells.allInnerTexts()
    expect(names.filter((name) => /Không có|^\s*$|—/.test(name))).toEqual([])
    // The navigation carries the handbook's icon, not Payload's.
    expect(await page.locator('.sotay-icon').count()).toBeGreaterThan(0)
    await page.screenshot({ path: '/tmp/polish-users.png', fullPage: true })
    await page.close()
  })

  it('lets a secretary send a notice to their own cell with “Gửi ngay”; the sent notice is read-only', async () => {
    const session = await signIn(stack.url, secretary())
    const cell = await grantOrg(session)
    const page = await signedIn(secretary())
    await page.goto('/admin/collections/notices/create')
    const target = page.locator('#field-targetOrg')
    await expect.poll(() => target.textContent(), { timeout: 30_000 }).toContain(cell.name)
    // The list of targets holds their cell alone.
    await target.locator('.rs__control').click()
    await expect.poll(() => page.locator('.rs__option').count(), { timeout: 15_000 }).toBeGreaterThan(0)
    expect(await page.locator('.rs__option').allInnerTexts()).toEqual([cell.name])
    await page.keyboard.press('Escape')
    // System states and the fan-out checkpoint are not the sender's to touch.
    expect(await page.locator('#field-status input').first().isDisabled()).toBe(true)
    expect(await page.getByText('Mốc tiến độ').count()).toBe(0)
    expect(await page.getByRole('button', { name: 'Lưu nháp' }).count()).toBe(1)
    const title = `Thông báo họp chi bộ ${Date.now()}`
    await page.locator('#field-title').fill(title)
    await page.locator('#field-body').fill('Kính mời các đồng chí dự sinh hoạt chi bộ tháng này.')
    await page.screenshot({ path: '/tmp/polish-notice-new.png', fullPage: true })
    await page.getByRole('button', { name: 'Gửi ngay' }).click()
    await page.waitForURL(/\/collections\/notices\/\d+/, { timeout: 30_000 })
    const id = page.url().match(/notices\/(\d+)/)![1]
    await expect
      .poll(async () => (await api(stack.url, `/api/notices/${id}?depth=0`, { session })).body?.status, {
        timeout: 90_000,
        interval: 1000,
      })
      .toBe('sent')
    await page.reload()
    await page.getByText('Thông báo đã được gửi, không sửa được nữa.').waitFor({ timeout: 30_000 })
    expect(await page.getByRole('button', { name: 'Gửi ngay' }).count()).toBe(0)
    expect(await page.locator('#field-status').textContent()).toContain('Đã gửi')
    expect(await page.getByText('Mốc tiến độ').count()).toBe(0)
    await page.screenshot({ path: '/tmp/polish-notice-sent.png', fullPage: true })
    await page.close()
  })

  it('reads the inbox’s read state in words, not “sai” or “đúng”', async () => {
    const page = await signedIn(secretary())
    await page.goto('/admin/collections/inbox?limit=50')
    const cells = page.locator('table tbody td.cell-read')
    await expect.poll(() => cells.count(), { timeout: 30_000 }).toBeGreaterThan(0)
    for (const text of await cells.allInnerTexts()) expect(['Đã đọc', 'Chưa đọc']).toContain(text.trim())
    const all = await page.locator('table tbody td').allInnerTexts()
    expect(all.filter((text) => /^(sai|đúng)$/i.test(text.trim()))).toEqual([])
    await page.screenshot({ path: '/tmp/polish-inbox.png', fullPage: true })
    await page.close()
  })

  it('shows why a classified document is refused, in Vietnamese, and keeps it unchanged', async () => {
    const editor = editorLogin(stack)
    const session = await signIn(stack.url, editor)
    const doc = (await api(stack.url, '/api/documents?limit=1&depth=0&sort=id', { session })).body.docs[0]
    const page = await signedIn(editor)
    await page.goto(`/admin/collections/documents/${doc.id}`)
    const field = page.locator('#field-classification')
    await field.locator('.rs__control').click()
    await page.locator('.rs__option', { hasText: /^Mật$/ }).click()
    await page.locator('#action-save').click()
    const reason = /Không được đưa tài liệu có độ mật/
    // Payload's toast lasts a few seconds: read it as soon as it shows.
    const toast = page.locator('.payload-toast-container')
    await expect.poll(() => toast.textContent(), { timeout: 30_000, interval: 200 }).toMatch(reason)
    expect((await toast.textContent()) ?? '').not.toMatch(/Field sau|classification/)
    // And under the field itself, where the editor looks, not only in the toast that fades: it is still there
    // after the seconds in which Payload replaced its own field error, for as long as the level is classified.
    const fieldReason = page.locator('.field-refusal')
    await expect.poll(() => fieldReason.count(), { timeout: 10_000 }).toBe(1)
    expect(await fieldReason.textContent()).toMatch(reason)
    await page.waitForTimeout(5000)
    expect(await fieldReason.textContent()).toMatch(reason)
    // The API answer carries the reason on the field's path, for the form and for other clients.
    const refused = await api(stack.url, `/api/documents/${doc.id}?draft=true`, {
      session,
      method: 'PATCH',
      body: JSON.stringify({ classification: 'mat', _status: 'draft' }),
    })
    expect(refused.status).toBe(400)
    expect(refused.body.errors[0].data.errors).toEqual([
      expect.objectContaining({ path: 'classification', message: expect.stringMatching(reason) }),
    ])
    await page.screenshot({ path: '/tmp/polish-classified.png', fullPage: true })
    const after = (await api(stack.url, `/api/documents/${doc.id}?depth=0&draft=true`, { session })).body
    expect(after.classification).toBe('thuong')
    // Taking the level back removes the reason.
    await field.locator('.rs__control').click()
    await page.locator('.rs__option', { hasText: /^Thường/ }).click()
    await expect.poll(() => fieldReason.count(), { timeout: 10_000 }).toBe(0)
    await page.close()
  })
})
