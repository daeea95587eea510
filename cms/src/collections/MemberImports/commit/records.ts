/** What one imported row writes into `users`: the record, its status and which cells it may change. */
import { type ID, type MemberRow, type OrgsByCode, pathOf, readCardNumber } from '@sotay/content-schemas'

/** A member as stored: dates at noon UTC, as Payload's day-only date picker stores them. */
export interface MemberRecord {
  username: string
  fullName: string
  birthDate: string | null
  gender: 'nam' | 'nu' | null
  admittedAt: string | null
  officialAt: string | null
  phone: string | null
  email: string | null
  org: ID
  /** The org's ancestors, root first: the member's `orgAncestors`. */
  orgAncestors: ID[]
  /** The org's materialised path: the member's `orgPath`. */
  orgPath: string
}

/** Counts of one batch, or running totals. */
export interface UpsertCounts {
  created: number
  updated: number
}

/** Progress stored on the import document in the same transaction as the batch it counts. */
export interface Checkpoint extends UpsertCounts {
  importId: ID
  processedRows: number
}

export interface BatchContext {
  /** Existing members matched by card number must already belong to one of these orgs (ids as strings). */
  scopeOrgIds?: Set<string>
  /** Totals before this batch; the writer adds the batch's own counts. */
  checkpoint?: Checkpoint
}

const noon = (date: string | null) => (date ? `${date}T12:00:00.000Z` : null)

export function toRecord(row: MemberRow, orgs: OrgsByCode): MemberRecord {
  const org = orgs.get(row.orgCode)
  if (!org) throw new Error(`Dòng ${row.row}: không có tổ chức mang mã “${row.orgCode}” trong phạm vi nhập.`)
  if (!readCardNumber(row.cardNumber))
    throw new Error(`Dòng ${row.row}: số thẻ “${row.cardNumber}” không hợp lệ.`)
  return {
    username: row.cardNumber,
    fullName: row.fullName,
    birthDate: noon(row.birthDate),
    gender: row.gender,
    admittedAt: noon(row.admittedAt),
    officialAt: noon(row.officialAt),
    phone: row.phone,
    email: row.email,
    org: org.id,
    orgAncestors: org.ancestors,
    orgPath: pathOf([...org.ancestors, org.id]),
  }
}

/** A new member is probationary (dự bị) until the list gives a date of becoming official. */
export const statusOnCreate = (r: MemberRecord) => (r.officialAt ? 'chinh-thuc' : 'du-bi')

/** A re-import promotes a probationary member who now has an official date; any other status stays. */
export const statusOnUpdate = (current: unknown, r: MemberRecord) =>
  current === 'du-bi' && r.officialAt ? 'chinh-thuc' : undefined

/** The optional cells of a list: left empty, they keep what the account holds. */
export const KEPT_FIELDS = ['birthDate', 'gender', 'admittedAt', 'officialAt', 'phone', 'email'] as const

/** Only what the file says: an empty cell never erases what an account already holds. */
export function changedFields(r: MemberRecord): Record<string, unknown> {
  const fields: Record<string, unknown> = { fullName: r.fullName, org: r.org }
  for (const key of KEPT_FIELDS) {
    if (r[key] !== null) fields[key] = r[key]
  }
  return fields
}

export function refuseOutOfScope(
  existing: { username: unknown; org: unknown }[],
  scopeOrgIds: Set<string> | undefined,
): void {
  if (!scopeOrgIds) return
  const outside = existing.find(
    (e) => e.org === null || e.org === undefined || !scopeOrgIds.has(String(e.org)),
  )
  if (outside) {
    throw new Error(
      `Số thẻ ${String(outside.username)} thuộc một đảng viên không thuộc phạm vi quản lý của bạn.`,
    )
  }
}

export const USERS = 'users' as const
export const IMPORTS = 'member-imports' as const
