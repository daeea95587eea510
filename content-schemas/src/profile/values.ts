/** A member's own record as shown in "Của tôi" and quoted in a correction request: text, dates dd/mm/yyyy. */
import { viDate } from '../text/dates.ts'
import type { ProfileField } from './corrections.ts'

export interface MemberRecord {
  fullName?: string | null
  username?: string | null
  admittedAt?: string | null
  officialAt?: string | null
  phone?: string | null
  email?: string | null
}

export type ProfileValues = Record<ProfileField, string | null>

const orNull = (value: string | null | undefined) => (value?.trim() ? value.trim() : null)

export function profileValues(record: MemberRecord, cellName: string | null): ProfileValues {
  return {
    fullName: orNull(record.fullName),
    cardNumber: orNull(record.username),
    cell: orNull(cellName),
    admittedAt: record.admittedAt ? viDate(record.admittedAt) : null,
    officialAt: record.officialAt ? viDate(record.officialAt) : null,
    phone: orNull(record.phone),
    email: orNull(record.email),
  }
}
