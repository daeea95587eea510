/**
 * Once someone has answered, the questions are fixed: answers are stored by question position, so changing or
 * reordering questions would mislabel them. The title, window and publish state stay editable.
 */
import { APIError, type CollectionBeforeChangeHook } from 'payload'

const shape = (questions: unknown) =>
  JSON.stringify(
    ((questions as { text?: string; kind?: string; options?: { text?: string }[] }[] | undefined) ?? []).map(
      (q) => [q.text, q.kind, (q.options ?? []).map((o) => o.text)],
    ),
  )

export const refuseChangeOnceAnswered: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  if (operation !== 'update' || !originalDoc || data.questions === undefined) return data
  if (shape(data.questions) === shape(originalDoc.questions)) return data
  const { totalDocs } = await req.payload.count({
    collection: 'survey-participation',
    where: { survey: { equals: originalDoc.id } },
    overrideAccess: true,
    req,
  })
  if (totalDocs > 0)
    throw new APIError(
      'Phiếu đã có người trả lời nên không sửa được câu hỏi. Hãy tạo phiếu mới.',
      400,
      null,
      true,
    )
  return data
}
