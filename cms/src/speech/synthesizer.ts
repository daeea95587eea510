/** The one seam for text-to-speech: espeak-ng by default, a cloud voice can be plugged in (see README.md). */
import { speechEngine } from './engine.ts'
import { espeakSynthesizer } from './espeak.ts'
import { wasmSynthesizer } from './wasmSynthesizer.ts'

export interface SynthesizeOptions {
  /** Voice name of the provider (espeak-ng: vi, vi-vn-x-central, vi-vn-x-south). */
  voice?: string
  /** Words per minute; elderly listeners prefer it a little slow. */
  rate?: number
  /** Stored in the file's metadata. */
  title?: string
}

export interface SynthesizedAudio {
  data: Buffer
  mimeType: string
  /** File extension without the dot, for the stored file name. */
  extension: string
  durationSeconds?: number
}

export interface Synthesizer {
  /** Short and stable, e.g. "espeak-ng"; recorded on the job output. */
  id: string
  /** `text` is already normalised (normalizeForSpeech) and trimmed to a sane length. */
  synthesize(text: string, options?: SynthesizeOptions): Promise<SynthesizedAudio>
}

/**
 * The synthesizer this deployment uses: `TTS_PROVIDER` (only "espeak" ships), voice from `TTS_VOICE`; Debian's
 * espeak-ng → Opus when installed, else its WebAssembly build → MP3 (engine.ts, `SPEECH_ENGINE` forces one).
 */
export function defaultSynthesizer(env: NodeJS.ProcessEnv = process.env): Synthesizer {
  const provider = env.TTS_PROVIDER ?? 'espeak'
  if (provider !== 'espeak') throw new Error(`Chưa hỗ trợ bộ đọc TTS_PROVIDER=${provider}`)
  const options = { voice: env.TTS_VOICE, rate: env.TTS_RATE ? Number(env.TTS_RATE) : undefined }
  return speechEngine(env).engine === 'debian' ? espeakSynthesizer(options) : wasmSynthesizer(options)
}
