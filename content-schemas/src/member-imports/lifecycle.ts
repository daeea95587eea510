/**
 * The life of an import: the upload is checked at once (nothing is written to users), an admin then
 * sets it to "Đang nhập", which queues the job that writes the rows. People may not set anything else.
 */
import { readFile } from 'node:fs/promises'
import {
  APIError,
  type CollectionAfterChangeHook,
  type CollectionBeforeChangeHook,
  type CollectionBeforeDeleteHook,
  type CollectionBeforeOperationHook,
} from 'payload'
import { MEMBER_ROLES } from '../access/roles.ts'
import { asSessionUser, grantedOrgIds } from '../access/session.ts'
import { idOf, sameId } from '../shared/ids.ts'
import { checkMemberRows, type ReadMemberFile } from './check.ts'
import { IMPORT_JOB_CONTEXT, IMPORT_MEMBERS_TASK, type ImportStatus } from './status.ts'

/** Errors kept on the document; a file with more says how many in `errorCount`. */
export const MAX_STORED_ERRORS = 1000

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

const byJob = (context: Record<string, unknown>) => context[IMPORT_JOB_CONTEXT] === true

/** The import belongs to the importer's org unless they chose another inside their subtree. */
export const defaultImportOrg: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' || !args.data || args.data.org) return args
  const home = grantedOrgIds(asSessionUser(req.user), MEMBER_ROLES)[0]
  if (home !== undefined) args.data.org = home
  return args
}

/** Checks the uploaded file against the database and stores the verdict; a new file is checked anew. */
export function checkUpload(readMemberFile: ReadMemberFile): CollectionBeforeChangeHook {
  return async ({ data, operation, originalDoc, req }) => {
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
    if (scopeOrgId === undefined) throw new APIError('Hãy chọn tổ chức cho lần nhập này.', 400, null, true)
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
}

/** People may only move a clean preview (or a failed run) to "Đang nhập"; the rest is the job's to write. */
export const guardImportChanges: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update' || byJob(req.context) || req.file || !originalDoc) return data
  for (const field of COMPUTED) data[field] = originalDoc[field]
  if (data.org !== undefined && !sameId(data.org, originalDoc.org)) {
    throw new APIError('Không thể đổi tổ chức của một lần nhập; hãy tải tệp lên lại.', 400, null, true)
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

/** Moving to "Đang nhập" queues the job, in the same transaction as the change. */
export const queueImport: CollectionAfterChangeHook = async ({ doc, operation, previousDoc, req }) => {
  if (operation !== 'update' || byJob(req.context)) return doc
  if (doc.status === 'committing' && previousDoc?.status !== 'committing') {
    await req.payload.jobs.queue({
      task: IMPORT_MEMBERS_TASK as never,
      input: { importId: String(doc.id) } as never,
      queue: 'default',
      req,
    })
  }
  return doc
}

export const refuseDeleteWhileImporting: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const doc = await req.payload.findByID({ collection: 'member-imports' as never, id, depth: 0, req })
  if ((doc as { status?: string }).status === 'committing') {
    throw new APIError('Đang nhập danh sách này, không thể xóa.', 409, null, true)
  }
}
