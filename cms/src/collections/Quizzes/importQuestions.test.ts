import ExcelJS from 'exceljs'
import { handleEndpoints, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { type AccessTree, buildAccessTree } from '../../../test/fixtures/accessTree.ts'
import { testPayload } from '../../../test/payload.ts'

let payload: Payload
let tree: AccessTree
let quizId: number | string

async function sheet(rows: unknown[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  const page = book.addWorksheet('Câu hỏi')
  for (const row of rows) page.addRow(row)
  return Buffer.from(await book.xlsx.writeBuffer())
}

async function upload(who: { token: string }, file: Buffer, commit = false, name = 'cau-hoi.xlsx') {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file)]), name)
  const response = await handleEndpoints({
    config: payload.config,
    request: new Request(
      `http://localhost/api/quizzes/${quizId}/import-questions${commit ? '?commit=1' : ''}`,
      {
        method: 'POST',
        headers: { Authorization: `JWT ${who.token}` },
        body: form,
      },
    ),
  })
  return { status: response.status, body: (await response.json()) as any }
}
const bankSize = async () =>
  (
    (await payload.findByID({ collection: 'quizzes', id: quizId, depth: 0, overrideAccess: true }))
      .questions ?? []
  ).length

const HEADER = ['Câu hỏi', 'Phương án A', 'Phương án B', 'Phương án C', 'Đáp án đúng', 'Giải thích']
const GOOD = [
  HEADER,
  ['Chi bộ sinh hoạt thường kỳ bao lâu một lần?', 'Mỗi tuần', 'Mỗi tháng', 'Mỗi quý', 'B', 'Điều lệ Đảng.'],
  ['Nội dung sinh hoạt chuyên đề?', 'Nghị quyết', 'Làm theo Bác', 'Việc riêng', 'A, B', ''],
]

beforeAll(async () => {
  payload = await testPayload()
  tree = await buildAccessTree(payload, `iq${Date.now()}`)
  const quiz = await payload.create({
    collection: 'quizzes',
    data: { title: 'Trắc nghiệm nhập từ Excel', kind: 'quiz', questions: [], org: tree.orgs.a.id } as never,
    overrideAccess: true,
  })
  quizId = quiz.id
})

describe('questions imported from XLSX', () => {
  it('previews the questions read without changing the quiz', async () => {
    const { status, body } = await upload(tree.users.adminA, await sheet(GOOD))
    expect(status).toBe(200)
    expect(body.errors).toEqual([])
    expect(body.committed).toBe(false)
    expect(body.questions.map((q: { text: string; multiple: boolean }) => [q.text, q.multiple])).toEqual([
      ['Chi bộ sinh hoạt thường kỳ bao lâu một lần?', false],
      ['Nội dung sinh hoạt chuyên đề?', true],
    ])
    expect(await bankSize()).toBe(0)
  })

  it('lists every faulty row in Vietnamese and adds nothing', async () => {
    const bad = await sheet([...GOOD, ['', 'Có', 'Không', '', 'A'], ['Đáp án lạ?', 'Có', 'Không', '', 'D']])
    const { status, body } = await upload(tree.users.adminA, bad, true)
    expect(status).toBe(400)
    expect(body.errors.map((e: { message: string }) => e.message)).toEqual([
      'Dòng 4: thiếu nội dung câu hỏi.',
      'Dòng 5: đáp án “D” không khớp với phương án nào đã ghi.',
    ])
    expect(await bankSize()).toBe(0)
  })

  it('refuses what is not an XLSX file', async () => {
    const { status, body } = await upload(
      tree.users.adminA,
      Buffer.from('không phải Excel'),
      false,
      'cau-hoi.txt',
    )
    expect(status).toBe(400)
    expect(body.errors[0].message).toBe('Hãy chọn tệp Excel (.xlsx) có danh sách câu hỏi.')
  })

  it('adds the questions with their answer key once every row holds', async () => {
    const { status, body } = await upload(tree.users.adminA, await sheet(GOOD), true)
    expect(status).toBe(200)
    expect(body.committed).toBe(true)
    const quiz = await payload.findByID({ collection: 'quizzes', id: quizId, depth: 0, overrideAccess: true })
    expect(quiz.questions?.[0]?.options?.map((o) => o.correct)).toEqual([false, true, false])
    expect(quiz.questions?.[1]?.explanation).toBeFalsy()
  })

  it('refuses a study admin of a neighbour branch, and a member', async () => {
    expect((await upload(tree.users.adminB, await sheet(GOOD), true)).status).toBe(404)
    expect((await upload(tree.users.memberA1, await sheet(GOOD), true)).status).toBe(404)
    expect(await bankSize()).toBe(2)
  })
})
