/** When a secretary or committee writes an answer, the question becomes answered, signed and dated. */
import { asSessionUser } from '@sotay/content-schemas'
import type { CollectionBeforeChangeHook } from 'payload'
import type { Question } from '../../../payload-types.ts'

export const recordAnswer: CollectionBeforeChangeHook<Question> = ({ data, originalDoc, req, operation }) => {
  const answer = typeof data.answer === 'string' ? data.answer.trim() : ''
  const changed = answer !== '' && answer !== (originalDoc?.answer ?? '').trim()
  if (operation !== 'update' || !changed) return data
  data.answer = answer
  data.status = 'answered'
  data.answeredBy = asSessionUser(req.user)?.id ?? data.answeredBy
  data.answeredAt = new Date().toISOString()
  return data
}
