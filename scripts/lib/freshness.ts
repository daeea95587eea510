/** Decides whether a build is out of date: its stamp file is missing or older than any of its inputs. */
import { readdirSync, type Stats, statSync } from 'node:fs'
import path from 'node:path'

const SKIPPED_DIRS = new Set(['node_modules', '.next', 'dist', '.astro', '.git'])
const isTest = (name: string) => /\.test\.[cm]?[jt]sx?$/.test(name)

/** The newest modification time (ms) among the files under the given paths; tests and build output excluded. */
export function newestInput(inputs: string[]): number {
  let newest = 0
  const visit = (file: string) => {
    let info: Stats
    try {
      info = statSync(file)
    } catch {
      return
    }
    if (info.isDirectory()) {
      for (const entry of readdirSync(file)) if (!SKIPPED_DIRS.has(entry)) visit(path.join(file, entry))
    } else if (!isTest(path.basename(file))) {
      newest = Math.max(newest, info.mtimeMs)
    }
  }
  for (const input of inputs) visit(input)
  return newest
}

export function isStale(stampFile: string, inputs: string[]): boolean {
  let stamp: number
  try {
    stamp = statSync(stampFile).mtimeMs
  } catch {
    return true
  }
  return newestInput(inputs) > stamp
}
