/** The one probe: Debian's binaries on PATH pick Opus, their absence the npm voice, said once in Vietnamese. */
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { chooseSpeechEngine } from './engine.ts'
import { wasmSynthesizer } from './wasmSynthesizer.ts'

const empty = mkdtempSync(path.join(tmpdir(), 'sotay-path-empty-'))
const debian = mkdtempSync(path.join(tmpdir(), 'sotay-path-debian-'))
for (const name of ['espeak-ng', 'opusenc']) {
  writeFileSync(path.join(debian, name), '#!/bin/sh\n')
  chmodSync(path.join(debian, name), 0o755)
}
// A file that is there but cannot run is not a binary.
writeFileSync(path.join(empty, 'espeak-ng'), 'not executable')
afterAll(() => {
  for (const dir of [empty, debian]) rmSync(dir, { recursive: true, force: true })
})

describe('chooseSpeechEngine', () => {
  it('both Debian binaries on PATH: Opus through Debian, nothing to say', () => {
    expect(chooseSpeechEngine({ PATH: `${empty}:${debian}` })).toEqual({ engine: 'debian', missing: [] })
  })

  it('without them: the npm voice, and one Vietnamese line with the install command', () => {
    const choice = chooseSpeechEngine({ PATH: empty })
    expect(choice.engine).toBe('wasm')
    expect(choice.missing).toEqual(['espeak-ng', 'opusenc'])
    expect(choice.notice).toContain('Không tìm thấy espeak-ng, opusenc')
    expect(choice.notice).toContain('apt-get install espeak-ng opus-tools')
  })

  it('SPEECH_ENGINE forces a voice, and a wrong value is refused in Vietnamese', () => {
    expect(chooseSpeechEngine({ PATH: debian, SPEECH_ENGINE: 'wasm' }).engine).toBe('wasm')
    const forced = chooseSpeechEngine({ PATH: empty, SPEECH_ENGINE: 'debian' })
    expect(forced.engine).toBe('debian')
    expect(forced.notice).toContain('sẽ lỗi')
    expect(() => chooseSpeechEngine({ PATH: empty, SPEECH_ENGINE: 'say' })).toThrow('không hợp lệ')
  })
})

describe('wasmSynthesizer', () => {
  it('a child that cannot start fails the reading with the reason, not a hang', async () => {
    const broken = wasmSynthesizer({ script: path.join(empty, 'missing.ts') })
    await expect(broken.synthesize('Xin chào các đồng chí.')).rejects.toThrow(
      /Bộ đọc WebAssembly dừng.*Cannot find module/,
    )
  })
})
