/**
 * Where the CMS keeps its files on disk; everything mutable lives under the repository's `data/`.
 * Read when asked, not at import: test harnesses and the functions set DATA_DIR before they open Payload.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const cmsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const dataDir = () => path.resolve(process.env.DATA_DIR || path.join(cmsDir, '..', 'data'))
export const mediaDir = () => path.resolve(process.env.MEDIA_DIR || path.join(dataDir(), 'media'))
