import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { isStale } from './freshness.ts'

const made: string[] = []
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true })
})

function tree() {
  const dir = mkdtempSync(path.join(tmpdir(), 'sotay-fresh-'))
  made.push(dir)
  const at = (name: string, seconds: number) => {
    const file = path.join(dir, name)
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, name)
    utimesSync(file, seconds, seconds)
    return file
  }
  return { dir, at }
}

describe('isStale', () => {
  it('is stale without a stamp', () => {
    const { dir, at } = tree()
    at('src/a.ts', 1000)
    expect(isStale(path.join(dir, 'missing'), [path.join(dir, 'src')])).toBe(true)
  })

  it('is fresh when the stamp is newer than every input, stale when one input is newer', () => {
    const { dir, at } = tree()
    at('src/a.ts', 1000)
    at('src/deep/b.ts', 1500)
    const stamp = at('out/BUILD_ID', 2000)
    expect(isStale(stamp, [path.join(dir, 'src')])).toBe(false)
    at('src/deep/b.ts', 2500)
    expect(isStale(stamp, [path.join(dir, 'src')])).toBe(true)
  })

  it('ignores tests, node_modules and build output, and inputs that do not exist', () => {
    const { dir, at } = tree()
    at('src/a.ts', 1000)
    const stamp = at('out/BUILD_ID', 2000)
    at('src/a.test.ts', 3000)
    at('src/node_modules/x/index.js', 3000)
    at('src/.next/cache', 3000)
    at('src/dist/index.html', 3000)
    expect(isStale(stamp, [path.join(dir, 'src'), path.join(dir, 'nope')])).toBe(false)
  })
})
