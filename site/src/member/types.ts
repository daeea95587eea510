/** What the member app knows of the signed-in member (the answer of GET /fn/session/me). */
import type { ComponentType } from 'react'

export interface Member {
  id: number | string
  fullName: string
  /** Số thẻ đảng viên. */
  cardNumber: string
  /** Chi bộ sinh hoạt. */
  org: { id: number | string; name: string } | null
  /** Bí thư, cấp ủy: may issue new activation codes. */
  canResetMembers: boolean
}

/** What every section island receives from the shell. */
export interface SectionProps {
  member: Member
}

export type SectionComponent = ComponentType<SectionProps>
