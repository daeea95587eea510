/** "Tiến độ": rows written of the valid rows, as "1.000/5.000 (20%)". */
import type { FieldHook } from 'payload'
import type { MemberImport } from '../../../payload-types.ts'

const number = new Intl.NumberFormat('vi-VN')

export const showProgress: FieldHook<MemberImport> = ({ data }) => {
  const total = Number(data?.validRows ?? 0)
  const done = Number(data?.processedRows ?? 0)
  const percent = total ? Math.floor((done / total) * 100) : 0
  return `${number.format(done)}/${number.format(total)} (${percent}%)`
}
