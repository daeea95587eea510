/**
 * Moving an org that has children would leave their stored ancestors stale; until the
 * re-parenting job exists, such a move is refused with a clear message rather than half-done.
 */
import { APIError, type CollectionBeforeChangeHook } from 'payload'
import { idOf } from '../shared/ids.ts'

export const refuseMoveWithChildren: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  if (operation !== 'update' || data.parent === undefined) return data
  if (String(idOf(data.parent)) === String(idOf(originalDoc?.parent))) return data
  const children = await req.payload.count({
    collection: 'orgs',
    where: { parent: { equals: originalDoc.id } },
    overrideAccess: true,
    req,
  })
  if (children.totalDocs > 0) {
    throw new APIError(
      'Tổ chức này còn tổ chức trực thuộc; hãy chuyển hoặc sáp nhập các tổ chức cấp dưới trước.',
      400,
      null,
      true,
    )
  }
  return data
}
