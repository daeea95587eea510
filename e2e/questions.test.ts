/** Hỏi đáp in a real browser on a 360px phone: the bank answers at once, "Chưa đúng ý tôi" sends it to the cell. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser } from './browser.ts'
import { memberBrowser } from './memberBrowser.ts'

const stack = inject('stack')
let browser: Browser

beforeAll(async () => {
  ;({ browser } = await memberBrowser(stack))
})
afterAll(() => browser?.close())

describe('asking a question', () => {
  it('answers from the bank at once, marked automatic, and passes it to the cell when it did not help', async () => {
    const page = await browser.context.newPage()
    await page.setViewportSize({ width: 360, height: 740 })
    await page.goto('/thanh-vien/hoi-dap/')
    const box = page.getByLabel('Câu hỏi của đồng chí')
    await box.waitFor({ timeout: 20_000 })
    await box.fill('dang vien di lam an xa thi sinh hoat o dau')
    await page.getByRole('button', { name: 'Gửi câu hỏi' }).click()
    await page.getByText('Trả lời tự động từ ngân hàng hỏi đáp').waitFor({ timeout: 20_000 })
    expect(await page.getByText('Đảng viên đi làm ăn xa thì sinh hoạt ở đâu?', { exact: true }).count()).toBe(
      1,
    )
    await page.screenshot({ path: '/tmp/questions-auto.png', fullPage: true })

    await page.getByRole('button', { name: /Chưa đúng ý tôi/ }).click()
    await page.getByText('Đã chuyển câu hỏi đến bí thư chi bộ').waitFor()

    await page.goto('/thanh-vien/cau-hoi-cua-toi/')
    const item = page.locator('.qa-list li').first()
    await item.waitFor({ timeout: 20_000 })
    expect(await item.textContent()).toContain('Chờ trả lời')
    expect(await item.textContent()).toContain('dang vien di lam an xa thi sinh hoat o dau')
    await page.screenshot({ path: '/tmp/questions-mine.png', fullPage: true })
  })

  it('refuses a too-short question in Vietnamese without sending it', async () => {
    const page = await browser.context.newPage()
    await page.goto('/thanh-vien/hoi-dap/')
    await page.getByLabel('Câu hỏi của đồng chí').fill('Hỏi gì?')
    await page.getByRole('button', { name: 'Gửi câu hỏi' }).click()
    await page.getByText('Câu hỏi quá ngắn: cần ít nhất 10 ký tự.').waitFor()
  })
})
