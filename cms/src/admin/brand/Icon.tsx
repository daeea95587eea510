/** The admin's small icon (navigation, step nav) in place of Payload's. */

import { HANDBOOK_NAME } from './handbookMark.ts'
import { Mark } from './Mark.tsx'

export function Icon() {
  return (
    <span className="sotay-icon" title={HANDBOOK_NAME} style={{ display: 'inline-flex' }}>
      <Mark size={28} />
    </span>
  )
}
