/** The answer bank's match is attached by the server (the ask function), never taken from the request body. */
import { AUTO_ANSWER_CONTEXT } from '@sotay/content-schemas'
import type { CollectionBeforeChangeHook } from 'payload'
import type { Question } from '../../../payload-types.ts'

export interface AutoAnswer {
  faq: number | string
  score: number
}

/** `req.context` is set only by server code, so a client cannot claim an automatic answer it was not given. */
export const recordAutoAnswer: CollectionBeforeChangeHook<Question> = ({ data, operation, req }) => {
  const match = req.context[AUTO_ANSWER_CONTEXT] as AutoAnswer | undefined
  if (operation === 'create' && match) data.autoAnswer = { faq: match.faq, score: match.score }
  return data
}
