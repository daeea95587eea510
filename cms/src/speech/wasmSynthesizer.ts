/**
 * The voice that needs nothing but npm: espeak-ng's WebAssembly build and LAME, in a child process
 * (wasmSpeechProcess.ts) because both block while they work. MP3, which every phone plays.
 */
import { fork } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { sentenceChunks } from './chunks.ts'
import { lowPriority, oneAtATime } from './oneAtATime.ts'
import type { SynthesizedAudio, SynthesizeOptions, Synthesizer } from './synthesizer.ts'
import { CHILD_FLAG, type WasmSpeechReply, type WasmSpeechRequest } from './wasmProtocol.ts'

export interface WasmOptions {
  /** espeak-ng voice; the WebAssembly build has vi, vi-vn-x-central, vi-vn-x-south like Debian's. */
  voice?: string
  rate?: number
  bitrate?: WasmSpeechRequest['bitrate']
  /** The child's script; found next to this file unless given (see childScript). */
  script?: string
}

// Smaller pieces than the Debian path: each is one synchronous espeak-ng run inside the child.
const WASM_CHUNK_CHARS = 1_000

/**
 * The child's entry file. Next bundles this module, so its own URL may point into `.next`; the source tree
 * (where `next start` runs, in cms/) is the fallback, and SPEECH_WASM_SCRIPT overrides both.
 */
export function childScript(env: NodeJS.ProcessEnv = process.env): string {
  if (env.SPEECH_WASM_SCRIPT) return env.SPEECH_WASM_SCRIPT
  const here = path.dirname(fileURLToPath(import.meta.url))
  const besideMe = path.join(here, 'wasmSpeechProcess.ts')
  return besideMe.includes(`${path.sep}.next${path.sep}`)
    ? path.join(process.cwd(), 'src', 'speech', 'wasmSpeechProcess.ts')
    : besideMe
}

/** The line of a dead child's stderr that says why (Node prints the error, its stack, then its version). */
function childError(stderr: Buffer[]): string {
  const lines = Buffer.concat(stderr)
    .toString()
    .split('\n')
    .map((line) => line.trim())
  return lines.find((line) => /^\w*Error\b/.test(line)) ?? lines.filter(Boolean).slice(-3).join(' ')
}

function runChild(script: string, request: WasmSpeechRequest): Promise<WasmSpeechReply> {
  return new Promise((resolve, reject) => {
    // No inherited flags (a test runner's or Next's), and a structured channel so the MP3 crosses as bytes.
    const child = fork(script, [CHILD_FLAG], {
      execArgv: ['--disable-warning=ExperimentalWarning'],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    })
    lowPriority(child.pid)
    const err: Buffer[] = []
    child.stderr?.on('data', (b: Buffer) => err.push(b))
    let reply: WasmSpeechReply | undefined
    child.once('message', (message) => {
      reply = message as WasmSpeechReply
    })
    child.once('error', (error) => reject(new Error(`Không chạy được bộ đọc WebAssembly: ${error.message}`)))
    child.once('exit', (code, signal) => {
      if (reply) resolve(reply)
      else {
        reject(new Error(`Bộ đọc WebAssembly dừng (mã ${code ?? signal}): ${childError(err)}`))
      }
    })
    child.send(request)
  })
}

export function wasmSynthesizer(options: WasmOptions = {}): Synthesizer {
  const voice = options.voice || 'vi'
  const rate = options.rate && options.rate > 0 ? options.rate : 150
  const bitrate = options.bitrate ?? 24
  const script = options.script ?? childScript()
  return {
    id: `espeak-ng-wasm:${voice}:mp3`,
    synthesize(text: string, opts: SynthesizeOptions = {}): Promise<SynthesizedAudio> {
      const chunks = sentenceChunks(text, WASM_CHUNK_CHARS)
      if (!chunks.length) return Promise.reject(new Error('Không có nội dung để đọc'))
      const request = { chunks, voice: opts.voice ?? voice, rate: opts.rate ?? rate, bitrate }
      return oneAtATime(async () => {
        const reply = await runChild(script, request)
        if (!reply.ok) throw new Error(reply.message)
        return {
          data: Buffer.from(reply.data.buffer, reply.data.byteOffset, reply.data.byteLength),
          mimeType: 'audio/mpeg',
          extension: 'mp3',
          durationSeconds: Math.round((reply.samples / reply.sampleRate) * 10) / 10,
        }
      })
    },
  }
}
