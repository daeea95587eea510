/** node:http servers for the benchmarks: Payload's REST handler, and a bare server as the baseline. */
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { handleEndpoints, type Payload } from 'payload'

function listen(server: Server): Promise<string> {
  // The load generator reuses connections across pauses between scenarios; a short idle timeout resets them.
  server.keepAliveTimeout = 120_000
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
    ),
  )
}

/** The Fetch API request for what node:http received, body included (sign-in posts one). */
async function toRequest(req: IncomingMessage): Promise<Request> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  const bodyless = req.method === 'GET' || req.method === 'HEAD'
  return new Request(`http://${req.headers.host ?? '127.0.0.1'}${req.url}`, {
    method: req.method,
    headers: req.headers as Record<string, string>,
    body: bodyless ? undefined : new Uint8Array(Buffer.concat(chunks)),
  })
}

/** Payload's REST API exactly as the Next route calls it, minus Next's own routing. */
export async function servePayloadRest(payload: Payload) {
  const server = createServer(async (req, res) => {
    try {
      const response = await handleEndpoints({ config: payload.config, request: await toRequest(req) })
      res.writeHead(response.status, Object.fromEntries(response.headers))
      res.end(Buffer.from(await response.arrayBuffer()))
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain' })
      res.end(String((error as Error).stack ?? error))
    }
  })
  return { url: await listen(server), close: () => server.close() }
}

/** The floor: a node:http server answering a fixed body of the same size. */
export async function serveBare(body: Uint8Array) {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length })
    res.end(body)
  })
  return { url: await listen(server), close: () => server.close() }
}

/** Any Fetch API handler (e.g. the functions app) on node:http, as the front server runs it, with the client's address. */
export async function serveHandler(handler: (request: Request, ip: string) => Response | Promise<Response>) {
  const server = createServer(async (req, res) => {
    const response = await handler(await toRequest(req), req.socket.remoteAddress ?? '')
    res.writeHead(response.status, Object.fromEntries(response.headers))
    res.end(Buffer.from(await response.arrayBuffer()))
  })
  return { url: await listen(server), close: () => server.close() }
}
