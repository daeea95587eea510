/** A tiny static file server for a built site, for the search tests and benchmarks (no CMS needed). */
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
}

export interface StaticServer {
  url: string
  close(): Promise<void>
}

/** `onSent` hears of every answer: its path and the bytes written for it (headers and body), for the benchmarks. */
export async function serveStatic(
  root: string,
  onSent?: (pathname: string, bytes: number) => void,
): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)
    if (onSent) {
      // Chromium sends one request at a time per connection, so the socket's count is this answer's.
      const { socket } = request
      const before = socket.bytesWritten
      response.on('finish', () => onSent(pathname, socket.bytesWritten - before))
    }
    let file = path.join(root, path.normalize(pathname))
    if (!file.startsWith(root)) return void response.writeHead(403).end()
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html')
    if (!existsSync(file))
      return void response.writeHead(404, { 'content-type': 'text/plain' }).end('Không có')
    response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' })
    createReadStream(file).pipe(response)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
