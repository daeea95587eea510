/** Cài đặt thông báo in a real browser: a member switches email off (kept after a reload) and tries to turn on push on this phone. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { api, type Session } from './api.ts'
import type { Browser } from './browser.ts'
import { memberBrowser } from './memberBrowser.ts'

const stack = inject('stack')
let browser: Browser
let session: Session

beforeAll(async () => {
  ;({ browser, session } = await memberBrowser(stack))
})
afterAll(() => browser?.close())

describe('notification settings on a 360px phone', () => {
  it('saves the channel toggles and says in Vietnamese what happened on this device', async () => {
    const page = await browser.context.newPage()
    await page.setViewportSize({ width: 360, height: 740 })
    await page.goto('/thanh-vien/cai-dat-thong-bao/')
    const email = page.getByRole('checkbox', { name: /Email/ })
    const push = page.getByRole('checkbox', { name: /Thông báo đẩy trên điện thoại/ })
    await email.waitFor({ timeout: 20_000 }).catch(async (error) => {
      await page.screenshot({ path: '/tmp/notification-settings-failed.png', fullPage: true })
      console.log(
        await page
          .locator('main')
          .textContent()
          .catch(() => ''),
      )
      throw error
    })
    await page.waitForFunction(
      () => !document.querySelector<HTMLInputElement>('.settings-toggle input')?.disabled,
    )
    expect(await push.isChecked()).toBe(true)

    await email.uncheck()
    await page.getByText('Đã lưu cài đặt.').waitFor()
    const me = await api(stack.url, '/api/users/me', { session })
    expect(me.body.user.notificationSettings).toMatchObject({ email: false, push: true })

    await page.reload()
    await page.waitForFunction(
      () => !document.querySelector<HTMLInputElement>('.settings-toggle input')?.disabled,
    )
    // The island loads the saved settings after it becomes enabled; wait for them rather than race.
    await expect
      .poll(() => page.getByRole('checkbox', { name: /Email/ }).isChecked(), { timeout: 10_000 })
      .toBe(false)

    // Headless Chromium here has no route to its push service: the member is told so, in Vietnamese.
    await browser.context.grantPermissions(['notifications'], { origin: stack.url })
    await page.getByRole('button', { name: 'Bật thông báo trên máy này' }).click()
    const outcome = page.locator('.settings-error, .settings-device[data-state="on"]')
    await outcome
      .first()
      .waitFor({ timeout: 60_000 })
      .catch(async (error) => {
        await page.screenshot({ path: '/tmp/notification-settings-failed.png', fullPage: true })
        throw error
      })
    const text = await outcome.first().textContent()
    expect(text).toMatch(
      /Trình duyệt chưa kết nối được dịch vụ thông báo|Ứng dụng chưa sẵn sàng trên máy này|Máy này đang nhận thông báo đẩy/,
    )
    await page.screenshot({ path: '/tmp/notification-settings.png', fullPage: true })

    // Leave the demo member as it was.
    await api(stack.url, `/api/users/${session.user.id}`, {
      method: 'PATCH',
      session,
      body: JSON.stringify({ notificationSettings: { email: true, push: true } }),
    })
  })
})
