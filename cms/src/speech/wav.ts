/** Reads the PCM out of espeak-ng's WAV, from the Debian binary or the WebAssembly build alike. */

export interface Pcm {
  sampleRate: number
  /** 16-bit little-endian mono samples. */
  data: Buffer
}

/** Reads a streamed WAV: espeak-ng writes 0x7fffffff as the sizes, so the data runs to the end. */
export function parseWav(wav: Buffer): Pcm {
  if (wav.length < 12 || wav.toString('ascii', 0, 4) !== 'RIFF') throw new Error('espeak-ng không trả về WAV')
  let offset = 12
  let sampleRate = 22050
  while (offset + 8 <= wav.length) {
    const id = wav.toString('ascii', offset, offset + 4)
    const size = wav.readUInt32LE(offset + 4)
    if (id === 'fmt ') sampleRate = wav.readUInt32LE(offset + 12)
    if (id === 'data') return { sampleRate, data: wav.subarray(offset + 8) }
    offset += 8 + size
  }
  throw new Error('WAV không có phần dữ liệu')
}
