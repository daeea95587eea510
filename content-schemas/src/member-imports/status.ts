/** Where an import stands: checked, refused for errors, being written, finished or failed. */
import { label } from '../shared/label.ts'

export const IMPORT_STATUSES = [
  { value: 'previewed', label: label('Đã kiểm tra', 'Checked') },
  { value: 'invalid', label: label('Có lỗi', 'Has errors') },
  { value: 'committing', label: label('Đang nhập', 'Importing') },
  { value: 'done', label: label('Hoàn tất', 'Done') },
  { value: 'failed', label: label('Thất bại', 'Failed') },
] as const

export type ImportStatus = (typeof IMPORT_STATUSES)[number]['value']

/** The job that writes an import's rows into `users` (registered by the CMS). */
export const IMPORT_MEMBERS_TASK = 'importMembers'

/** Set in `req.context` by the import job and the CLI: they may write the fields people may not. */
export const IMPORT_JOB_CONTEXT = 'memberImportJob'

/** Errors kept on the document; a file with more says how many in `errorCount`. */
export const MAX_STORED_ERRORS = 1000
