/**
 * Refuses any document marked above "thường", drafts included: Payload skips field validation on
 * drafts, and a secret document must not be stored even as a draft.
 */
import { type CollectionBeforeValidateHook, ValidationError } from 'payload'
import { idOf, type Ref } from '../shared/ids.ts'
import { rememberRefusedPdf } from './dropRefusedPdf.ts'
import { CLASSIFIED_REFUSAL } from './types.ts'

export const refuseClassified: CollectionBeforeValidateHook = ({ data, req }) => {
  const level = data?.classification
  if (level === undefined || level === 'thuong') return data
  rememberRefusedPdf(req, idOf(data?.pdf as Ref))
  throw new ValidationError(
    { collection: 'documents', errors: [{ path: 'classification', message: CLASSIFIED_REFUSAL }], req },
    req.t,
  )
}
