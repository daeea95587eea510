'use client'
/** A checkbox in a list column, in the words of its field ("Đã đọc" / "Chưa đọc"), not Payload's "đúng" / "sai". */
import type { DefaultCellComponentProps } from 'payload'

export function YesNoCell({ cellData, yes, no }: DefaultCellComponentProps & { yes: string; no: string }) {
  return <span className={cellData ? 'sotay-yes' : 'sotay-no'}>{cellData ? yes : no}</span>
}
