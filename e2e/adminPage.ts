/** Steps in the Payload admin that several e2e files take. */
import type { Page } from 'playwright-core'
import type { DemoLogin } from './stack.ts'

/** Signs in through the admin's own login form, as a person would. */
export async function signInThroughForm(page: Page, login: DemoLogin): Promise<void> {
  await page.goto('/admin/login')
  await page.locator('#field-username').fill(login.username)
  await page.locator('#field-password').fill(login.password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => !url.pathname.startsWith('/admin/login'))
}

const TIME_ZONE = 'Asia/Ho_Chi_Minh'

/**
 * Schedules the open document to be published at about `at` through the "Lịch xuất bản" drawer.
 * The picker offers 5-minute slots; we pick today's first free slot, then type the wanted minute in
 * the picker's own format. If the picker refuses the typed value, the slot stays.
 */
export async function schedulePublishInDrawer(page: Page, at: Date): Promise<void> {
  await page.locator('#action-save-popup .popup-button').click()
  await page.getByText('Lịch xuất bản', { exact: true }).click()
  const drawer = page.locator('.schedule-publish__scheduler')
  await drawer.locator('label[for$="-type-publish"]').click()
  const input = drawer.locator('.react-datepicker__input-container input')
  await input.click()
  // The day of `at` in Vietnam, not "today": at 23:59 there, +90 s is tomorrow, whose times are all still open.
  const day = new Intl.DateTimeFormat('en-US', { timeZone: TIME_ZONE, day: 'numeric' }).format(at)
  await page
    .locator(`.react-datepicker__day--${day.padStart(3, '0')}:not(.react-datepicker__day--outside-month)`)
    .first()
    .click()
  await page
    .locator('.react-datepicker__time-list-item:not(.react-datepicker__time-list-item--disabled)')
    .first()
    .click()
  const slot = await input.inputValue()
  const wanted = new Intl.DateTimeFormat('en-US', {
    timeZone: TIME_ZONE,
    hour: 'numeric',
    minute: '2-digit',
    hour12: true,
  }).format(at)
  const typed = slot.replace(/\d{1,2}:\d{2}\s*(AM|PM)/i, wanted)
  if (typed !== slot) {
    await input.click()
    await input.press('Control+a')
    await input.pressSequentially(typed)
    // Closing the picker by clicking elsewhere keeps the typed value; Escape would close the drawer.
    await page.locator('.schedule-publish__drawer-header h2').click()
    const kept = await input.inputValue()
    if (kept !== typed) console.warn(`[e2e] bộ chọn giờ không nhận "${typed}", dùng "${kept}"`)
  }
  await page.locator('#scheduled-publish-save').click()
  await page.getByText('Đã lên lịch thành công.').waitFor()
}
