/** A list being written stays until its job ends. */
import { APIError, type CollectionBeforeDeleteHook } from 'payload'

export const refuseDeleteWhileImporting: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const doc = await req.payload.findByID({ collection: 'member-imports', id, depth: 0, req })
  if (doc.status === 'committing') {
    throw new APIError('Đang nhập danh sách này, không thể xóa.', 409, null, true)
  }
}
