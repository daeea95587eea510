/** The admin's small icon (the breadcrumb's home link, 18 px wide there) in place of Payload's. */

import { HANDBOOK_NAME } from './handbookMark.ts'
import { Mark } from './Mark.tsx'

export function Icon() {
  return (
    <span className="sotay-icon" title={HANDBOOK_NAME} style={{ display: 'inline-flex' }}>
      <Mark size={18} />
    </span>
  )
}
