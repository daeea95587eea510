/**
 * Refuses any document marked above "thường", drafts included: Payload skips field validation on
 * drafts, and a secret document must not be stored even as a draft.
 */
import { CLASSIFIED_REFUSAL, idOf } from '@sotay/content-schemas'
import type { CollectionBeforeValidateHook } from 'payload'
import { fieldRefusal } from '../../../fields/fieldRefusal.ts'
import type { Document } from '../../../payload-types.ts'
import { rememberRefusedPdf } from './dropRefusedPdf.ts'

export const refuseClassified: CollectionBeforeValidateHook<Document> = ({ data, req }) => {
  const level = data?.classification
  if (level === undefined || level === 'thuong') return data
  rememberRefusedPdf(req, idOf(data?.pdf))
  throw fieldRefusal(req, 'documents', 'classification', CLASSIFIED_REFUSAL)
}
