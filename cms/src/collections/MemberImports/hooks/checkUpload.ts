/** Checks an uploaded list against the database at once and stores the verdict; nothing is written to users. */
import { readFile } from 'node:fs/promises'
import {
  asSessionUser,
  checkMemberRows,
  type ImportStatus,
  idOf,
  MAX_STORED_ERRORS,
} from '@sotay/content-schemas'
import { APIError, type CollectionBeforeChangeHook } from 'payload'
import { fieldRefusal } from '../../../fields/fieldRefusal.ts'
import type { MemberImport } from '../../../payload-types.ts'
import { readMemberFile } from '../file/readMemberFile.ts'

export const checkUpload: CollectionBeforeChangeHook<MemberImport> = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  const file = req.file
  if (!file) return data
  if (operation === 'update' && originalDoc?.status === 'committing') {
    throw new APIError('Đang nhập danh sách này, không thể thay tệp.', 409, null, true)
  }
  const bytes = file.data?.length
    ? file.data
    : file.tempFilePath
      ? await readFile(file.tempFilePath)
      : file.data
  const raw = await readMemberFile({ data: bytes, name: file.name, mimetype: file.mimetype })
  const scopeOrgId = idOf(data.org ?? originalDoc?.org)
  if (scopeOrgId === undefined)
    throw fieldRefusal(req, 'member-imports', 'org', 'Hãy chọn tổ chức cho lần nhập này.')
  const check = await checkMemberRows(req.payload, raw, scopeOrgId, req)
  const status: ImportStatus = check.errors.length ? 'invalid' : 'previewed'
  return {
    ...data,
    status,
    totalRows: check.totalRows,
    validRows: check.rows.length,
    errorCount: check.errors.length,
    errors: check.errors.slice(0, MAX_STORED_ERRORS),
    processedRows: 0,
    created: 0,
    updated: 0,
    importedBy:
      operation === 'create' ? (idOf(asSessionUser(req.user)?.id) ?? null) : originalDoc?.importedBy,
    finishedAt: null,
    failure: null,
  }
}
