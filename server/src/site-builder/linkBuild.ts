/**
 * A build folder as hard links (a copy where links fail): the site goes live before its search index with the
 * last index carried over, at the cost of one link per file instead of a copy of the site.
 */
import { copyFile, link, mkdir, readdir } from 'node:fs/promises'
import path from 'node:path'

/** Links every file of `from` into `to`; `overlay` maps a top-level name to the folder it is taken from instead. */
export async function linkBuild(
  from: string,
  to: string,
  overlay: Record<string, string> = {},
): Promise<void> {
  await mkdir(to, { recursive: true })
  const own = (await readdir(from, { withFileTypes: true })).filter((entry) => !(entry.name in overlay))
  await Promise.all([
    ...own.map((entry) =>
      linkEntry(path.join(from, entry.name), path.join(to, entry.name), entry.isDirectory()),
    ),
    ...Object.entries(overlay).map(([name, source]) => linkEntry(source, path.join(to, name), true)),
  ])
}

async function linkEntry(source: string, target: string, folder: boolean): Promise<void> {
  if (!folder) {
    await link(source, target).catch(() => copyFile(source, target))
    return
  }
  await mkdir(target, { recursive: true })
  // All folders at once: a site of 50,000 pages is 50,000 folders of one page each, and libuv queues the calls.
  const entries = await readdir(source, { withFileTypes: true })
  await Promise.all(
    entries.map((entry) =>
      linkEntry(path.join(source, entry.name), path.join(target, entry.name), entry.isDirectory()),
    ),
  )
}
