/** An audit entry is never changed, not even by server code with `overrideAccess`: append-only holds below the API too. */
import { APIError, type CollectionBeforeChangeHook } from 'payload'

export const refuseUpdate: CollectionBeforeChangeHook = ({ data, operation }) => {
  if (operation === 'update') {
    throw new APIError('Nhật ký kiểm toán chỉ được ghi thêm, không được sửa.', 403, null, true)
  }
  return data
}
