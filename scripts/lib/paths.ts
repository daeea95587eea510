/** Where things are in the repository, and the workspace's Node 24 tools. */
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const repoDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
export const cmsDir = path.join(repoDir, 'cms')
export const siteDir = path.join(repoDir, 'site')
export const serverDir = path.join(repoDir, 'server')

/** A tool from a package's node_modules/.bin; pnpm's shims there run on the workspace's Node 24. */
export const bin = (dir: string, name: string) => path.join(dir, 'node_modules', '.bin', name)

/** DATA_DIR made absolute against the repository, so every child process agrees on it. */
export const resolveDataDir = (value = process.env.DATA_DIR) => path.resolve(repoDir, value || 'data')
