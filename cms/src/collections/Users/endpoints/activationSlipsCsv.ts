/** The activation slips as a CSV sheet for Excel, one row per member. */
import type { ActivationSlip } from './activationSlips.ts'

/** Excel reads a UTF-8 CSV with diacritics only when it starts with a BOM; `=`/`+`/`-`/`@` cells are defused. */
export function activationSlipsCsv(slips: ActivationSlip[]): string {
  const cell = (v: string) => {
    const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
  }
  const lines = [
    ['Họ và tên', 'Số thẻ', 'Chi bộ', 'Mã kích hoạt'],
    ...slips.map((s) => [s.fullName, s.cardNumber, s.cell, s.code]),
  ]
  return `\uFEFF${lines.map((l) => l.map(cell).join(',')).join('\r\n')}\r\n`
}
