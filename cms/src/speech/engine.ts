/**
 * Which voice this machine can run, decided once per process: Debian's espeak-ng + opusenc (Ogg/Opus, the
 * smaller files) when both are installed, else espeak-ng's WebAssembly build + LAME (MP3), which needs nothing
 * but npm. bench/speech.ts: about the same CPU either way (opusenc costs what the WebAssembly voice costs).
 * `SPEECH_ENGINE=wasm|debian` forces one. The CMS and bench/speech.ts both ask here.
 */
import { accessSync, constants } from 'node:fs'
import path from 'node:path'

export type SpeechEngine = 'debian' | 'wasm'

/** The variables read here; looser than NodeJS.ProcessEnv, which some type packages tighten. */
type Env = Readonly<Record<string, string | undefined>>

export interface SpeechEngineChoice {
  engine: SpeechEngine
  /** The Debian binaries that are not on PATH. */
  missing: string[]
  /** One Vietnamese sentence for the start log when Debian's path is unavailable; undefined when all is there. */
  notice?: string
}

export const DEBIAN_BINARIES = ['espeak-ng', 'opusenc'] as const
export const DEBIAN_INSTALL = 'apt-get install espeak-ng opus-tools'

/** An executable file of that name in one of PATH's folders (no process is started to find out). */
export function onPath(name: string, env: Env = process.env): boolean {
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue
    try {
      accessSync(path.join(dir, name), constants.X_OK)
      return true
    } catch {
      // Not in this folder.
    }
  }
  return false
}

export function chooseSpeechEngine(env: Env = process.env): SpeechEngineChoice {
  const missing = DEBIAN_BINARIES.filter((name) => !onPath(name, env))
  const forced = env.SPEECH_ENGINE
  if (forced && forced !== 'wasm' && forced !== 'debian')
    throw new Error(
      `SPEECH_ENGINE=${forced} không hợp lệ: dùng "wasm" hoặc "debian" (hoặc bỏ trống để tự chọn).`,
    )
  if (forced === 'wasm')
    return {
      engine: 'wasm',
      missing,
      notice: 'Bản đọc âm thanh: dùng espeak-ng WebAssembly, lưu MP3 (SPEECH_ENGINE=wasm).',
    }
  if (forced === 'debian' || missing.length === 0)
    return {
      engine: 'debian',
      missing,
      notice: missing.length
        ? `Không tìm thấy ${missing.join(', ')} mà SPEECH_ENGINE=debian: bản đọc âm thanh sẽ lỗi. Cài bằng: ${DEBIAN_INSTALL}`
        : undefined,
    }
  return {
    engine: 'wasm',
    missing,
    notice: `Không tìm thấy ${missing.join(', ')}: bản đọc âm thanh dùng espeak-ng WebAssembly và lưu MP3 (tệp lớn hơn Opus khoảng 25%). Muốn tệp Opus nhỏ hơn, cài: ${DEBIAN_INSTALL}`,
  }
}

let memo: { key: string; choice: SpeechEngineChoice } | undefined

/** The choice for this process, probed on first use and kept (PATH and SPEECH_ENGINE do not change under us). */
export function speechEngine(env: Env = process.env): SpeechEngineChoice {
  const key = `${env.SPEECH_ENGINE ?? ''}\0${env.PATH ?? ''}`
  if (memo?.key !== key) memo = { key, choice: chooseSpeechEngine(env) }
  return memo.choice
}
