/**
 * The whole path of the functions issue in two real browsers: a member activates and signs in; the cell
 * secretary sends a notice from the admin; the member reads it and the secretary sees it counted; the member
 * asks a covered question (answered at once) and an uncovered one, which the secretary answers in the admin,
 * and the answer reaches the member's inbox.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { signInThroughForm } from './adminPage.ts'
import { type Session, signIn } from './api.ts'
import { type Browser, openBrowser } from './browser.ts'

const stack = inject('stack')
const PASSWORD = 'Trăng rằm 2026'
const NOTICE = `Sinh hoạt chi bộ tháng 12 vào 14h ngày 20/12 (${Date.now()})`
const UNCOVERED = `Chi bộ mình có tổ chức đi thăm khu di tích vào dịp cuối năm không ạ? (${Date.now()})`
const ANSWER = 'Có, chi bộ sẽ tổ chức đi thăm vào sáng Chủ nhật 27/12, tập trung ở nhà văn hóa thôn.'

let memberBrowser: Browser
let adminBrowser: Browser
let secretary: Session
let phone: Page
let admin: Page
let member: { fullName: string; cardNumber: string; code: string }
let cellName: string

/** A member of the secretary's cell still waiting for activation, from the secretary's own code sheet. */
async function pendingMember() {
  const grantOrg = (secretary.user.grants as { org: number | { id: number } }[])[0].org
  const org = typeof grantOrg === 'object' ? grantOrg.id : grantOrg
  const cell = await fetch(`${stack.url}/api/orgs/${org}?depth=0`, { headers: { cookie: secretary.cookie } })
  cellName = (await cell.json()).name
  // Printing issues new codes (they are stored sealed), so it is a POST from the admin's own origin.
  const sheet = await fetch(`${stack.url}/api/users/activation-codes?org=${org}&format=csv`, {
    method: 'POST',
    headers: { cookie: secretary.cookie, origin: stack.url },
  })
  const rows = (await sheet.text())
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')
    .slice(1)
  // Row 0 is the one the sign-in suite activates; take another so the suites never collide.
  const [fullName, cardNumber, , code] = rows[1].split(',').map((c) => c.replace(/^"|"$/g, ''))
  return { fullName, cardNumber, code }
}

/** Payload's selects are react-select: open, type to filter, pick the option. */
async function chooseOption(page: Page, field: string, option: string) {
  await page.locator(`#field-${field} .rs__control`).click()
  await page.keyboard.type(option)
  await page.locator('.rs__option', { hasText: option }).first().click()
}

async function openInbox() {
  await phone.goto('/thanh-vien/hop-thu/')
  await phone.locator('.ibx-list, .ibx-count').first().waitFor({ timeout: 20_000 })
}

beforeAll(async () => {
  const login = stack.logins.find((l) => l.username === 'bithu')!
  secretary = await signIn(stack.url, login)
  member = await pendingMember()
  memberBrowser = await openBrowser({ baseURL: stack.url })
  adminBrowser = await openBrowser({ baseURL: stack.url })
  phone = await memberBrowser.context.newPage()
  await phone.setViewportSize({ width: 360, height: 740 })
  admin = await adminBrowser.context.newPage()
  await signInThroughForm(admin, login)
})
afterAll(async () => {
  await memberBrowser?.close()
  await adminBrowser?.close()
})

describe('a member and their cell secretary', () => {
  it('the member activates the account and is signed in', async () => {
    await phone.goto('/thanh-vien/kich-hoat/')
    await phone.getByLabel('Số thẻ đảng viên').fill(member.cardNumber)
    await phone.getByLabel('Mã kích hoạt').fill(member.code)
    await phone.getByLabel('Mật khẩu mới', { exact: true }).fill(PASSWORD)
    await phone.getByLabel('Nhập lại mật khẩu mới').fill(PASSWORD)
    await phone.getByRole('button', { name: 'Kích hoạt và đăng nhập' }).click()
    await phone.getByRole('heading', { name: `Xin chào, ${member.fullName}` }).waitFor()
  })

  it('the secretary sends a notice from the admin; the member reads it; the secretary sees it read', async () => {
    await admin.goto('/admin/collections/notices/create')
    await admin.locator('#field-title').fill(NOTICE)
    await admin.locator('#field-body').fill('Kính mời các đồng chí đảng viên dự họp đầy đủ, đúng giờ.')
    await chooseOption(admin, 'targetOrg', cellName)
    await admin.getByRole('button', { name: 'Gửi ngay' }).click()
    await admin.waitForURL(/\/notices\/\d+/, { timeout: 30_000 })
    const noticeUrl = admin.url()

    // The fan-out runs as a background job on the server; the member just waits for it.
    await expect
      .poll(
        async () => {
          await openInbox()
          return phone.getByText(NOTICE).count()
        },
        { timeout: 120_000, interval: 3000 },
      )
      .toBeGreaterThan(0)
    await phone.getByText(NOTICE).first().click()
    await phone.getByRole('button', { name: 'Đánh dấu đã đọc' }).click()
    await openInbox()
    expect(await phone.locator('.ibx-row', { hasText: NOTICE }).textContent()).toContain('Đã đọc')

    await expect
      .poll(
        async () => {
          await admin.goto(noticeUrl)
          return admin.locator('body').textContent()
        },
        { timeout: 30_000, interval: 2000 },
      )
      .toMatch(/Đã đọc 1 \(/)
  })

  it('a covered question is answered at once; an uncovered one is answered by the secretary in the admin', async () => {
    await phone.goto('/thanh-vien/hoi-dap/')
    const box = phone.getByLabel('Câu hỏi của đồng chí')
    await box.fill('Đảng viên đi làm ăn xa thì sinh hoạt ở đâu?')
    await phone.getByRole('button', { name: 'Gửi câu hỏi' }).click()
    await phone.getByText('Trả lời tự động từ ngân hàng hỏi đáp').waitFor({ timeout: 20_000 })

    await phone.goto('/thanh-vien/hoi-dap/')
    await phone.getByLabel('Câu hỏi của đồng chí').fill(UNCOVERED)
    await phone.getByRole('button', { name: 'Gửi câu hỏi' }).click()
    await phone
      .getByText('Câu hỏi đã được gửi đến bí thư chi bộ', { exact: false })
      .waitFor({ timeout: 20_000 })

    await admin.goto('/admin/collections/questions')
    await admin.getByText(UNCOVERED).first().click()
    await admin.waitForURL(/\/questions\/\d+/)
    await admin.locator('#field-answer').fill(ANSWER)
    await admin.locator('#action-save').click()
    await admin
      .getByText(/thành công|Đã cập nhật/)
      .first()
      .waitFor()

    await expect
      .poll(
        async () => {
          await openInbox()
          return phone.getByText('Trả lời câu hỏi của đồng chí').count()
        },
        { timeout: 120_000, interval: 3000 },
      )
      .toBeGreaterThan(0)
    await phone.getByText('Trả lời câu hỏi của đồng chí').first().click()
    await phone.getByText(ANSWER).waitFor()
  })
})
