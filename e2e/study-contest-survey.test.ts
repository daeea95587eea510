/**
 * Contests and surveys on a 360×740 phone. A contest for the commune ranks three members by score, then by
 * time, and publishes the ranking only when its window closes. The commune committee sends an anonymous survey;
 * the member answers it on the phone; the committee exports it as XLSX (parsed here: it names nobody), sees the
 * chart, and sees participation for its subtree, drilling down to the cell.
 */
import ExcelJS from 'exceljs'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { type Session, signIn } from './api.ts'
import { type Browser, openBrowser } from './browser.ts'
import { memberBrowser } from './memberBrowser.ts'
import { sidewaysOverflow } from './phoneLayout.ts'
import { memberLogin } from './stack.ts'

const stack = inject('stack')
const RUN = Date.now()
const CONTEST = `Hội thi tìm hiểu Điều lệ Đảng (${RUN})`
const SURVEY = `Khảo sát việc học tập chuyên đề (${RUN})`
const BANK = [
  {
    text: 'Chi bộ sinh hoạt thường kỳ bao lâu một lần?',
    options: [{ text: 'Mỗi tuần một lần' }, { text: 'Mỗi tháng một lần', correct: true }],
  },
  {
    text: 'Đảng viên dự bị có quyền biểu quyết không?',
    options: [{ text: 'Có quyền biểu quyết' }, { text: 'Không có quyền biểu quyết', correct: true }],
  },
  {
    text: 'Cơ quan lãnh đạo cao nhất của Đảng là gì?',
    options: [{ text: 'Đại hội đại biểu toàn quốc', correct: true }, { text: 'Ban Bí thư' }],
  },
]

let browser: Browser
let committeeBrowser: Browser | undefined
let phone: Page
let committee: Session
let committeeOrg: number
const origin = new URL(stack.url).origin

const login = (username: string) => signIn(stack.url, stack.logins.find((l) => l.username === username)!)

/** POST as the session, the way the member app or the admin would send it. */
async function post(session: Session, path: string, body: unknown = {}) {
  const response = await fetch(`${stack.url}${path}`, {
    method: 'POST',
    headers: { cookie: session.cookie, origin, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  return { status: response.status, body: (await response.json()) as any }
}
const get = async (session: Session, path: string) =>
  fetch(`${stack.url}${path}`, { headers: { cookie: session.cookie } })

/** Sits the contest: `right` questions answered correctly, after `pauseMs` of thinking. */
async function sit(session: Session, contest: number | string, right: number, pauseMs: number) {
  const started = await post(session, `/fn/study/quizzes/${contest}/start`)
  expect(started.status).toBe(200)
  const answers: Record<string, number[]> = {}
  started.body.questions.forEach((q: { text: string; options: { index: number }[] }, position: number) => {
    const bank = BANK.find((b) => b.text === q.text)!
    const correct = bank.options.findIndex((o) => 'correct' in o && o.correct)
    answers[position] = [position < right ? correct : 1 - correct]
  })
  await new Promise((resolve) => setTimeout(resolve, pauseMs))
  const submitted = await post(session, `/fn/study/quizzes/${contest}/submit`, {
    attemptId: started.body.attempt.id,
    token: started.body.attempt.token,
    answers,
  })
  expect(submitted.status).toBe(200)
  // Results are published when the window closes, not before.
  expect(submitted.body.published).toBe(false)
  expect(submitted.body.percent).toBeNull()
}

beforeAll(async () => {
  committee = await login('capuy')
  const grant = (committee.user.grants as { org: number | { id: number } }[])[0]!.org
  committeeOrg = typeof grant === 'object' ? grant.id : grant
  ;({ browser } = await memberBrowser(stack))
  phone = await browser.context.newPage()
  await phone.setViewportSize({ width: 360, height: 740 })
})

afterAll(async () => {
  await browser?.close()
  await committeeBrowser?.close()
})

describe('a contest', () => {
  it('ranks three members by score, then by time, once its window closes', async () => {
    const closesAt = Date.now() + 60_000
    const created = await post(committee, '/api/quizzes', {
      title: CONTEST,
      kind: 'contest',
      audience: 'members',
      published: true,
      passPercent: 50,
      opensAt: new Date(Date.now() - 60_000).toISOString(),
      closesAt: new Date(closesAt).toISOString(),
      questions: BANK,
      org: committeeOrg,
    })
    expect(created.status).toBe(201)
    const contest = created.body.doc.id
    const [member, secretary] = [await signIn(stack.url, memberLogin(stack)), await login('bithu')]
    // The secretary and the committee member score the same; the secretary took longer.
    await sit(member, contest, 3, 0)
    await sit(committee, contest, 2, 0)
    await sit(secretary, contest, 2, 1500)

    const early = (await (await get(member, `/fn/study/quizzes/${contest}/ranking`)).json()) as any
    expect(early).toMatchObject({ published: false, entries: [] })
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, closesAt - Date.now() + 500)))
    const ranking = (await (await get(member, `/fn/study/quizzes/${contest}/ranking`)).json()) as any
    expect(ranking.published).toBe(true)
    expect(
      ranking.entries.map((e: { fullName: string; correct: number }) => [e.fullName, e.correct]),
    ).toEqual([
      [member.user.fullName, 3],
      [committee.user.fullName, 2],
      [secretary.user.fullName, 2],
    ])
    // A late submission is refused now that the window has closed.
    expect((await post(member, `/fn/study/quizzes/${contest}/start`)).status).toBe(409)

    // The member sees the same ranking on the phone.
    await phone.goto('/thanh-vien/trac-nghiem/')
    await phone
      .locator('.qz-row', { hasText: CONTEST })
      .getByRole('button', { name: 'Xem xếp hạng' })
      .click({ timeout: 30_000 })
    const board = phone.getByRole('region', { name: 'Bảng xếp hạng' })
    await board.getByText('Xếp hạng 3 thí sinh.').waitFor({ timeout: 20_000 })
    expect(await board.locator('li strong').allTextContents()).toEqual([
      `1. ${member.user.fullName}`,
      `2. ${committee.user.fullName}`,
      `3. ${secretary.user.fullName}`,
    ])
  })
})

describe('an anonymous survey', () => {
  let surveyId: number | string

  it('is sent by the committee to its subtree and answered on the phone', async () => {
    const created = await post(committee, '/api/surveys', {
      title: SURVEY,
      anonymous: true,
      published: true,
      opensAt: new Date(Date.now() - 60_000).toISOString(),
      closesAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
      questions: [
        {
          text: 'Đồng chí đã đọc chuyên đề tháng này chưa?',
          kind: 'choice',
          required: true,
          options: [{ text: 'Đã đọc' }, { text: 'Chưa đọc' }],
        },
        { text: 'Mức độ hài lòng với buổi sinh hoạt chuyên đề', kind: 'scale', required: true },
        { text: 'Góp ý thêm của đồng chí', kind: 'text' },
      ],
      org: committeeOrg,
    })
    expect(created.status).toBe(201)
    surveyId = created.body.doc.id

    await phone.goto('/thanh-vien/khao-sat/')
    const row = phone.locator('.qz-row', { hasText: SURVEY })
    await row.getByRole('button', { name: 'Trả lời' }).click({ timeout: 30_000 })
    // A required question left blank is refused, in Vietnamese, and nothing is stored.
    await phone.getByRole('button', { name: 'Gửi câu trả lời' }).click()
    await phone
      .getByRole('alert')
      .filter({ hasText: 'Vui lòng trả lời câu hỏi bắt buộc' })
      .waitFor({ timeout: 20_000 })
    await phone.locator('label', { hasText: 'Đã đọc' }).click()
    await phone.locator('fieldset', { hasText: 'Mức độ hài lòng' }).locator('label', { hasText: '4' }).click()
    await phone.getByLabel('Góp ý thêm của đồng chí').fill('Nên có thêm bài nghe trên điện thoại.')
    await phone.getByRole('button', { name: 'Gửi câu trả lời' }).click()
    await phone.getByText('Cảm ơn đồng chí, câu trả lời đã được ghi nhận.').waitFor({ timeout: 20_000 })
    await phone.getByRole('button', { name: 'Về danh sách khảo sát' }).click()
    await expect
      .poll(() => phone.locator('.qz-row', { hasText: SURVEY }).textContent(), { timeout: 20_000 })
      .toContain('Đồng chí đã trả lời phiếu này.')
    for (const width of [360, 320]) {
      await phone.setViewportSize({ width, height: 640 })
      expect((await sidewaysOverflow(phone)).offenders).toEqual([])
    }
    await phone.setViewportSize({ width: 360, height: 740 })
  })

  it('is exported as XLSX that names nobody', async () => {
    const response = await get(committee, `/fn/surveys/${surveyId}/export?format=xlsx`)
    expect(response.status).toBe(200)
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(await response.arrayBuffer())
    const sheet = book.getWorksheet('Phiếu trả lời')!
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'STT',
      'Đồng chí đã đọc chuyên đề tháng này chưa?',
      'Mức độ hài lòng với buổi sinh hoạt chuyên đề',
      'Góp ý thêm của đồng chí',
    ])
    expect(sheet.getRow(2).values).toEqual([
      undefined,
      1,
      'Đã đọc',
      4,
      'Nên có thêm bài nghe trên điện thoại.',
    ])
    expect(sheet.rowCount).toBe(2)
    const cells = JSON.stringify(sheet.getSheetValues())
    expect(cells).not.toContain(memberLogin(stack).username)
  })

  it('shows the committee above its chart and participation for its subtree, with drill-down', async () => {
    committeeBrowser = await openBrowser({ baseURL: stack.url })
    const [name, value] = committee.cookie.split(';')[0]?.split('=') ?? []
    await committeeBrowser.context.addCookies([{ name: String(name), value: String(value), url: stack.url }])
    const page = await committeeBrowser.context.newPage()
    await page.setViewportSize({ width: 360, height: 740 })
    await page.goto(`/thanh-vien/khao-sat/#ket-qua-${surveyId}`)
    await page.getByText('1 lượt trả lời (ẩn danh).').waitFor({ timeout: 30_000 })
    expect(await page.locator('.sv-chart svg').count()).toBe(2)
    await page.getByText('Nên có thêm bài nghe trên điện thoại.').waitFor()
    const participation = page.getByRole('region', { name: 'Tham gia theo tổ chức' })
    await participation.getByText('1 đảng viên đã trả lời.').waitFor({ timeout: 20_000 })
    const cell = participation.getByRole('button').first()
    const cellName = (await cell.textContent())!.trim()
    expect(cellName.length).toBeGreaterThan(0)
    await cell.click()
    await participation.getByRole('heading', { name: `Tham gia: ${cellName}` }).waitFor({ timeout: 20_000 })
    expect((await sidewaysOverflow(page)).offenders).toEqual([])
  })
})
