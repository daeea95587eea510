/** Serves the built site (site/dist): content types, index.html for folders, 304s, and the Vietnamese 404 page. */
import { createReadStream } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { contentType } from './contentTypes.ts'
import { NOT_FOUND_HTML } from './notFoundPage.ts'

/** Astro puts content-hashed assets here; they never change under the same name. */
const IMMUTABLE_PREFIX = '/_astro/'

export async function serveStatic(root: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' })
    res.end('Phương thức không được hỗ trợ.')
    return
  }
  const url = new URL(req.url ?? '/', 'http://localhost')
  const file = await resolveFile(root, url.pathname)
  if (file === 'redirect') {
    res.writeHead(301, { location: `${url.pathname}/${url.search}` })
    res.end()
    return
  }
  if (!file) return sendNotFound(root, req, res)

  const modified = new Date(Math.floor(file.mtimeMs / 1000) * 1000)
  const since = req.headers['if-modified-since']
  if (since && Date.parse(since) >= modified.getTime()) {
    res.writeHead(304)
    res.end()
    return
  }
  res.writeHead(200, {
    'content-type': contentType(file.path),
    'content-length': file.size,
    'last-modified': modified.toUTCString(),
    'cache-control': url.pathname.startsWith(IMMUTABLE_PREFIX)
      ? 'public, max-age=31536000, immutable'
      : 'no-cache',
    'x-content-type-options': 'nosniff',
  })
  if (req.method === 'HEAD') {
    res.end()
    return
  }
  await pipeline(createReadStream(file.path), res)
}

type Found = { path: string; size: number; mtimeMs: number }

/** The file for a URL path, 'redirect' for a folder asked without its trailing slash, or null. */
async function resolveFile(root: string, pathname: string): Promise<Found | 'redirect' | null> {
  let decoded: string
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    return null
  }
  if (decoded.includes('\0')) return null
  const base = path.resolve(root)
  const target = path.resolve(base, `.${decoded}`)
  if (target !== base && !target.startsWith(base + path.sep)) return null
  const found = await statOrNull(target)
  if (found?.isFile()) return { path: target, size: found.size, mtimeMs: found.mtimeMs }
  if (!found?.isDirectory()) return null
  if (!pathname.endsWith('/')) return 'redirect'
  const index = path.join(target, 'index.html')
  const indexStat = await statOrNull(index)
  return indexStat?.isFile() ? { path: index, size: indexStat.size, mtimeMs: indexStat.mtimeMs } : null
}

async function statOrNull(file: string) {
  try {
    return await stat(file)
  } catch {
    return null
  }
}

async function sendNotFound(root: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const page = await readFile(path.join(root, '404.html'), 'utf8').catch(() => NOT_FOUND_HTML)
  res.writeHead(404, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' })
  res.end(req.method === 'HEAD' ? undefined : page)
}
