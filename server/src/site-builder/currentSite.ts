/**
 * The live build: `current` is a symlink into `builds/`, switched by renaming a fresh link over it (atomic), so a
 * reader sees either the old site or the new one, never a half-written folder.
 */
import { existsSync, readdirSync, readlinkSync, realpathSync, renameSync, rmSync, symlinkSync } from 'node:fs'
import path from 'node:path'
import { linkedBuilds } from './linkBuild.ts'

export interface SiteLayout {
  /** data/site */
  root: string
  /** data/site/builds: one folder per build */
  builds: string
  /** data/site/current: the link to the live build */
  current: string
  /** data/site/cache: Astro's cacheDir (content layer data store) kept between builds */
  cache: string
  /** data/site/status.json */
  status: string
}

export function siteLayout(root: string): SiteLayout {
  return {
    root,
    builds: path.join(root, 'builds'),
    current: path.join(root, 'current'),
    cache: path.join(root, 'cache'),
    status: path.join(root, 'status.json'),
  }
}

/** A sortable, unique folder name for a new build: the time, then a counter for builds in the same millisecond. */
let sequence = 0
export function newBuildName(now = new Date()): string {
  sequence = (sequence + 1) % 1000
  return `${now.toISOString().replace(/[:.]/g, '-')}-${String(sequence).padStart(3, '0')}`
}

/** Points `current` at `buildDir` in one rename. */
export function switchCurrent(layout: SiteLayout, buildDir: string): void {
  const next = `${layout.current}.next-${process.pid}`
  rmSync(next, { force: true })
  // Relative, so the data folder can be moved as a whole.
  symlinkSync(path.relative(layout.root, buildDir), next, 'dir')
  renameSync(next, layout.current)
}

/** The folder `current` points at, or null before the first good build. */
export function currentBuild(layout: SiteLayout): string | null {
  try {
    return realpathSync(layout.current)
  } catch {
    return null
  }
}

/** The name of the live build, as recorded in the link. */
export function currentBuildName(layout: SiteLayout): string | null {
  try {
    return path.basename(readlinkSync(layout.current))
  } catch {
    return null
  }
}

/** Deletes all but the newest `keep` builds; never the live one, the builds it links to, or `inProgress`. */
export function pruneBuilds(layout: SiteLayout, keep: number, inProgress?: string): void {
  if (!existsSync(layout.builds)) return
  const live = currentBuildName(layout)
  const spared = live ? linkedBuilds(layout.builds, path.join(layout.builds, live)) : new Set<string>()
  const names = readdirSync(layout.builds).sort().reverse()
  let kept = 0
  for (const name of names) {
    if (name === live || spared.has(name) || name === (inProgress && path.basename(inProgress))) continue
    if (kept < keep - 1) {
      kept++
      continue
    }
    rmSync(path.join(layout.builds, name), { recursive: true, force: true })
  }
}

/** Removes folders of builds that never finished (the server stopped mid-build): they have no index.html. */
export function removeUnfinishedBuilds(layout: SiteLayout): void {
  if (!existsSync(layout.builds)) return
  const live = currentBuildName(layout)
  const spared = live ? linkedBuilds(layout.builds, path.join(layout.builds, live)) : new Set<string>()
  for (const name of readdirSync(layout.builds)) {
    if (name !== live && !spared.has(name) && !existsSync(path.join(layout.builds, name, 'index.html')))
      rmSync(path.join(layout.builds, name), { recursive: true, force: true })
  }
}
