/** What the server and the WebAssembly voice's child process say to each other (no WASM imported here). */

/** Marks the forked child, so that importing its file (tests, bench) never takes over a process's IPC. */
export const CHILD_FLAG = '--sotay-wasm-speech'

export interface WasmSpeechRequest {
  chunks: string[]
  voice: string
  rate: number
  /** MP3 bitrate in kbit/s; LAME picks the sample rate that suits it (16 kHz at 24 kbit/s). */
  bitrate: 16 | 24 | 32 | 40 | 48
}

export type WasmSpeechReply =
  | { ok: true; data: Uint8Array; samples: number; sampleRate: number }
  | { ok: false; message: string }
