/** One check of a member list against the database: the rows that may be imported and every row's errors. */
import type { Payload, PayloadRequest } from 'payload'
import type { ID } from '../shared/ids.ts'
import { loadImportScope } from './context.ts'
import type { MemberRow, RowError } from './row.ts'
import { type RawMemberRow, validateRows } from './validate.ts'

export interface MemberFile {
  data: Buffer
  /** The uploaded file's name; its extension tells CSV from XLSX. */
  name: string
  mimetype?: string
}

/** Reads a CSV/XLSX member list into raw rows, or throws an error whose message is for the user (Vietnamese). */
export type ReadMemberFile = (file: MemberFile) => Promise<RawMemberRow[]>

/** Where each org code of the file points: the org's id and its ancestors, root first. */
export type OrgsByCode = Map<string, { id: ID; ancestors: ID[] }>

export interface ImportCheck {
  totalRows: number
  /** Rows without errors, in file order. */
  rows: MemberRow[]
  errors: RowError[]
  /** Every org of the import's subtree (ids as strings). */
  scopeOrgIds: Set<string>
  orgsByCode: OrgsByCode
}

export async function checkMemberRows(
  payload: Payload,
  raw: RawMemberRow[],
  scopeOrgId: ID,
  req?: Partial<PayloadRequest>,
): Promise<ImportCheck> {
  const scope = await loadImportScope(payload, raw, scopeOrgId, req)
  const { rows, errors } = validateRows(raw, scope.context)
  const orgsByCode: OrgsByCode = new Map()
  for (const org of scope.context.orgs.values()) {
    if (org.inScope) orgsByCode.set(org.code, { id: org.id, ancestors: org.ancestors })
  }
  return { totalRows: raw.length, rows, errors, scopeOrgIds: scope.orgIds, orgsByCode }
}
