/**
 * `_status` is only draft or published. Payload treats any other value as "not published", skips field
 * validation for it as for a draft, and stores the value as given.
 */
import type { CollectionBeforeValidateHook } from 'payload'
import { fieldRefusal } from '../../../fields/fieldRefusal.ts'

const STATUSES = new Set(['draft', 'published'])

export const refuseUnknownStatus: CollectionBeforeValidateHook = ({ data, req, collection }) => {
  const status = data?._status
  if (status === undefined || status === null || STATUSES.has(status as string)) return data
  throw fieldRefusal(
    req,
    collection.slug,
    '_status',
    'Trạng thái chỉ có thể là "draft" (bản nháp) hoặc "published" (đã đăng).',
  )
}
