/** Checks every row of a member list and says, row by row and in Vietnamese, what is wrong. Pure. */
import type { ID } from '../shared/ids.ts'
import { viDate } from '../text/dates.ts'
import {
  orgCodeKey,
  readCardNumber,
  readDate,
  readEmail,
  readGender,
  readName,
  readPhone,
  shown,
} from './cells.ts'
import type { MemberColumn, MemberRow, RowError } from './row.ts'

/** One data row as read from the file: its row number (header = row 1) and the raw cell values. */
export interface RawMemberRow {
  row: number
  values: Partial<Record<MemberColumn, unknown>>
}

export interface KnownOrg {
  id: ID
  code: string
  /** Ancestor ids, root first (the org's stored `ancestors`). */
  ancestors: ID[]
  /** Inside the subtree the import may write to. */
  inScope: boolean
}

export interface ValidationContext {
  /** Orgs named by the file, keyed by `orgCodeKey(code)`; a code missing here is unknown. */
  orgs: Map<string, KnownOrg>
  /** Card numbers that already belong to an account, and whether that account lies in scope. */
  existingCards?: Map<string, { inScope: boolean }>
  /** Old numbers replaced by a card re-issue; they must not come back as new accounts. */
  retiredCards?: Set<string>
  /** Emails already held by an account, with that account's card number (username). */
  emailOwners?: Map<string, string>
  /** Today as yyyy-mm-dd, so that tests can fix it. */
  today?: string
}

export interface ValidationResult {
  rows: MemberRow[]
  errors: RowError[]
}

const MIN_ADMISSION_AGE = 18

const DATE_LABELS = {
  birthDate: 'Ngày sinh',
  admittedAt: 'Ngày vào Đảng',
  officialAt: 'Ngày chính thức',
} as const

function addYears(iso: string, years: number): string {
  return `${String(Number(iso.slice(0, 4)) + years).padStart(4, '0')}${iso.slice(4)}`
}

/** Reads one row's cells; pushes an error per bad cell. Returns the row, valid or not, for cross-row checks. */
function readRow(raw: RawMemberRow, ctx: ValidationContext, today: string, errors: RowError[]): MemberRow {
  const { row, values } = raw
  const fail = (column: MemberColumn, message: string) => errors.push({ row, column, message })

  const cardNumber = readCardNumber(values.cardNumber)
  if (cardNumber === null) fail('cardNumber', 'Thiếu số thẻ đảng viên.')
  if (cardNumber === undefined) {
    fail(
      'cardNumber',
      `Số thẻ đảng viên “${shown(values.cardNumber)}” không hợp lệ: số thẻ chỉ gồm chữ số, từ 6 đến 12 chữ số.`,
    )
  }

  const fullName = readName(values.fullName)
  if (fullName === null) fail('fullName', 'Thiếu họ và tên.')
  if (fullName === undefined) fail('fullName', 'Họ và tên quá dài (tối đa 120 ký tự).')

  const dates = { birthDate: null, admittedAt: null, officialAt: null } as Record<
    keyof typeof DATE_LABELS,
    string | null
  >
  for (const key of Object.keys(DATE_LABELS) as (keyof typeof DATE_LABELS)[]) {
    const date = readDate(values[key])
    if (date === undefined) {
      fail(
        key,
        `${DATE_LABELS[key]} “${shown(values[key])}” không đọc được; hãy ghi theo dạng ngày/tháng/năm, ví dụ 05/09/1985.`,
      )
    } else if (date !== null && date > today) {
      fail(key, `${DATE_LABELS[key]} ${viDate(date)} ở sau ngày hôm nay.`)
    } else {
      dates[key] = date
    }
  }
  const { birthDate, admittedAt, officialAt } = dates
  if (admittedAt && officialAt && officialAt < admittedAt) {
    fail('officialAt', `Ngày chính thức (${viDate(officialAt)}) trước ngày vào Đảng (${viDate(admittedAt)}).`)
  }
  if (birthDate && admittedAt && birthDate >= admittedAt) {
    fail('birthDate', `Ngày sinh (${viDate(birthDate)}) không thể sau ngày vào Đảng (${viDate(admittedAt)}).`)
  } else if (birthDate && admittedAt && addYears(birthDate, MIN_ADMISSION_AGE) > admittedAt) {
    fail(
      'admittedAt',
      `Vào Đảng khi chưa đủ ${MIN_ADMISSION_AGE} tuổi (sinh ${viDate(birthDate)}, vào Đảng ${viDate(admittedAt)}).`,
    )
  }
  if (officialAt && !admittedAt && birthDate && officialAt <= birthDate) {
    fail('officialAt', `Ngày chính thức (${viDate(officialAt)}) trước ngày sinh (${viDate(birthDate)}).`)
  }

  const gender = readGender(values.gender)
  if (gender === undefined)
    fail('gender', `Giới tính “${shown(values.gender)}” không hợp lệ; hãy ghi Nam hoặc Nữ.`)

  const phone = readPhone(values.phone)
  if (phone === undefined) {
    fail(
      'phone',
      `Số điện thoại “${shown(values.phone)}” không hợp lệ; cần 10 chữ số bắt đầu bằng 0, hoặc dạng +84 và 9 chữ số.`,
    )
  }

  const email = readEmail(values.email)
  if (email === undefined) fail('email', `Email “${shown(values.email)}” không hợp lệ.`)

  const codeKey = orgCodeKey(values.orgCode)
  const org = ctx.orgs.get(codeKey)
  if (!codeKey) fail('orgCode', 'Thiếu mã tổ chức.')
  else if (!org) fail('orgCode', `Không có tổ chức nào mang mã “${shown(values.orgCode)}”.`)
  else if (!org.inScope) fail('orgCode', `Tổ chức “${org.code}” không thuộc phạm vi quản lý của bạn.`)

  if (cardNumber) {
    if (ctx.retiredCards?.has(cardNumber)) {
      fail(
        'cardNumber',
        `Số thẻ ${cardNumber} đã được thay bằng số thẻ mới khi cấp lại thẻ; hãy dùng số thẻ mới.`,
      )
    } else if (ctx.existingCards?.get(cardNumber)?.inScope === false) {
      fail('cardNumber', `Số thẻ ${cardNumber} thuộc một đảng viên không thuộc phạm vi quản lý của bạn.`)
    }
  }
  const emailOwner = email ? ctx.emailOwners?.get(email) : undefined
  if (email && emailOwner !== undefined && emailOwner !== cardNumber) {
    fail('email', `Email ${email} đã được dùng cho một tài khoản khác.`)
  }

  return {
    row,
    cardNumber: cardNumber ?? '',
    fullName: fullName ?? '',
    birthDate,
    gender: gender ?? null,
    admittedAt,
    officialAt,
    orgCode: org?.code ?? '',
    phone: phone ?? null,
    email: email ?? null,
  }
}

/** Values that must be unique in the file: every row holding one that repeats is told where the others are. */
function reportRepeats(
  rows: MemberRow[],
  column: 'cardNumber' | 'email',
  message: (value: string, others: string) => string,
  errors: RowError[],
): void {
  const seen = new Map<string, number[]>()
  for (const r of rows) {
    const value = r[column]
    if (value) seen.set(value, [...(seen.get(value) ?? []), r.row])
  }
  for (const [value, at] of seen) {
    if (at.length < 2) continue
    for (const row of at) {
      const others = at.filter((n) => n !== row).join(', ')
      errors.push({ row, column, message: message(value, others) })
    }
  }
}

/** Every row checked; `rows` holds only the rows without any error, in file order. */
export function validateRows(raw: RawMemberRow[], ctx: ValidationContext): ValidationResult {
  const today = ctx.today ?? new Date().toISOString().slice(0, 10)
  const errors: RowError[] = []
  const read = raw.map((r) => readRow(r, ctx, today, errors))
  reportRepeats(read, 'cardNumber', (card, others) => `Số thẻ ${card} bị trùng với dòng ${others}.`, errors)
  reportRepeats(read, 'email', (email, others) => `Email ${email} bị trùng với dòng ${others}.`, errors)
  errors.sort((a, b) => a.row - b.row)
  const bad = new Set(errors.map((e) => e.row))
  return { rows: read.filter((r) => !bad.has(r.row)), errors }
}
