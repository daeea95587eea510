/**
 * One cell's month of meetings, told as its people live it, on phones (360 px), through the member app's own
 * screens: the demo secretary posts next-month's regular meeting through "Lên lịch họp" well before the 20th (on
 * time), with a recorder; members reply (one "Có mặt", one "Vắng" with a reason) and the secretary sees both.
 * The meeting day comes (e2e/local/meetingDay.ts brings the meeting to now: the stack's clock cannot jump a
 * month): the meeting page shows the secretary a rotating QR and a 6-digit code; one member checks in with a
 * photo of that QR, another types the code, the secretary ticks the recorder by hand. The secretary puts a
 * secret vote, watches each choice's count rise as two members vote, and closes it. The recorder drafts the
 * minutes from the meeting, the chair approves them and downloads the PDF with the party header; a member
 * reads them and may not change them. The commune committee sees the cell met, on time, with who attended.
 * A member far from the village joins the meeting's online room (the stack's real Janus, Chromium's fake microphone,
 * media on loopback only): they and the secretary each receive the other's audio, both are counted as online
 * attendance, and a member not invited is refused a room token. No page of the section scrolls sideways at 320 px.
 * (Muting, removing and letting back in are e2e/meeting-room.test.ts.)
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { extractText, getDocumentProxy } from 'unpdf'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { api, signIn } from './api.ts'
import { type Browser, openBrowser } from './browser.ts'
import { meetingDay } from './localPayload.ts'
import { sidewaysOverflow } from './phoneLayout.ts'
import { hearsAudio, joinRoom, roomPage } from './roomClient.ts'
import { type DemoLogin, editorLogin, memberLogin } from './stack.ts'

const stack = inject('stack')
const login = (username: string) => stack.logins.find((l) => l.username === username)!
const secretary = login('bithu')
const committee = login('capuy')
const cellName = secretary.org.replace(/ \(.*$/, '')
// Three months ahead (Vietnam time): on time whatever today's date, and not the month the demo seed posted.
function monthAhead(months: number): string {
  const hanoi = new Date(Date.now() + 7 * 3600_000)
  const ahead = new Date(Date.UTC(hanoi.getUTCFullYear(), hanoi.getUTCMonth() + months, 1))
  return `${ahead.getUTCFullYear()}-${String(ahead.getUTCMonth() + 1).padStart(2, '0')}`
}
const month = monthAhead(3)
const viMonth = (m: string) => `${m.slice(5)}/${m.slice(0, 4)}`
const title = `Sinh hoạt thường kỳ tháng ${viMonth(month)}`
const REASON = 'Đi khám bệnh ở tỉnh'
const QUESTION = 'Đề nghị kết nạp quần chúng Nguyễn Văn Bình vào Đảng'
const DISCUSSION = 'Đồng chí Bí thư đánh giá chi bộ hoàn thành tốt nhiệm vụ; các đồng chí thống nhất.'
const WAIT = { timeout: 30_000 }

/** Members of the demo cell with passwords, made before the meeting is posted (so they are invited). */
const marker = Date.now().toString(36)
const person = (fullName: string, n: number) => ({
  fullName,
  login: {
    role: 'Đảng viên',
    username: `thang-${marker}-${n}`,
    password: 'SinhHoat@2026',
    org: '',
  } as DemoLogin,
})
const absent = person('Lê Thị Thu Vân', 1)
const typist = person('Trần Văn Nhập Mã', 2)
const recorder = person('Phạm Văn Thư Ký', 3)
const remote = person('Hoàng Văn Ở Xa', 4)
let secretaryName = ''
let meetingPath = ''

// Two browsers: the secretary's screen stays open at the meeting while the others take turns on one phone.
let desk: Browser
let phone: Browser
const roomBrowsers: Browser[] = []
let secretaryPage: Page
async function signedIn(browser: Browser, who: DemoLogin, width = 360): Promise<Page> {
  const session = await signIn(stack.url, who)
  for (const open of browser.context.pages()) await open.close()
  await browser.context.clearCookies()
  const [name, value] = session.cookie.split(';')[0]?.split('=') ?? []
  await browser.context.addCookies([{ name: String(name), value: String(value), url: stack.url }])
  const page = await browser.context.newPage()
  await page.setViewportSize({ width, height: 740 })
  page.on('pageerror', (error) => console.log(`[page error] ${error.message}`))
  page.on('dialog', (dialog) => dialog.accept())
  return page
}
const phoneAs = (who: DemoLogin, width = 360) => signedIn(phone, who, width)
const atMeeting = async (page: Page) => {
  // The same address again (only a hash) would not load the page afresh: reload it then.
  if (page.url().endsWith(`/thanh-vien/sinh-hoat/${meetingPath}`)) await page.reload()
  else await page.goto(`/thanh-vien/sinh-hoat/${meetingPath}`)
  await page.getByRole('heading', { name: title, exact: true }).waitFor(WAIT)
}
const sideways = async (page: Page) => (await sidewaysOverflow(page)).offenders
/** The member's page says they checked in; otherwise the test says what the page said instead. */
async function checkedIn(page: Page) {
  try {
    await page
      .getByText(/[Đđ]ã điểm danh/)
      .first()
      .waitFor(WAIT)
  } catch {
    const said = await page.locator('.mv-error, [role=alert], [role=status]').allTextContents()
    throw new Error(`Chưa điểm danh được; trang ghi: ${said.join(' | ')}`)
  }
}

beforeAll(async () => {
  const admin = await signIn(stack.url, login('quantri'))
  const bithu = await signIn(stack.url, secretary)
  secretaryName = String(bithu.user.fullName)
  for (const p of [absent, typist, recorder, remote]) {
    const created = await api(stack.url, '/api/users', {
      method: 'POST',
      session: admin,
      body: JSON.stringify({
        username: p.login.username,
        password: p.login.password,
        fullName: p.fullName,
        org: bithu.user.org,
      }),
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
  }
  desk = await openBrowser({ baseURL: stack.url, timezoneId: 'Asia/Ho_Chi_Minh' })
  phone = await openBrowser({ baseURL: stack.url, timezoneId: 'Asia/Ho_Chi_Minh' })
})
afterAll(async () => {
  await desk?.close()
  await phone?.close()
  for (const browser of roomBrowsers) await browser.close()
})

// Each step waits for what people see; on a loaded machine a step may take minutes.
describe('a cell’s month of meetings, at 360 px', { timeout: 300_000 }, () => {
  it('the secretary posts next month’s regular meeting on time, with a chair and a recorder', async () => {
    secretaryPage = await signedIn(desk, secretary)
    const page = secretaryPage
    await page.goto('/thanh-vien/sinh-hoat/')
    await page.getByRole('link', { name: 'Lên lịch họp' }).click()
    await page.getByRole('heading', { name: 'Lên lịch họp' }).waitFor(WAIT)
    await page.getByLabel('Ngày họp').fill(`${month}-10`)
    await page.getByLabel('Bắt đầu').fill('08:00')
    await page.getByLabel('Kết thúc').fill('10:30')
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Đúng hạn' }).count(), WAIT).toBe(1)
    await page.getByLabel('Địa điểm').fill('Nhà văn hóa thôn')
    await page.getByLabel(/08-NQ\/CB/).check()
    await page.getByLabel('Chủ trì').selectOption({ label: secretaryName })
    await page.getByLabel('Thư ký').selectOption({ label: recorder.fullName })
    if (stack.janus) await page.getByLabel('Có phòng họp trực tuyến cho đảng viên ở xa').check()
    await page.getByRole('button', { name: 'Lên lịch và gửi giấy mời' }).click()
    await page.getByRole('heading', { name: title, exact: true }).waitFor(WAIT)
    await page.getByText('Nhà văn hóa thôn').waitFor()
    await page.getByRole('link', { name: /08-NQ\/CB/ }).waitFor()
    await page.getByRole('button', { name: 'Lưu để đọc khi không có mạng' }).waitFor()
    meetingPath = new URL(page.url()).hash
    expect(meetingPath).toMatch(/^#\d+$/)
    expect(await sideways(page)).toEqual([])
  })

  it('members reply: one Có mặt, another Vắng with a reason; the secretary sees both', async () => {
    const first = await phoneAs(memberLogin(stack))
    await first.goto('/thanh-vien/sinh-hoat/')
    await first.getByRole('button', { name: new RegExp(title) }).click()
    await first.getByRole('button', { name: 'Có mặt', exact: true }).click()
    await first.getByText('Đã ghi: đồng chí có mặt.').waitFor(WAIT)

    const other = await phoneAs(absent.login)
    await atMeeting(other)
    await other.getByRole('button', { name: 'Vắng', exact: true }).click()
    await other.getByLabel('Lý do vắng (bắt buộc)').fill(REASON)
    await other.getByRole('button', { name: 'Gửi: Vắng, có lý do' }).click()
    await other.getByText('Đã ghi: đồng chí vắng, có lý do.').waitFor(WAIT)

    await secretaryPage.reload()
    const list = secretaryPage.getByRole('region', { name: 'Danh sách người được mời' })
    await list.getByText(`Vắng có lý do: ${REASON}`).waitFor(WAIT)
    await list.getByText(/Sẽ có mặt 1 · Vắng có lý do 1/).waitFor(WAIT)
  })

  it('on the day, the meeting page shows the secretary a rotating QR and a 6-digit code', async () => {
    await meetingDay(stack, meetingPath.slice(1))
    await atMeeting(secretaryPage)
    await secretaryPage.locator('img.ck-qr').waitFor(WAIT)
    await expect
      .poll(() => secretaryPage.locator('[data-code]').getAttribute('data-code'), WAIT)
      .toMatch(/^\d{6}$/)
    expect(await sideways(secretaryPage)).toEqual([])
  })

  it('one member checks in with a photo of the QR on the secretary’s screen', async () => {
    const byQr = await phoneAs(memberLogin(stack))
    await atMeeting(byQr)
    await byQr.getByRole('button', { name: 'Quét mã QR' }).waitFor(WAIT)
    // The code on screen now, held up as a secretary would: the whole code, clear of the tab bar.
    const qr = secretaryPage.locator('img.ck-qr')
    await qr.evaluate((img) => img.scrollIntoView({ block: 'center' }))
    const photo = await qr.screenshot()
    await byQr
      .getByTestId('ck-photo')
      .setInputFiles({ name: 'ma-qr.png', mimeType: 'image/png', buffer: photo })
    await checkedIn(byQr)
  })

  it('another types the code; the secretary ticks the recorder by hand: 3 present', async () => {
    const byCode = await phoneAs(typist.login)
    await atMeeting(byCode)
    const code = await secretaryPage.locator('[data-code]').getAttribute('data-code')
    await byCode.getByLabel('Hoặc nhập mã số 6 chữ số').fill(String(code))
    await byCode.getByRole('button', { name: 'Điểm danh', exact: true }).click()
    await checkedIn(byCode)

    await secretaryPage.getByRole('checkbox', { name: new RegExp(recorder.fullName) }).check()
    await expect.poll(() => secretaryPage.getByTestId('ck-present').textContent(), WAIT).toBe('3')
  })

  it('a member far away and the secretary meet in the online room: each hears the other, both counted online', async (ctx) => {
    if (!stack.janus) {
      console.log('Không có Janus (gói Debian "janus"): bỏ qua phòng họp trực tuyến của tháng.')
      ctx.skip()
    }
    const meetingId = meetingPath.slice(1)
    const outsider = await signIn(stack.url, editorLogin(stack))
    const refused = await api(stack.url, `/fn/meetings/${meetingId}/room`, {
      method: 'POST',
      session: outsider,
      body: '{}',
    })
    expect(refused.status).toBe(403)
    expect(refused.body.error.message).toBe('Bạn không được mời dự cuộc họp này.')

    const pages = []
    for (const who of [remote.login, secretary]) {
      const { browser, page } = await roomPage(stack.url, await signIn(stack.url, who))
      roomBrowsers.push(browser)
      const joined = await joinRoom(page, meetingId)
      expect(joined.joined, JSON.stringify(joined)).toMatchObject({
        status: 200,
        body: { checkinMethod: 'online' },
      })
      pages.push(page)
    }
    for (const page of pages) await hearsAudio(page)
    // The secretary's screen counts them: 3 in the hall and 2 online.
    await atMeeting(secretaryPage)
    await expect.poll(() => secretaryPage.getByTestId('ck-present').textContent(), WAIT).toBe('5')
  })

  it('the secretary puts a secret vote and watches each choice’s count live; then closes it', async () => {
    await secretaryPage.getByLabel('Vấn đề biểu quyết').fill(QUESTION)
    await secretaryPage.getByLabel('Bỏ phiếu kín').check()
    await secretaryPage.getByRole('button', { name: 'Mở biểu quyết' }).click()
    const card = secretaryPage.locator('.bq-vote', { hasText: QUESTION })
    await card.waitFor(WAIT)
    const count = (choice: string) => card.locator(`[data-choice="${choice}"]`).textContent()
    for (const [who, choice] of [
      [memberLogin(stack), 'Tán thành'],
      [typist.login, 'Không tán thành'],
    ] as const) {
      const page = await phoneAs(who)
      await atMeeting(page)
      await page.getByRole('button', { name: choice, exact: true }).click(WAIT)
      await page.getByText('Đã ghi nhận phiếu kín').waitFor(WAIT)
      // The runner's screen counts it while the vote is still open (polled every 2 s).
      await expect.poll(() => count(choice), WAIT).toBe('1')
    }
    await expect.poll(() => card.getByTestId('bq-voters').textContent(), WAIT).toBe('2')
    await card.getByText('Đang biểu quyết').waitFor()
    await card.getByRole('button', { name: 'Kết thúc biểu quyết' }).click()
    await card.getByText('Đã kết thúc').waitFor(WAIT)
    expect(await count('Tán thành')).toBe('1')
    expect(await count('Không tán thành')).toBe('1')
  })

  it('the recorder drafts the minutes from the meeting; the chair approves them and downloads the PDF', async () => {
    const page = await phoneAs(recorder.login)
    await atMeeting(page)
    const minutes = page.locator('section.mn')
    await minutes.getByRole('button', { name: 'Lập dự thảo từ cuộc họp' }).click(WAIT)
    await minutes.getByText('Đã lập dự thảo biên bản').waitFor(WAIT)
    const draft = await minutes.textContent()
    for (const expected of [typist.fullName, recorder.fullName, QUESTION]) expect(draft).toContain(expected)
    // A vote on no agenda item is listed under "Các biểu quyết khác" as "Tán thành 1; Không tán thành 1".
    expect(draft).toMatch(/Tán thành:?\s*1;?\s*Không tán thành:?\s*1/)
    await minutes.getByLabel('Ý kiến thảo luận').first().fill(DISCUSSION)
    await minutes.getByRole('button', { name: 'Lưu', exact: true }).click()
    await minutes.getByText('Đã lưu biên bản.').waitFor(WAIT)
    // The chair approves, not the recorder.
    expect(await minutes.getByRole('button', { name: 'Thông qua biên bản' }).count()).toBe(0)
    expect(await sideways(page)).toEqual([])

    await atMeeting(secretaryPage)
    const signed = secretaryPage.locator('section.mn')
    await signed.getByRole('button', { name: 'Thông qua biên bản' }).click(WAIT)
    await signed.getByText('Đã thông qua biên bản').waitFor(WAIT)
    expect(await signed.locator('textarea').count()).toBe(0)
    const [download] = await Promise.all([
      secretaryPage.waitForEvent('download', WAIT),
      signed.getByRole('link', { name: 'Tải biên bản (PDF)' }).click(),
    ])
    const dir = mkdtempSync(path.join(tmpdir(), 'sotay-minutes-'))
    try {
      const file = path.join(dir, 'bien-ban.pdf')
      await download.saveAs(file)
      expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-')
      // pdf.js from npm, so the check needs no Debian tool.
      const { text } = await extractText(await getDocumentProxy(new Uint8Array(readFileSync(file))), {
        mergePages: true,
      })
      for (const expected of ['ĐẢNG CỘNG SẢN VIỆT NAM', 'BIÊN BẢN', 'CHỦ TRÌ', 'THƯ KÝ', typist.fullName])
        expect(text).toContain(expected)
      expect(text).not.toContain('DỰ THẢO')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('a member reads the approved minutes and the vote’s result, and may not change the minutes', async () => {
    const page = await phoneAs(memberLogin(stack))
    await atMeeting(page)
    const minutes = page.locator('section.mn')
    await minutes.getByText('Đã thông qua').first().waitFor(WAIT)
    expect(await minutes.textContent()).toContain(DISCUSSION)
    expect(await minutes.locator('textarea').count()).toBe(0)
    expect(await minutes.getByRole('button', { name: /Lập|Lưu|Thông qua/ }).count()).toBe(0)
    // The closed secret vote's result is theirs to read too.
    await expect.poll(() => page.locator('[data-choice="Tán thành"]').first().textContent(), WAIT).toBe('1')
    const refused = await page.evaluate(async (id) => {
      const r = await fetch(`/fn/meetings/${id}/minutes`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ summary: 'Sửa' }),
      })
      return r.status
    }, meetingPath.slice(1))
    expect(refused).toBe(403)
  })

  it('the committee above sees the cell met, posted on time, and who attended', async () => {
    const page = await phoneAs(committee)
    await page.goto('/thanh-vien/sinh-hoat/#theo-doi')
    await page.getByRole('heading', { name: 'Theo dõi sinh hoạt' }).waitFor(WAIT)
    // Next month first; each press waits for the month it asked for.
    for (const step of [2, 3]) {
      await page.getByRole('button', { name: 'Tháng sau ›' }).click()
      await page.getByText(`Tháng ${viMonth(monthAhead(step))}`, { exact: true }).waitFor(WAIT)
    }
    const cell = page.locator('li', { hasText: cellName })
    await cell.getByText('Đăng đúng hạn').waitFor(WAIT)
    await cell.getByText(new RegExp(`Đã họp · dự ${stack.janus ? 5 : 3}/`)).waitFor(WAIT)
    expect(await sideways(page)).toEqual([])
  })

  it('no page of the section scrolls sideways at 320 px', async () => {
    const page = await phoneAs(secretary, 320)
    for (const hash of ['', '#moi', meetingPath, '#theo-doi']) {
      await page.goto(`/thanh-vien/sinh-hoat/${hash}`)
      await page.waitForLoadState('networkidle')
      await page.waitForTimeout(300)
      expect(await sideways(page), hash || 'list').toEqual([])
    }
  })
})
