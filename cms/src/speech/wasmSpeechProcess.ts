/**
 * The child process of the WebAssembly voice: espeak-ng compiled to WASM reads each chunk, LAME (WASM) encodes
 * MP3. Both run synchronously, so they live here, out of the server's event loop. Started by wasmSynthesizer.ts
 * with `fork`; run by Node's own type stripping, so this file and what it imports use erasable TypeScript only.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import ESpeakNg from 'espeak-ng'
import { createMp3Encoder } from 'wasm-media-encoders'
import { CHILD_FLAG, type WasmSpeechReply, type WasmSpeechRequest } from './wasmProtocol.ts'
import { parseWav } from './wav.ts'

const require = createRequire(import.meta.url)
const wasmFile = path.join(path.dirname(require.resolve('espeak-ng')), 'espeak-ng.wasm')

// Compiled once per process; each chunk gets a fresh instance because the module runs main() and is spent.
let compiled: Promise<WebAssembly.Module> | undefined

/** One espeak-ng run on one chunk, as the CLI would: text from a file in its memory FS, WAV out. */
async function speakChunk(text: string, voice: string, rate: number) {
  compiled ??= WebAssembly.compile(readFileSync(wasmFile))
  const module = await compiled
  const errors: string[] = []
  const espeak = await ESpeakNg({
    arguments: ['-v', voice, '-s', String(rate), '-w', '/out.wav', '-f', '/in.txt'],
    preRun: [(m) => m.FS.writeFile('/in.txt', text)],
    instantiateWasm: (imports, done) => {
      WebAssembly.instantiate(module, imports).then(done)
      return {}
    },
    print: () => {},
    // Emscripten reports its own runtime staying alive after main(); that is not an error of espeak-ng.
    printErr: (line) => {
      if (!line.includes('keepRuntimeAlive')) errors.push(line)
    },
  })
  if (errors.length) throw new Error(`espeak-ng (WebAssembly): ${errors.join(' ')}`)
  return parseWav(Buffer.from(espeak.FS.readFile('/out.wav')))
}

export async function synthesizeMp3(request: WasmSpeechRequest): Promise<WasmSpeechReply> {
  const encoder = await createMp3Encoder()
  const parts: Buffer[] = []
  let samples = 0
  let sampleRate = 0
  for (const chunk of request.chunks) {
    const pcm = await speakChunk(chunk, request.voice, request.rate)
    if (!sampleRate) {
      sampleRate = pcm.sampleRate
      encoder.configure({ channels: 1, sampleRate, bitrate: request.bitrate })
    }
    const ints = new Int16Array(pcm.data.buffer, pcm.data.byteOffset, pcm.data.length >> 1)
    const floats = new Float32Array(ints.length)
    for (let i = 0; i < ints.length; i++) floats[i] = (ints[i] as number) / 32768
    samples += ints.length
    // The encoder copies into its own fixed buffer; slices keep that buffer small.
    for (let i = 0; i < floats.length; i += 1 << 16)
      parts.push(Buffer.from(encoder.encode([floats.subarray(i, i + (1 << 16))])))
  }
  parts.push(Buffer.from(encoder.finalize()))
  return { ok: true, data: Buffer.concat(parts), samples, sampleRate }
}

// Run as a child: one request in, one reply out, then exit (the memory goes back with the process).
if (process.send && process.argv.includes(CHILD_FLAG)) {
  process.once('message', async (request: WasmSpeechRequest) => {
    const reply = await synthesizeMp3(request).catch(
      (error: unknown): WasmSpeechReply => ({
        ok: false,
        message: error instanceof Error ? error.message : String(error),
      }),
    )
    process.send?.(reply, () => process.exit(0))
  })
  process.once('disconnect', () => process.exit(0))
}
