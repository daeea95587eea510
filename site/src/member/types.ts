/** What every section island receives from the shell; the member is GET /fn/session/me's answer (@sotay/functions/types). */
import type { Member } from '@sotay/functions/types'
import type { ComponentType } from 'react'

export interface SectionProps {
  member: Member
}

export type SectionComponent = ComponentType<SectionProps>
