/**
 * POST /api/quizzes/:id/import-questions (multipart, `file`: an .xlsx) — nhập câu hỏi từ Excel. Without
 * `?commit=1` it answers a preview: the questions read and every faulty row in Vietnamese, and changes nothing.
 * With it, and only when no row is faulty, the questions are added after the bank's, as the caller (their
 * access rules decide whether they may edit this quiz).
 */
import { checkQuestionRows } from '@sotay/content-schemas'
import { addDataAndFileToRequest, type Endpoint } from 'payload'
import type { Quiz } from '../../../payload-types.ts'
import { readXlsx } from '../../MemberImports/file/xlsx.ts'

const refuse = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

export const importQuestionsEndpoint: Endpoint = {
  path: '/:id/import-questions',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return refuse(401, 'Vui lòng đăng nhập.')
    const id = String(req.routeParams?.id ?? '')
    const found = await req.payload.find({
      collection: 'quizzes',
      where: { id: { equals: id } },
      depth: 0,
      limit: 1,
      user: req.user,
      overrideAccess: false,
      req,
    })
    const quiz = found.docs[0] as Quiz | undefined
    if (!quiz) return refuse(404, 'Không tìm thấy bài trắc nghiệm.')
    await addDataAndFileToRequest(req)
    const file = req.file
    if (!file?.data?.length || !/\.xlsx$/i.test(file.name ?? ''))
      return refuse(400, 'Hãy chọn tệp Excel (.xlsx) có danh sách câu hỏi.')
    let rows: Awaited<ReturnType<typeof readXlsx>>
    try {
      rows = await readXlsx(file.data)
    } catch (error) {
      return refuse(400, (error as Error).message)
    }
    const checked = checkQuestionRows(rows)
    const commit = new URL(req.url ?? 'http://x').searchParams.get('commit') === '1'
    if (!commit || checked.errors.length)
      return Response.json({ ...checked, committed: false }, { status: commit ? 400 : 200 })
    // As the caller: `manageQuizzes` decides; the key fields are written by those who may read them.
    await req.payload.update({
      collection: 'quizzes',
      id: quiz.id,
      data: { questions: [...(quiz.questions ?? []), ...checked.questions] },
      depth: 0,
      user: req.user,
      overrideAccess: false,
      req,
    })
    return Response.json({ ...checked, committed: true })
  },
}
