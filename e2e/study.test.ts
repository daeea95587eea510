/**
 * Study on a 360×740 phone: the cell secretary sends the cell this month's quiz; a member starts it, loses the
 * network halfway, finishes and submits offline, and the score with explanations arrives when the network
 * returns. The answer key never reaches the phone before submitting, and nothing scrolls sideways at 320 px.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { signIn } from './api.ts'
import type { Browser } from './browser.ts'
import { memberBrowser } from './memberBrowser.ts'
import { sidewaysOverflow } from './phoneLayout.ts'

const stack = inject('stack')
const TITLE = `Trắc nghiệm chuyên đề tháng 12 (${Date.now()})`
const BANK = [
  {
    text: 'Chi bộ sinh hoạt thường kỳ bao lâu một lần?',
    options: [{ text: 'Mỗi tuần một lần' }, { text: 'Mỗi tháng một lần', correct: true }],
    explanation: 'Điều lệ Đảng quy định chi bộ sinh hoạt thường kỳ mỗi tháng một lần.',
  },
  {
    text: 'Những nội dung nào thuộc sinh hoạt chuyên đề?',
    multiple: true,
    options: [
      { text: 'Học tập và làm theo tư tưởng Hồ Chí Minh', correct: true },
      { text: 'Nghị quyết của cấp trên', correct: true },
      { text: 'Chuyện riêng của gia đình' },
    ],
    explanation: 'Chuyên đề gắn với nghị quyết và việc học tập, làm theo Bác.',
  },
  {
    text: 'Đảng viên dự bị có quyền biểu quyết không?',
    options: [{ text: 'Có quyền biểu quyết' }, { text: 'Không có quyền biểu quyết', correct: true }],
    explanation: 'Đảng viên dự bị không biểu quyết, ứng cử, bầu cử.',
  },
]

let browser: Browser
let phone: Page
const startAnswers: string[] = []

async function sendQuizToCell() {
  const secretary = await signIn(stack.url, stack.logins.find((l) => l.username === 'bithu')!)
  const grant = (secretary.user.grants as { org: number | { id: number } }[])[0]!.org
  const org = typeof grant === 'object' ? grant.id : grant
  const response = await fetch(`${stack.url}/api/quizzes`, {
    method: 'POST',
    headers: {
      cookie: secretary.cookie,
      origin: new URL(stack.url).origin,
      'content-type': 'application/json',
    },
    body: JSON.stringify({
      title: TITLE,
      kind: 'quiz',
      published: true,
      timeLimitMinutes: 15,
      maxAttempts: 2,
      passPercent: 60,
      questions: BANK,
      org,
    }),
  })
  expect(response.status).toBe(201)
}

/** Ticks the correct options of the question whose text is `text`, as a member's finger would. */
async function answerRightly(page: Page, text: string) {
  const question = BANK.find((b) => b.text === text)!
  const fieldset = page.locator('fieldset', { has: page.locator('legend', { hasText: text }) })
  for (const option of question.options.filter((o) => 'correct' in o && o.correct))
    await fieldset.locator('label', { hasText: option.text }).click()
}

beforeAll(async () => {
  await sendQuizToCell()
  ;({ browser } = await memberBrowser(stack))
  phone = await browser.context.newPage()
  await phone.setViewportSize({ width: 360, height: 740 })
  phone.on('response', async (response) => {
    if (/\/fn\/study\/quizzes\/[^/]+\/start$/.test(response.url())) startAnswers.push(await response.text())
  })
})

afterAll(async () => {
  await browser?.close()
})

describe('the monthly quiz on a weak network', () => {
  it('is taken offline halfway, and the score arrives when the network returns', async () => {
    await phone.goto('/thanh-vien/trac-nghiem/')
    const row = phone.locator('.qz-row', { hasText: TITLE })
    await row.getByRole('button', { name: 'Làm bài' }).click()
    await phone.locator('legend').first().waitFor()
    const drawn = await phone.locator('legend').allTextContents()
    expect(drawn.sort()).toEqual(BANK.map((b) => b.text).sort())

    await answerRightly(phone, drawn[0]!)
    await browser.context.setOffline(true)
    for (const text of drawn.slice(1)) await answerRightly(phone, text)
    // Every answer is on the phone already, as it was given.
    const kept = await phone.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('sotay-quiz:'))
        .map((k) => JSON.parse(localStorage.getItem(k)!).answers),
    )
    expect(Object.keys(kept[0] ?? {})).toHaveLength(3)
    await phone.getByRole('button', { name: 'Nộp bài' }).click()
    await phone.getByText('Bài sẽ tự gửi khi có mạng trở lại').waitFor()

    await browser.context.setOffline(false)
    await phone.getByText('Điểm: 100%').waitFor({ timeout: 20_000 })
    expect(await phone.getByText('Đạt.').count()).toBeGreaterThan(0)
    for (const b of BANK) await phone.getByText(`Giải thích: ${b.explanation}`).waitFor()
  })

  it('never received the answer key before submitting', () => {
    expect(startAnswers.length).toBeGreaterThan(0)
    for (const body of startAnswers) {
      expect(body).not.toMatch(/correct|explanation/)
      for (const b of BANK) expect(body).not.toContain(b.explanation)
    }
  })

  it('fits a 320 px phone without sideways scroll', async () => {
    for (const width of [360, 320]) {
      await phone.setViewportSize({ width, height: 640 })
      expect((await sidewaysOverflow(phone)).offenders).toEqual([])
    }
  })
})
