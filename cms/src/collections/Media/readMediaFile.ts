/** Reads an uploaded file's bytes from the media store, for hooks that work on file content. */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { ID } from '@sotay/content-schemas'
import type { PayloadRequest } from 'payload'

export async function readMediaFile(req: PayloadRequest, id: ID): Promise<Uint8Array | null> {
  const doc = await req.payload
    .findByID({ collection: 'media', id, depth: 0, overrideAccess: true, req })
    .catch(() => null)
  const upload = req.payload.collections.media?.config.upload
  if (!doc?.filename || !upload || typeof upload !== 'object' || !upload.staticDir) return null
  return new Uint8Array(await readFile(path.join(upload.staticDir, doc.filename)))
}
