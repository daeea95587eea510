/** Reads text with the phone's own Vietnamese voice (speechSynthesis), a sentence group at a time. */
import { normalizeForSpeech } from '@sotay/content-schemas/speech/normalize'

/** Chrome on Android stops an utterance after about 15 seconds; short pieces avoid that. */
const PIECE_CHARS = 220

export function speechPieces(text: string): string[] {
  const sentences = normalizeForSpeech(text).match(/[^.!?;\n]+(?:[.!?;]+|\n|$)/gu) ?? []
  const pieces: string[] = []
  let current = ''
  for (const sentence of sentences) {
    if (current && current.length + sentence.length > PIECE_CHARS) {
      pieces.push(current.trim())
      current = ''
    }
    current += sentence
  }
  if (current.trim()) pieces.push(current.trim())
  return pieces
}

/** A Vietnamese voice if the device has one; voices may arrive a moment after the page loads. */
export function findVietnameseVoice(timeoutMs = 1500): Promise<SpeechSynthesisVoice | undefined> {
  const synth = typeof window !== 'undefined' ? window.speechSynthesis : undefined
  if (!synth || typeof SpeechSynthesisUtterance === 'undefined') return Promise.resolve(undefined)
  const pick = () => synth.getVoices().find((v) => v.lang.toLowerCase().replace('_', '-').startsWith('vi'))
  const now = pick()
  if (now || synth.getVoices().length > 0) return Promise.resolve(now)
  return new Promise((resolve) => {
    const done = () => {
      synth.removeEventListener?.('voiceschanged', done)
      clearTimeout(timer)
      resolve(pick())
    }
    const timer = setTimeout(done, timeoutMs)
    synth.addEventListener?.('voiceschanged', done)
  })
}

export interface SpeechReader {
  play(rate: number): void
  pause(): void
  stop(): void
}

/**
 * Pausing cancels and resuming restarts the current piece: speechSynthesis.pause() is unreliable on Android.
 */
export function speechReader(
  pieces: string[],
  voice: SpeechSynthesisVoice,
  onEnd: () => void,
  onPiece: (index: number) => void,
): SpeechReader {
  const synth = window.speechSynthesis
  let index = 0
  let active = false
  const speak = (rate: number) => {
    const piece = pieces[index]
    if (piece === undefined) {
      active = false
      index = 0
      onEnd()
      return
    }
    const utterance = new SpeechSynthesisUtterance(piece)
    utterance.voice = voice
    utterance.lang = voice.lang || 'vi-VN'
    utterance.rate = rate
    utterance.onend = () => {
      if (!active) return
      index += 1
      onPiece(index)
      speak(rate)
    }
    synth.speak(utterance)
  }
  return {
    play(rate) {
      active = true
      synth.cancel()
      speak(rate)
    },
    pause() {
      active = false
      synth.cancel()
    },
    stop() {
      active = false
      index = 0
      synth.cancel()
    },
  }
}
