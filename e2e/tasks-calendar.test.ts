/**
 * Tasks and "Lịch của tôi" on a 360px phone: the demo commune committee assigns a task to two of its cells on the
 * assign screen, picking them by names typed without accents; the demo secretary passes their cell's share to the
 * demo member the same way, who reports 50% and then 100% with the list
 * attached; the committee sees both cells' progress, and the cell whose date has passed is reminded (the
 * reminder job run now). The member adds an entry with a reminder and sees the secretary's meeting in the
 * agenda; the iCal feed parses with ical.js and keeps its UIDs across two fetches. Checked at 320px too.
 */
import ICAL from 'ical.js'
import type { Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { api, type Session, signIn } from './api.ts'
import { type Browser, openBrowser } from './browser.ts'
import { runJobNow } from './localPayload.ts'
import { type DemoLogin, memberLogin, stackLog } from './stack.ts'

const stack = inject('stack')
const TITLE = `Rà soát danh sách đảng viên miễn sinh hoạt ${Date.now() % 100000}`
const MEETING = `Sinh hoạt chi bộ tháng ${Date.now() % 100000}`
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<<>>endobj\nxref\n0 1\n0000000000 65535 f \ntrailer<<>>\nstartxref\n9\n%%EOF\n',
)
const DAY = 86_400_000
/** The stack's machine is shared and slow at times: a page's first answer may take seconds. */
const SLOW = { timeout: 30_000, interval: 250 }

const login = (username: string): DemoLogin => {
  const found = stack.logins.find((l) => l.username === username)
  if (!found) throw new Error(`Không có tài khoản mẫu ${username}`)
  return found
}
/** A name as typed without accents. */
const plain = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
const idOf = (ref: unknown) => (ref && typeof ref === 'object' ? (ref as { id: number }).id : ref) as number

let browser: Browser
let committee: Session
let secretary: Session
let member: Session
let cellTaskId: number
let otherTaskId: number

const fnCall = (session: Session, path: string, body?: unknown, method?: string) =>
  api(stack.url, `/fn${path}`, {
    session,
    method: method ?? (body === undefined ? 'GET' : 'POST'),
    body: body === undefined ? undefined : JSON.stringify(body),
  })

/** Waits for `done`, or fails at once with the page's own refusal and the stack's log. */
async function awaitOutcome(page: Page, done: Locator, what: string) {
  const refused = page.locator('[role="alert"]:not([hidden])').filter({ hasText: /\S/ })
  await expect
    .poll(async () => (await done.isVisible()) || (await refused.count()) > 0, { ...SLOW, timeout: 90_000 })
    .toBe(true)
  if (await done.isVisible()) return
  const message = (await refused.first().textContent()) ?? ''
  throw new Error(`${what}: ${message}\n${stackLog(stack).slice(-3000)}`)
}

async function signInPage(page: Page, who: DemoLogin) {
  await browser.context.clearCookies()
  await page.goto('/thanh-vien/dang-nhap/')
  await page.getByLabel('Số thẻ đảng viên').fill(who.username)
  await page.getByLabel('Mật khẩu', { exact: true }).fill(who.password)
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click()
  // Signing in hashes the password (600,000 PBKDF2 rounds) and writes the session: slow on a loaded machine.
  await awaitOutcome(page, page.getByRole('heading', { name: /Xin chào/ }), `Đăng nhập ${who.username}`)
}

const sideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)

beforeAll(async () => {
  browser = await openBrowser({ baseURL: stack.url })
  committee = await signIn(stack.url, login('capuy'))
  secretary = await signIn(stack.url, login('bithu'))
  member = await signIn(stack.url, memberLogin(stack))
})
afterAll(() => browser?.close())

describe('tasks and the personal calendar on a phone', () => {
  let page: Page
  beforeAll(async () => {
    page = await browser.context.newPage()
    await page.setViewportSize({ width: 360, height: 740 })
    page.on('pageerror', (error) => console.log(`[page error] ${error.message}`))
  })
  afterAll(() => page?.close())

  it('on a 360px phone the committee assigns a task to two cells; the secretary passes theirs on to a member', async () => {
    const commune = idOf((committee.user.grants as { org: unknown }[])[0].org)
    const ownCell = idOf(secretary.user.org)
    const cells = await api(stack.url, `/api/orgs?where[parent][equals]=${commune}&limit=50&depth=0`, {
      session: committee,
    })
    const all = cells.body.docs as { id: number; name: string }[]
    const own = all.find((o) => o.id === ownCell)!
    const other = all.find((o) => o.id !== ownCell)
    expect(other).toBeDefined()
    const due = (days: number) => new Date(Date.now() + 7 * 3_600_000 + days * DAY).toISOString().slice(0, 10)

    await signInPage(page, login('capuy'))
    await page.goto('/thanh-vien/nhiem-vu/')
    await page.getByRole('button', { name: 'Giao nhiệm vụ', exact: true }).click({ timeout: 30_000 })
    await page.getByLabel('Tên nhiệm vụ').fill(TITLE)
    await page.getByLabel(/^Nội dung/).fill('Đối chiếu hồ sơ, lập danh sách, gửi Đảng ủy xã.')
    await page.getByLabel('Hạn hoàn thành').fill(due(2))
    await page.getByLabel('Mức độ').selectOption('cao')
    await page.getByRole('radio', { name: 'Tổ chức' }).check()
    // Each cell is found by its name typed without accents, as on a phone keyboard without Telex.
    for (const cell of [own, other!]) {
      await page.getByLabel(/^Tìm theo tên/).fill(plain(cell.name))
      const box = page.getByRole('checkbox', { name: cell.name, exact: true })
      await box.waitFor({ timeout: 30_000 })
      await box.check()
    }
    expect(await sideways(page)).toBeLessThanOrEqual(0)
    await page.getByRole('button', { name: 'Giao nhiệm vụ', exact: true }).click()
    await expect.poll(() => page.getByText('Đã giao nhiệm vụ cho 2 nơi.').isVisible(), SLOW).toBe(true)

    const overview = await fnCall(committee, '/tasks/overview')
    const tasks = (overview.body.tasks as { id: number; title: string; assigneeOrgId: number }[]).filter(
      (t) => t.title === TITLE,
    )
    expect(tasks.map((t) => t.assigneeOrgId).sort()).toEqual([ownCell, other!.id].sort())
    cellTaskId = tasks.find((t) => t.assigneeOrgId === ownCell)!.id
    otherTaskId = tasks.find((t) => t.assigneeOrgId !== ownCell)!.id
    // The other cell's due date passes (the committee moves it to yesterday in /admin's REST).
    const moved = await api(stack.url, `/api/tasks/${otherTaskId}`, {
      session: committee,
      method: 'PATCH',
      body: JSON.stringify({ dueAt: new Date(Date.now() - DAY).toISOString() }),
    })
    expect(moved.status).toBe(200)

    await signInPage(page, login('bithu'))
    await page.goto(`/thanh-vien/nhiem-vu/#${cellTaskId}`)
    await page.getByRole('button', { name: 'Giao tiếp cho đảng viên' }).click({ timeout: 30_000 })
    await expect.poll(() => page.getByLabel('Tên nhiệm vụ').inputValue(), SLOW).toBe(TITLE)
    await page.getByLabel('Hạn hoàn thành').fill(due(1))
    const name = String(member.user.fullName)
    await page.getByLabel(/^Tìm theo tên/).fill(plain(name).toLowerCase())
    const person = page.getByRole('checkbox', { name: new RegExp(`^${name} ·`) })
    await person.waitFor({ timeout: 30_000 })
    await person.check()
    expect(await sideways(page)).toBeLessThanOrEqual(0)
    await page.getByRole('button', { name: 'Giao nhiệm vụ', exact: true }).click()
    await expect.poll(() => page.getByText('Đã giao nhiệm vụ cho 1 nơi.').isVisible(), SLOW).toBe(true)
    await expect
      .poll(() => page.getByRole('region', { name: 'Đã giao tiếp' }).getByText(name).count(), SLOW)
      .toBeGreaterThanOrEqual(1)

    // A member of another commune is not offered, and a forged pass-on to them is refused in Vietnamese.
    const outsider = stack.logins.find(
      (l) => l.role === 'Đảng viên' && l.username !== memberLogin(stack).username,
    )
    if (outsider) {
      const them = await signIn(stack.url, outsider)
      if (idOf(them.user.org) !== ownCell) {
        const refused = await fnCall(secretary, '/tasks', {
          title: TITLE,
          dueAt: new Date(Date.now() + DAY).toISOString(),
          parent: cellTaskId,
          assignees: [them.user.id],
        })
        expect(refused.status).toBe(403)
        expect(refused.body.error.message).toMatch(/phạm vi/)
      }
    }
  })

  it('the member reports 50%, then 100% with the list attached, on a 360px phone', async () => {
    await signInPage(page, memberLogin(stack))
    await page.goto('/thanh-vien/nhiem-vu/')
    await page
      .getByRole('link', { name: new RegExp(TITLE) })
      .first()
      .click()
    await page.getByLabel('Đã hoàn thành (%)').fill('50')
    await page.getByLabel('Ghi chú').fill('Đã rà soát xong 2 tổ.')
    await page.getByRole('button', { name: 'Gửi báo cáo' }).click()
    await expect.poll(() => page.getByText('Đã báo cáo hoàn thành 50%.').isVisible(), SLOW).toBe(true)
    await page.getByLabel('Đã hoàn thành (%)').fill('101')
    await page.getByRole('button', { name: 'Gửi báo cáo' }).click()
    await expect
      .poll(() => page.getByText('Tỉ lệ hoàn thành phải là số nguyên từ 0 đến 100.').isVisible(), SLOW)
      .toBe(true)
    await page.getByLabel('Đã hoàn thành (%)').fill('100')
    await page
      .getByLabel(/Tệp đính kèm/)
      .setInputFiles({ name: 'danh-sach.pdf', mimeType: 'application/pdf', buffer: PDF })
    await page.getByRole('button', { name: 'Gửi báo cáo' }).click()
    await expect.poll(() => page.getByText('Đã báo cáo hoàn thành 100%.').isVisible(), SLOW).toBe(true)
    await expect.poll(() => page.getByRole('link', { name: /Tệp: danh-sach.*\.pdf/ }).count(), SLOW).toBe(1)
    expect(await sideways(page)).toBeLessThanOrEqual(0)
  })

  it('the committee sees both cells’ progress, and the overdue cell is reminded', async () => {
    await signInPage(page, login('capuy'))
    await page.goto('/thanh-vien/nhiem-vu/')
    const given = page.getByRole('region', { name: 'Nhiệm vụ đã giao' })
    await given.waitFor({ timeout: 30_000 })
    await expect.poll(() => given.getByText(TITLE).count(), SLOW).toBeGreaterThanOrEqual(3)
    await expect
      .poll(() => given.getByText('Quá hạn', { exact: true }).count(), SLOW)
      .toBeGreaterThanOrEqual(1)
    await expect
      .poll(() => given.getByText('Hoàn thành', { exact: true }).count(), SLOW)
      .toBeGreaterThanOrEqual(1)
    expect(await sideways(page)).toBeLessThanOrEqual(0)

    // Its own process and Payload, as the CMS's scheduler would: on a loaded machine its start alone takes a minute.
    const run = await runJobNow(stack, 'remindTasks')
    expect(run.job).toBeDefined()
    const notices = await api(
      stack.url,
      `/api/notices?where[title][equals]=${encodeURIComponent(`Quá hạn: ${TITLE}`)}&depth=0`,
      {
        session: committee,
      },
    )
    expect(notices.body.docs).toHaveLength(1)
    const other = await api(stack.url, `/api/tasks/${otherTaskId}?depth=0`, { session: committee })
    expect(notices.body.docs[0]).toMatchObject({
      targetOrg: idOf(other.body.assigneeOrg),
      targetRoles: ['secretary'],
    })
  }, 300_000)

  it('the member adds an entry with a reminder and sees their meeting in the agenda; the feed parses with stable UIDs', async () => {
    const startsAt = new Date(Date.now() + 3 * DAY)
    const meeting = await api(stack.url, '/api/meetings', {
      session: secretary,
      method: 'POST',
      body: JSON.stringify({
        title: MEETING,
        kind: 'thuong-ky',
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 2 * 3_600_000).toISOString(),
        place: 'Nhà văn hóa',
        org: idOf(secretary.user.org),
      }),
    })
    expect(meeting.status).toBe(201)
    await signInPage(page, memberLogin(stack))
    await page.goto('/thanh-vien/lich/')
    await page.getByText('Thêm việc vào lịch').click()
    await page.getByLabel('Việc cần làm').fill('Thăm gia đình đảng viên cao tuổi')
    await page.getByLabel('Nhắc trước').selectOption('1h')
    await page.getByRole('button', { name: 'Lưu vào lịch' }).click()
    // The confirmation stays under the button until the next save; a refusal shows in Vietnamese instead.
    await awaitOutcome(page, page.getByText('Đã thêm vào lịch.'), 'Lưu vào lịch')
    await expect
      .poll(() => page.getByText('Thăm gia đình đảng viên cao tuổi').count(), SLOW)
      .toBeGreaterThanOrEqual(1)
    await expect.poll(() => page.getByText(MEETING).count(), SLOW).toBe(1)
    await expect
      .poll(
        () => page.getByText(/^(Thứ (Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ nhật), \d{2}\/\d{2}\/\d{4}$/).count(),
        SLOW,
      )
      .toBeGreaterThan(0)
    await page.getByRole('tab', { name: 'Tháng' }).click()
    await page.getByRole('tab', { name: 'Tuần' }).click()
    expect(await sideways(page)).toBeLessThanOrEqual(0)
    await page.setViewportSize({ width: 320, height: 640 })
    await page.getByRole('tab', { name: 'Tháng' }).click()
    expect(await sideways(page)).toBeLessThanOrEqual(0)

    await page.getByRole('button', { name: 'Tạo đường dẫn' }).click()
    const url = (await page.locator('.cal-url code').textContent({ timeout: 10_000 })) ?? ''
    const feedPath = new URL(url).pathname
    const uids = async () => {
      const response = await fetch(`${stack.url}${feedPath}`)
      expect(response.headers.get('content-type')).toMatch(/^text\/calendar/)
      const calendar = new ICAL.Component(ICAL.parse(await response.text()))
      return calendar
        .getAllSubcomponents('vevent')
        .map((e) => String(e.getFirstPropertyValue('uid')))
        .sort()
    }
    const first = await uids()
    expect(first).toContain(`meeting-${meeting.body.doc.id}@${new URL(stack.url).hostname}`)
    expect(first.some((uid) => uid.startsWith('entry-'))).toBe(true)
    expect(await uids()).toEqual(first)
    await page.getByRole('button', { name: 'Thu hồi đường dẫn' }).click()
    // The page's own answer first: a refusal shows here in Vietnamese instead of a bare status below.
    await expect
      .poll(() => page.getByRole('status').allInnerTexts(), SLOW)
      .toContainEqual('Đã thu hồi đường dẫn lịch.')
    await expect.poll(async () => (await fetch(`${stack.url}${feedPath}`)).status, SLOW).toBe(410)
  }, 300_000)
})
