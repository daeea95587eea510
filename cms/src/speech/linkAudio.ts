/** Sets a text's `audio` past its hooks (see writePastHooks): the reading is the server's, not an edit. */
import type { Payload, PayloadRequest } from 'payload'
import { writePastHooks } from '../collections/shared/writePastHooks.ts'

export interface AudioLink {
  collection: 'news' | 'documents' | 'study-topics'
  id: string | number
  audio: string | number
  audioTextHash: string
  req?: PayloadRequest
}

export function linkAudio(payload: Payload, { collection, id, audio, audioTextHash, req }: AudioLink) {
  return writePastHooks(payload, { collection, id, data: { audio, audioTextHash }, req })
}
