/** Finds the header row of a member list and which column holds what, comparing headers without accents. */
import { MEMBER_COLUMNS, type MemberColumn, type RawMemberRow, searchKey } from '@sotay/content-schemas'
import { APIError } from 'payload'

/** One row of a sheet: its row number as the user sees it, and its cells. */
export interface SheetRow {
  row: number
  cells: unknown[]
}

const REQUIRED: MemberColumn[] = ['cardNumber', 'fullName', 'orgCode']

/** Rows above the header (a title such as "DANH SÁCH ĐẢNG VIÊN…") are skipped, up to this many. */
const HEADER_SEARCH_ROWS = 10

/** Other ways lists name the same column, already folded. */
const ALIASES: Partial<Record<MemberColumn, string[]>> = {
  cardNumber: ['so the', 'so the dv', 'so the dang'],
  fullName: ['ho ten', 'ten dang vien'],
  gender: ['phai'],
  admittedAt: ['ngay ket nap', 'ngay vao dang du bi'],
  officialAt: ['ngay vao dang chinh thuc', 'ngay chuyen chinh thuc'],
  orgCode: ['ma chi bo', 'ma to chuc dang', 'ma don vi'],
  phone: ['so dien thoai', 'sdt', 'dien thoai di dong'],
  email: ['e mail', 'thu dien tu'],
}

/** "Họ và tên (*)" and "HO VA TEN" both become "ho va ten". */
const headerKey = (cell: unknown): string =>
  searchKey(String(cell ?? ''))
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()

const KEYS = new Map<string, MemberColumn>()
for (const column of MEMBER_COLUMNS) {
  for (const name of [column.header, ...(ALIASES[column.key] ?? [])]) KEYS.set(headerKey(name), column.key)
}

function matchColumns(cells: unknown[]): Map<MemberColumn, number> {
  const found = new Map<MemberColumn, number>()
  cells.forEach((cell, index) => {
    const key = KEYS.get(headerKey(cell))
    if (key && !found.has(key)) found.set(key, index)
  })
  return found
}

const isBlank = (cell: unknown) => cell === null || cell === undefined || String(cell).trim() === ''

/** The data rows under the header, as raw member rows; a missing required column is a file-level error. */
export function toRawRows(rows: SheetRow[]): RawMemberRow[] {
  let best: { at: number; columns: Map<MemberColumn, number> } | undefined
  for (const [at, row] of rows.slice(0, HEADER_SEARCH_ROWS).entries()) {
    const columns = matchColumns(row.cells)
    if (!best || columns.size > best.columns.size) best = { at, columns }
    if (REQUIRED.every((key) => columns.has(key))) break
  }
  const missing = MEMBER_COLUMNS.filter((c) => REQUIRED.includes(c.key) && !best?.columns.has(c.key))
  if (!best || missing.length) {
    throw new APIError(
      `Tệp thiếu cột bắt buộc: ${missing.map((c) => `“${c.header}”`).join(', ')}. ` +
        `Dòng tiêu đề cần có các cột: ${MEMBER_COLUMNS.map((c) => c.header).join(', ')}.`,
      400,
      null,
      true,
    )
  }
  const { at, columns } = best
  const out: RawMemberRow[] = []
  for (const { row, cells } of rows.slice(at + 1)) {
    if (cells.every(isBlank)) continue
    const values: RawMemberRow['values'] = {}
    for (const [key, index] of columns) values[key] = cells[index]
    out.push({ row, values })
  }
  if (!out.length) throw new APIError('Tệp không có dòng dữ liệu nào dưới dòng tiêu đề.', 400, null, true)
  return out
}

/** How many columns a candidate header row matches, to choose a CSV separator. */
export const headerScore = (rows: SheetRow[]): number =>
  Math.max(0, ...rows.slice(0, HEADER_SEARCH_ROWS).map((r) => matchColumns(r.cells).size))
