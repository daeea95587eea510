/**
 * A build folder made of links to another: the site goes live before its search index with the last index carried
 * over. Each top-level entry is a symbolic link into the finished build (a few dozen links, whatever the site's
 * size): linking every page instead made 10,000 folders and 10,000 links, 6 s of an edit at 10,000 pages on a busy
 * disk, and as much again to delete. The finished build must stay while a folder links to it: on a failed index it
 * is kept, and pruning spares it (`linkedBuilds`).
 */
import { readdirSync, realpathSync } from 'node:fs'
import { mkdir, readdir, symlink } from 'node:fs/promises'
import path from 'node:path'

/** Links every top-level entry of `from` into `to`; `overlay` maps a top-level name to the folder taken instead. */
export async function linkBuild(
  from: string,
  to: string,
  overlay: Record<string, string> = {},
): Promise<void> {
  await mkdir(to, { recursive: true })
  const own = (await readdir(from)).filter((name) => !(name in overlay))
  // Relative, like `current`, so the data folder can be moved as a whole; an overlay that is itself a link (a build
  // that went live this way) is followed to the real folder, so links never chain.
  const link = (source: string, name: string) =>
    symlink(path.relative(to, realpathSync(source)), path.join(to, name))
  await Promise.all([
    ...own.map((name) => link(path.join(from, name), name)),
    ...Object.entries(overlay).map(([name, source]) => link(source, name)),
  ])
}

/** The folders under `builds` that the build folder `dir` links into (none for a build of its own files). */
export function linkedBuilds(builds: string, dir: string): Set<string> {
  const names = new Set<string>()
  const root = realpathSync(builds)
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isSymbolicLink()) continue
    try {
      const [name] = path.relative(root, realpathSync(path.join(dir, entry.name))).split(path.sep)
      if (name && name !== '..') names.add(name)
    } catch {
      // A link whose target is gone protects nothing.
    }
  }
  return names
}
