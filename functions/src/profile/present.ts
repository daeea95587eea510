/** A stored correction request as the member app shows it, labels in Vietnamese. */
import {
  CORRECTION_STATUS_OPTIONS,
  type CorrectionStatus,
  PROFILE_FIELD_OPTIONS,
  type ProfileField,
} from '@sotay/content-schemas'
import type { ProfileCorrection } from './schemas.ts'

export interface CorrectionDoc {
  id: number | string
  field: ProfileField
  currentValue?: string | null
  proposedValue: string
  note?: string | null
  status: CorrectionStatus
  createdAt: string
}

const labelOf = (options: readonly { value: string; label: { vi: string } }[], value: string) =>
  options.find((o) => o.value === value)?.label.vi ?? value

export const presentCorrection = (doc: CorrectionDoc): ProfileCorrection => ({
  id: doc.id,
  field: doc.field,
  fieldLabel: labelOf(PROFILE_FIELD_OPTIONS, doc.field),
  currentValue: doc.currentValue ?? null,
  proposedValue: doc.proposedValue,
  note: doc.note || null,
  status: doc.status,
  statusLabel: labelOf(CORRECTION_STATUS_OPTIONS, doc.status),
  createdAt: doc.createdAt,
})

export const FIELD_CHOICES = PROFILE_FIELD_OPTIONS.map((o) => ({ value: o.value, label: o.label.vi }))
