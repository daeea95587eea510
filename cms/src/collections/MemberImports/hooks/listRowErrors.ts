/** "Các dòng bị lỗi": the first stored errors as lines a person reads, "Dòng 5 (Ngày sinh): ...". */
import { MEMBER_COLUMNS, type RowError } from '@sotay/content-schemas'
import type { FieldHook } from 'payload'
import type { MemberImport } from '../../../payload-types.ts'

const number = new Intl.NumberFormat('vi-VN')
const COLUMN_HEADERS = new Map<string, string>(MEMBER_COLUMNS.map((c) => [c.key, c.header]))

export const listRowErrors: FieldHook<MemberImport> = ({ data }) => {
  const total = data?.errorCount ?? 0
  const shown = ((data?.errors ?? []) as RowError[]).slice(0, 200)
  const lines = shown.map(
    (e) => `Dòng ${e.row}${e.column ? ` (${COLUMN_HEADERS.get(e.column)})` : ''}: ${e.message}`,
  )
  const more = total - shown.length
  if (more > 0) lines.push(`… và ${number.format(more)} lỗi khác.`)
  return lines.join('\n')
}
