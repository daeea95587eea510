/** The login page's logo: the handbook's mark and name in place of Payload's. */

import { HANDBOOK_NAME } from './handbookMark.ts'
import { Mark } from './Mark.tsx'

export function Logo() {
  return (
    <div className="sotay-logo" style={{ display: 'flex', alignItems: 'center', gap: '0.75rem' }}>
      <Mark size={56} />
      <span style={{ fontSize: '1.75rem', fontWeight: 700, lineHeight: 1.2 }}>{HANDBOOK_NAME}</span>
    </div>
  )
}
