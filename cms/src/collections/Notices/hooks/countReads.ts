/** The "Đã đọc" number on a notice: counted from its inbox rows when read, never stored (it changes all the time). */
import type { FieldHook } from 'payload'

export const countReads: FieldHook = async ({ data, req }) => {
  if (!data?.id || (data.status !== 'sending' && data.status !== 'sent')) return 0
  const { totalDocs } = await req.payload.count({
    collection: 'inbox',
    where: { and: [{ notice: { equals: data.id } }, { read: { equals: true } }] },
    overrideAccess: true,
    req,
  })
  return totalDocs
}
