/** The listen feature's pure parts: normalisation, plain text from rich text, and what gets read. */
export { lexicalToPlainText } from './lexicalText.ts'
export { normalizeForSpeech } from './normalize.ts'
export { dayToWords, decimalToWords, digitsToWords, integerToWords, monthToWords } from './numbers.ts'
export { romanToNumber } from './roman.ts'
export {
  SPEECH_COLLECTIONS,
  SPEECH_MAX_CHARS,
  type SpeechCollection,
  type SpeechSource,
  speechSourceText,
  trimToSentence,
} from './speechText.ts'
