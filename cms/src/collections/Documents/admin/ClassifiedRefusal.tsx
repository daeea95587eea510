'use client'
import { useFormFields } from '@payloadcms/ui'
/**
 * The classified refusal under the "Độ mật" field for as long as a classified level is chosen. The save's own
 * field error does not stay: Payload 3.90.1 replaces a field's error with the server's next form state a moment
 * later, and that state knows nothing of a hook's refusal. Shown from the value itself, the reason is there as soon
 * as the editor picks the level and until they take it back.
 */
import { CLASSIFIED_REFUSAL } from '@sotay/content-schemas'

export function ClassifiedRefusal() {
  const level = useFormFields(([fields]) => fields.classification?.value as string | undefined)
  if (!level || level === 'thuong') return null
  return (
    <p
      className="field-refusal"
      role="alert"
      style={{ color: 'var(--theme-error-500)', margin: '0.5rem 0 0' }}
    >
      {CLASSIFIED_REFUSAL}
    </p>
  )
}
