/**
 * Merging two cells from the admin: the superadmin picks a cell and the cell it merges into, saves a dry run
 * and reads the list of members that will move, then runs it for real and watches the progress reach 100%;
 * the server's own job queue runs both. A member of the former cell then signs in on a phone (360 and 320 px)
 * and finds the merged cell's internal news under "Của chi bộ / đảng bộ của tôi".
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { signInThroughForm } from './adminPage.ts'
import { api, type Session, signIn } from './api.ts'
import { type Browser, openBrowser } from './browser.ts'
import type { DemoLogin } from './stack.ts'

const stack = inject('stack')
const RUN = Date.now() % 100000
const FORMER = `Chi bộ thôn Bản Sáp ${RUN}`
const MERGED = `Chi bộ thôn Nà Hợp ${RUN}`
const MEMBER = { username: `sapnhap${RUN}`, password: 'MatKhau@2026', fullName: 'Lường Thị Sáp Nhập' }
const NEWS = `Chi bộ thôn Nà Hợp họp bàn làm đường liên thôn ${RUN}`
/** The stack's machine is shared and slow at times; the job queue polls every few seconds. */
const SLOW = { timeout: 120_000, interval: 1000 }

let browser: Browser
let admin: Session
let superadmin: DemoLogin

const create = async (collection: string, data: unknown) => {
  const { status, body } = await api(stack.url, `/api/${collection}`, {
    method: 'POST',
    session: admin,
    body: JSON.stringify(data),
  })
  if (status !== 201) throw new Error(`Tạo ${collection} thất bại: ${status} ${JSON.stringify(body)}`)
  return body.doc as { id: number }
}

beforeAll(async () => {
  browser = await openBrowser({ baseURL: stack.url })
  superadmin = stack.logins.find((login) => login.username === 'quantri')!
  admin = await signIn(stack.url, superadmin)
  const committee = await signIn(stack.url, stack.logins.find((login) => login.username === 'capuy')!)
  const grant = (committee.user.grants as { org: number | { id: number } }[])[0].org
  const commune = typeof grant === 'object' ? grant.id : grant
  // Two cells of their own, so the rest of the suite keeps the demo tree as seeded.
  const former = await create('orgs', { name: FORMER, code: `SN-A-${RUN}`, kind: 'chi-bo', parent: commune })
  const merged = await create('orgs', { name: MERGED, code: `SN-B-${RUN}`, kind: 'chi-bo', parent: commune })
  await create('users', { ...MEMBER, org: former.id })
  await create('news', {
    title: NEWS,
    category: 'co-so',
    org: merged.id,
    audience: 'org',
    _status: 'published',
  })
})
afterAll(() => browser?.close())

async function pickOrg(page: Page, field: string, name: string) {
  await page.locator(`#field-${field}`).click()
  await page.keyboard.type(name.slice(0, 20))
  await page.locator('.rs__option', { hasText: name }).click()
}

describe('merging two cells in the admin', () => {
  let page: Page
  beforeAll(async () => {
    page = await browser.context.newPage()
    await page.setViewportSize({ width: 1280, height: 900 })
    page.on('pageerror', (error) => console.log(`[page error] ${error.message}`))
  })
  afterAll(() => page?.close())

  it('a dry run lists the members who will move, and moves nobody', async () => {
    await signInThroughForm(page, superadmin)
    await page.goto('/admin/collections/org-changes/create')
    await pickOrg(page, 'source', FORMER)
    await pickOrg(page, 'target', MERGED)
    expect(await page.locator('#field-dryRun').isChecked()).toBe(true)
    await page.locator('#action-save').click()
    await page.waitForURL(/\/org-changes\/\d+/, { timeout: 30_000 })
    const preview = page.locator('#field-previewText')
    await expect
      .poll(async () => {
        await page.reload()
        return (await preview.count()) ? preview.inputValue() : ''
      }, SLOW)
      .toContain(`${MEMBER.fullName} — ${FORMER}`)
    expect(await preview.inputValue()).toContain('Đảng viên (1)')
    const member = await api(stack.url, `/api/users?where[username][equals]=${MEMBER.username}&depth=1`, {
      session: admin,
    })
    expect(member.body.docs[0].org.name).toBe(FORMER)
  })

  it('run for real, the progress reaches 100% and the former cell is kept as merged', async () => {
    await page.locator('#field-dryRun').uncheck()
    await page.locator('#action-save').click()
    await page
      .getByText(/thành công|Đã cập nhật/i)
      .first()
      .waitFor({ timeout: 30_000 })
    const progress = page.locator('#field-progress')
    await expect
      .poll(async () => {
        await page.reload()
        return progress.inputValue()
      }, SLOW)
      .toMatch(/^100%/)
    expect(await progress.inputValue()).toContain('Đảng viên: 1')
    const former = await api(
      stack.url,
      `/api/orgs?where[name][equals]=${encodeURIComponent(FORMER)}&depth=1`,
      {
        session: admin,
      },
    )
    expect(former.body.docs[0]).toMatchObject({ status: 'merged', mergedInto: { name: MERGED } })
  })
})

describe.each([
  { width: 360, height: 740 },
  { width: 320, height: 640 },
])('the former cell’s member reads the merged cell’s news at $width px', (viewport) => {
  let page: Page
  beforeAll(async () => {
    await browser.context.clearCookies()
    page = await browser.context.newPage()
    await page.setViewportSize(viewport)
  })
  afterAll(() => page?.close())

  it('finds it under "Của chi bộ / đảng bộ của tôi"', async () => {
    await page.goto('/thanh-vien/dang-nhap/')
    await page.getByLabel('Số thẻ đảng viên').fill(MEMBER.username)
    await page.getByLabel('Mật khẩu', { exact: true }).fill(MEMBER.password)
    await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click()
    await page.getByRole('heading', { name: /Xin chào/ }).waitFor({ timeout: 30_000 })
    await page.goto('/thanh-vien/tin-tuc/')
    const mine = page.locator('.rd-mine')
    await mine.getByRole('heading', { name: 'Của chi bộ / đảng bộ của tôi' }).waitFor({ timeout: 30_000 })
    await expect.poll(() => mine.locator('.rd-row', { hasText: NEWS }).count(), SLOW).toBe(1)
    const sideways = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    )
    expect(sideways).toBeLessThanOrEqual(0)
  })
})
