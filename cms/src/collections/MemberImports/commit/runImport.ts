/**
 * Carries out one import set to "Đang nhập": reads the stored file again, checks it again against the
 * database and the importer's current rights, then writes it from its checkpoint on. Shared by the job and the CLI.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import {
  asSessionUser,
  checkMemberRows,
  grantedOrgIds,
  type ID,
  IMPORT_JOB_CONTEXT,
  idOf,
  idsOf,
  isSuperadmin,
  MAX_STORED_ERRORS,
  MEMBER_ROLES,
} from '@sotay/content-schemas'
import type { Payload } from 'payload'
import type { MemberImport } from '../../../payload-types.ts'
import { readMemberFile } from '../file/readMemberFile.ts'
import { upsertMembers } from './commit.ts'
import { IMPORTS, type UpsertCounts } from './records.ts'

export interface RunImportOptions {
  batchSize?: number
  onBatch?: (done: number, total: number) => Promise<void> | void
  /** Log progress through payload.logger (the job does; the CLI prints its own lines). */
  log?: boolean
}

const number = new Intl.NumberFormat('vi-VN')
export const progressLine = (done: number, total: number) =>
  `Nhập đảng viên: ${number.format(done)}/${number.format(total)}`

const asJob = { [IMPORT_JOB_CONTEXT]: true }

async function update(payload: Payload, id: ID, data: Partial<MemberImport>) {
  await payload.update({
    collection: IMPORTS,
    id,
    data,
    context: asJob,
    overrideAccess: true,
    depth: 0,
  })
}

/** The person who uploaded the list must still administer members of the import's org. */
async function importerMayWrite(payload: Payload, doc: MemberImport): Promise<boolean> {
  const importerId = idOf(doc.importedBy)
  if (importerId === undefined) return true // the CLI, run by the server's operator
  const importer = await payload.findByID({
    collection: 'users',
    id: importerId,
    depth: 0,
    disableErrors: true,
  })
  const user = asSessionUser(importer)
  if (!user) return false
  if (isSuperadmin(user)) return true
  const org = await payload.findByID({
    collection: 'orgs',
    id: idOf(doc.org)!,
    depth: 0,
    disableErrors: true,
  })
  if (!org) return false
  const lineage = new Set([...idsOf(org.ancestors), org.id].map(String))
  return grantedOrgIds(user, MEMBER_ROLES).some((root) => lineage.has(String(root)))
}

/** Runs the import if it is still "Đang nhập"; returns its totals, or null when there was nothing to do. */
export async function runImport(
  payload: Payload,
  importId: ID,
  opts: RunImportOptions = {},
): Promise<UpsertCounts | null> {
  const doc = await payload.findByID({
    collection: IMPORTS,
    id: importId,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  if (doc?.status !== 'committing') return null
  try {
    if (!(await importerMayWrite(payload, doc))) {
      throw new Error('Người tải tệp lên không còn quyền quản lý đảng viên của tổ chức này.')
    }
    const filename = doc.filename ?? ''
    const staticDir = payload.collections[IMPORTS].config.upload.staticDir ?? ''
    const data = await readFile(path.join(staticDir, filename))
    const raw = await readMemberFile({ data, name: filename })
    const check = await checkMemberRows(payload, raw, idOf(doc.org)!)
    if (check.errors.length) {
      await update(payload, doc.id, {
        status: 'failed',
        errorCount: check.errors.length,
        errors: check.errors.slice(0, MAX_STORED_ERRORS),
        failure: `Kiểm tra lại trước khi nhập thấy ${number.format(check.errors.length)} lỗi; chưa dòng nào được nhập thêm.`,
      })
      return null
    }
    const base = { created: doc.created ?? 0, updated: doc.updated ?? 0 }
    const counts = await upsertMembers(payload, check.rows, {
      orgIdsByCode: check.orgsByCode,
      scopeOrgIds: check.scopeOrgIds,
      batchSize: opts.batchSize,
      startAt: doc.processedRows ?? 0,
      checkpoint: { importId: doc.id, ...base },
      onBatch: async (done, total) => {
        if (opts.log !== false) payload.logger.info(progressLine(done, total))
        await opts.onBatch?.(done, total)
      },
    })
    const totals = { created: base.created + counts.created, updated: base.updated + counts.updated }
    await update(payload, doc.id, {
      status: 'done',
      processedRows: check.rows.length,
      ...totals,
      finishedAt: new Date().toISOString(),
      failure: null,
    })
    return totals
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err)
    await update(payload, doc.id, { status: 'failed', failure: `Nhập thất bại: ${message}` })
    throw err
  }
}
