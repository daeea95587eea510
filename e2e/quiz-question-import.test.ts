/**
 * Issue 11, authoring: a committee imports a quiz's questions from Excel in the admin. A file with a faulty row
 * shows each fault with its row number and adds nothing; a good file shows what was read, and adds it once asked.
 */
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { signInThroughForm } from './adminPage.ts'
import { api, type Session, signIn } from './api.ts'
import { type Browser, openBrowser } from './browser.ts'
import type { DemoLogin } from './stack.ts'

const stack = inject('stack')
let browser: Browser
let session: Session
let quizId: number
const committee = () => stack.logins.find((login) => login.username === 'capuy') as DemoLogin

async function workbook(rows: unknown[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet('Câu hỏi')
  for (const row of rows) sheet.addRow(row)
  return Buffer.from(await book.xlsx.writeBuffer())
}

const HEADER = ['Câu hỏi', 'Phương án A', 'Phương án B', 'Phương án C', 'Đáp án đúng', 'Giải thích']
const GOOD = [
  HEADER,
  ['Chi bộ sinh hoạt thường kỳ bao lâu một lần?', 'Mỗi tuần', 'Mỗi tháng', 'Mỗi quý', 'B', 'Điều lệ Đảng.'],
  ['Nội dung sinh hoạt chuyên đề gồm?', 'Học nghị quyết', 'Làm theo Bác', 'Việc riêng', 'A, B', ''],
]
const bank = async () =>
  ((await api(stack.url, `/api/quizzes/${quizId}?depth=0`, { session })).body.questions ?? []).length

beforeAll(async () => {
  browser = await openBrowser({ baseURL: stack.url })
  session = await signIn(stack.url, committee())
  const grant = (session.user.grants as { org: number | { id: number } }[])[0].org
  const created = await api(stack.url, '/api/quizzes', {
    session,
    method: 'POST',
    body: JSON.stringify({
      title: `Trắc nghiệm nhập từ Excel ${Date.now()}`,
      kind: 'quiz',
      org: typeof grant === 'object' ? grant.id : grant,
      questions: [
        {
          text: 'Đảng viên dự bị có quyền biểu quyết không?',
          options: [
            { text: 'Có', correct: false },
            { text: 'Không', correct: true },
          ],
        },
      ],
    }),
  })
  expect(created.status).toBe(201)
  quizId = created.body.doc.id
})
afterAll(() => browser?.close())

describe('questions imported from Excel in the admin', () => {
  it('shows each faulty row with its number and adds nothing, then adds a good file once asked', async () => {
    const page = await browser.context.newPage()
    await signInThroughForm(page, committee())
    await page.goto(`/admin/collections/quizzes/${quizId}`)
    const section = page.locator('.sotay-question-import')
    const input = section.locator('input[type="file"]')
    await input.waitFor({ state: 'attached', timeout: 60_000 })

    const faulty = await workbook([
      ...GOOD,
      ['', 'Có', 'Không', '', 'A'],
      ['Đáp án lạ?', 'Có', 'Không', '', 'D'],
    ])
    await input.setInputFiles({
      name: 'cau-hoi-loi.xlsx',
      mimeType: 'application/octet-stream',
      buffer: faulty,
    })
    const result = section.locator('.sotay-question-import__result')
    await expect
      .poll(() => result.textContent(), { timeout: 30_000 })
      .toMatch(/2 dòng có lỗi: chưa thêm câu nào/)
    expect(await section.locator('.sotay-question-import__errors li').allInnerTexts()).toEqual([
      'Dòng 4: thiếu nội dung câu hỏi.',
      'Dòng 5: đáp án “D” không khớp với phương án nào đã ghi.',
    ])
    expect(await section.getByRole('button', { name: /Thêm .* câu hỏi/ }).count()).toBe(0)
    expect(await bank()).toBe(1)

    await input.setInputFiles({
      name: 'cau-hoi.xlsx',
      mimeType: 'application/octet-stream',
      buffer: await workbook(GOOD),
    })
    await expect
      .poll(() => result.textContent(), { timeout: 30_000 })
      .toMatch(/cau-hoi\.xlsx: đọc được 2 câu hỏi\./)
    expect(await bank()).toBe(1)
    await section.getByRole('button', { name: 'Thêm 2 câu hỏi vào ngân hàng' }).click()
    // The page reloads with the new bank in the form and says what was done.
    await expect
      .poll(
        () =>
          page
            .locator('.sotay-question-import__done')
            .textContent()
            .catch(() => ''),
        { timeout: 30_000 },
      )
      .toBe('Đã thêm 2 câu hỏi vào ngân hàng.')
    expect(await bank()).toBe(3)
    const stored = (await api(stack.url, `/api/quizzes/${quizId}?depth=0`, { session })).body.questions
    expect(stored[1].text).toBe('Chi bộ sinh hoạt thường kỳ bao lâu một lần?')
    expect(stored[2].options.map((o: { correct: boolean }) => o.correct)).toEqual([true, true, false])
    // The form holds the new bank too: a later save cannot write the old one back.
    await expect.poll(() => page.locator('#questions-row-2').count(), { timeout: 30_000 }).toBe(1)
    await page.screenshot({ path: '/tmp/quiz-question-import.png', fullPage: true })
    await page.close()
  })
})
