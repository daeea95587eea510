/** A notice that reached inboxes stays, so that read receipts and reports keep their subject. */
import { APIError, type CollectionBeforeDeleteHook } from 'payload'

export const refuseDeleteOnceSent: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const doc = await req.payload.findByID({ collection: 'notices', id, depth: 0, req, overrideAccess: true })
  if (doc.status === 'sending' || doc.status === 'sent') {
    throw new APIError('Thông báo đã được gửi đi, không thể xóa.', 409, null, true)
  }
}
