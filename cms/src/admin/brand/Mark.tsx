/** The handbook's mark drawn inline, so the admin needs no image file for it. */
import { MARK } from './handbookMark.ts'

export function Mark({ size }: { size: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="6" fill={MARK.red} />
      <path d={MARK.star} fill={MARK.yellow} />
    </svg>
  )
}
