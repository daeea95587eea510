/**
 * Guards the rule "every date is dd/mm/yyyy in Asia/Ho_Chi_Minh, through dates.ts": a locale date call or a
 * date pattern written anywhere else in the workspace's source fails here, with its file and line.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = path.resolve(import.meta.dirname, '../../..')
const SOURCES = ['content-schemas/src', 'cms/src', 'functions/src', 'server/src', 'site/src', 'scripts']
/** The two places allowed to name a format: the helpers themselves and the admin's field setting built on them. */
const ALLOWED = new Set(['content-schemas/src/text/dates.ts', 'cms/src/fields/dateDisplay.ts'])
const SKIP_DIRS = new Set(['node_modules', 'dist', '.next', '.astro', 'migrations'])

const RAW_DATE_CALLS = [
  /\.toLocaleDateString\(/,
  /\.toLocaleTimeString\(/,
  /Intl\.DateTimeFormat\(/,
  // toLocaleString on something that looks like a date (numbers may use it: "1.234 kết quả").
  /\b\w*(?:[dD]ate|At|[tT]ime|[tT]hời|[nN]gày)\w*\)?\.toLocaleString\(/,
  /new Date\([^)]*\)\.toLocaleString\(/,
  // Payload's admin: a date pattern written by hand instead of DATE_PATTERN / DATE_TIME_PATTERN.
  /\b(?:displayFormat|dateFormat)\s*:\s*['"`]/,
]

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return SKIP_DIRS.has(entry.name) ? [] : sourceFiles(full)
    return /\.(ts|tsx|mts|mjs|js|astro)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : []
  })
}

describe('dates go through text/dates.ts', () => {
  it('finds no locale date call or hand-written date pattern elsewhere', () => {
    const files = SOURCES.flatMap((dir) => sourceFiles(path.join(ROOT, dir)))
    expect(files.length).toBeGreaterThan(100)
    const offences = files.flatMap((file) => {
      const relative = path.relative(ROOT, file)
      if (ALLOWED.has(relative)) return []
      return readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) =>
          RAW_DATE_CALLS.some((re) => re.test(line)) ? [`${relative}:${i + 1}: ${line.trim()}`] : [],
        )
    })
    expect(offences).toEqual([])
  })

  it('catches the calls it is there for', () => {
    const caught = (line: string) => RAW_DATE_CALLS.some((re) => re.test(line))
    expect(caught('new Date(item.sentAt).toLocaleDateString("vi-VN")')).toBe(true)
    expect(caught('sentAt.toLocaleString()')).toBe(true)
    expect(caught("admin: { date: { displayFormat: 'MM/dd/yyyy' } }")).toBe(true)
    expect(caught("count.toLocaleString('vi-VN')")).toBe(false)
  })
})
