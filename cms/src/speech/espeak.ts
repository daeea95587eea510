/** espeak-ng → raw PCM → opusenc: an offline Vietnamese voice, small Ogg/Opus files for weak networks. */
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { sentenceChunks } from './chunks.ts'
import { lowPriority, oneAtATime } from './oneAtATime.ts'
import type { SynthesizedAudio, SynthesizeOptions, Synthesizer } from './synthesizer.ts'
import { type Pcm, parseWav } from './wav.ts'

export interface EspeakOptions {
  /** espeak-ng voice; Debian ships vi, vi-vn-x-central, vi-vn-x-south. */
  voice?: string
  /** Words per minute (espeak-ng's own default is 175). */
  rate?: number
  /** Opus bitrate in kbit/s; 16 is clear for one voice and about 2 KB per second. */
  bitrate?: number
  /** opusenc complexity 0–10; 5 costs a third less CPU than the default 10 for the same size (bench/speech.ts). */
  complexity?: number
  espeakBin?: string
  opusencBin?: string
}

/** Runs espeak-ng on one chunk and returns its PCM samples (the WAV header read, not trusted for length). */
export async function espeakPcm(text: string, voice: string, rate: number, bin = 'espeak-ng'): Promise<Pcm> {
  const child = spawn(bin, ['-v', voice, '-s', String(rate), '--stdout', '--stdin'], {
    stdio: ['pipe', 'pipe', 'pipe'],
  })
  const out: Buffer[] = []
  const err: Buffer[] = []
  child.stdout.on('data', (b: Buffer) => out.push(b))
  child.stderr.on('data', (b: Buffer) => err.push(b))
  // A missing binary fails through 'close'/'error' below; a broken pipe must not crash the server.
  child.stdin.on('error', () => {})
  lowPriority(child.pid)
  const closed = once(child, 'close') as Promise<[number | null]>
  child.stdin.end(text)
  const [code] = await closed.catch((error: Error) => {
    throw new Error(`Không chạy được ${bin}: ${error.message}`)
  })
  if (code !== 0) throw new Error(`${bin} lỗi (mã ${code}): ${Buffer.concat(err).toString().trim()}`)
  return parseWav(Buffer.concat(out))
}

export function espeakSynthesizer(options: EspeakOptions = {}): Synthesizer {
  const voice = options.voice || 'vi'
  const rate = options.rate && options.rate > 0 ? options.rate : 150
  const bitrate = options.bitrate ?? 16
  const complexity = options.complexity ?? 5
  const espeakBin = options.espeakBin ?? 'espeak-ng'
  const opusencBin = options.opusencBin ?? 'opusenc'
  return {
    id: `espeak-ng:${voice}:opus`,
    synthesize(text: string, opts: SynthesizeOptions = {}): Promise<SynthesizedAudio> {
      return oneAtATime(() => encode(text, opts))
    },
  }

  async function encode(text: string, opts: SynthesizeOptions): Promise<SynthesizedAudio> {
    const chunks = sentenceChunks(text)
    if (!chunks.length) throw new Error('Không có nội dung để đọc')
    const v = opts.voice ?? voice
    const r = opts.rate ?? rate
    // The first chunk tells the sample rate; opusenc then encodes while later chunks are synthesised.
    const first = await espeakPcm(chunks[0] as string, v, r, espeakBin)
    const args = [
      '--quiet',
      '--speech',
      '--bitrate',
      String(bitrate),
      '--comp',
      String(complexity),
      '--raw',
      '--raw-bits',
      '16',
    ]
    args.push('--raw-rate', String(first.sampleRate), '--raw-chan', '1')
    if (opts.title) args.push('--title', opts.title)
    const encoder = spawn(opusencBin, [...args, '-', '-'], { stdio: ['pipe', 'pipe', 'pipe'] })
    const out: Buffer[] = []
    const err: Buffer[] = []
    encoder.stdout.on('data', (b: Buffer) => out.push(b))
    encoder.stderr.on('data', (b: Buffer) => err.push(b))
    encoder.stdin.on('error', () => {})
    lowPriority(encoder.pid)
    const closed = once(encoder, 'close') as Promise<[number | null]>
    let samples = 0
    const write = async (pcm: Buffer) => {
      samples += pcm.length / 2
      if (!encoder.stdin.write(pcm)) await once(encoder.stdin, 'drain')
    }
    try {
      await write(first.data)
      for (const chunk of chunks.slice(1)) await write((await espeakPcm(chunk, v, r, espeakBin)).data)
    } finally {
      encoder.stdin.end()
    }
    const [code] = await closed.catch((error: Error) => {
      throw new Error(`Không chạy được ${opusencBin}: ${error.message}`)
    })
    if (code !== 0) throw new Error(`${opusencBin} lỗi (mã ${code}): ${Buffer.concat(err).toString().trim()}`)
    return {
      data: Buffer.concat(out),
      mimeType: 'audio/ogg',
      extension: 'opus',
      durationSeconds: Math.round((samples / first.sampleRate) * 10) / 10,
    }
  }
}
