/**
 * People may only move a clean preview (or a failed run) to "Đang nhập", which queues the job that writes
 * the rows; the counts and the verdict are the check's and the job's to write.
 */
import { IMPORT_JOB_CONTEXT, type ImportStatus, sameId } from '@sotay/content-schemas'
import { APIError, type CollectionBeforeChangeHook } from 'payload'
import { fieldRefusal } from '../../../fields/fieldRefusal.ts'
import type { MemberImport } from '../../../payload-types.ts'

/** Fields only the check and the job write. */
const COMPUTED = [
  'totalRows',
  'validRows',
  'errorCount',
  'errors',
  'processedRows',
  'created',
  'updated',
  'importedBy',
  'finishedAt',
  'failure',
] as const

export const guardImportChanges: CollectionBeforeChangeHook<MemberImport> = ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || req.context[IMPORT_JOB_CONTEXT] === true || req.file || !originalDoc)
    return data
  for (const field of COMPUTED) Object.assign(data, { [field]: originalDoc[field] })
  if (data.org !== undefined && !sameId(data.org, originalDoc.org)) {
    throw fieldRefusal(
      req,
      'member-imports',
      'org',
      'Không thể đổi tổ chức của một lần nhập; hãy tải tệp lên lại.',
    )
  }
  const from = originalDoc.status as ImportStatus
  const to = (data.status ?? from) as ImportStatus
  if (to === from) return data
  if (to !== 'committing') {
    throw new APIError('Chỉ có thể chuyển lần nhập sang trạng thái “Đang nhập”.', 400, null, true)
  }
  if (from === 'invalid') {
    throw new APIError(
      'Tệp còn lỗi ở bước kiểm tra; hãy sửa các dòng bị lỗi và tải tệp lên lại trước khi nhập.',
      400,
      null,
      true,
    )
  }
  if (from === 'done') throw new APIError('Danh sách này đã được nhập xong.', 400, null, true)
  data.failure = null
  return data
}
