/** The answer bank's match is attached by the server (the ask function), never taken from the request body. */
import type { CollectionBeforeChangeHook } from 'payload'
import { AUTO_ANSWER_CONTEXT } from './status.ts'

export interface AutoAnswer {
  faq: number | string
  score: number
}

/** `req.context` is set only by server code, so a client cannot claim an automatic answer it was not given. */
export const recordAutoAnswer: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  const match = req.context[AUTO_ANSWER_CONTEXT] as AutoAnswer | undefined
  if (operation === 'create' && match) data.autoAnswer = { faq: match.faq, score: match.score }
  return data
}
