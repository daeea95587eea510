/** A fingerprint of what would be read aloud, so unchanged text is never synthesised twice. */
import { createHash } from 'node:crypto'
import { normalizeForSpeech } from './normalize.ts'
import { type SpeechSource, speechSourceText } from './speechText.ts'

export interface SpeechText {
  /** Normalised text, as the voice will say it. */
  text: string
  /** sha256 of `text`, hex. */
  hash: string
}

export function speechTextOf(doc: SpeechSource): SpeechText {
  const text = normalizeForSpeech(speechSourceText(doc))
  return { text, hash: createHash('sha256').update(text).digest('hex') }
}
