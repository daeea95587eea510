/**
 * The load generator's own thread (see load.ts): GETs through a keep-alive `node:http` agent, so the client neither
 * shares the server's event loop nor pays for `fetch`'s streams per request. The answers are read and dropped.
 */
import http from 'node:http'
import { parentPort, workerData } from 'node:worker_threads'

export interface LoadJob {
  url: string
  /** Headers of the i-th request: cycled (one per signed-in member), or none. */
  headers: Record<string, string>[]
  /** Closed loop: `requests` at `concurrency`. Open loop: `requests` at random moments within `spreadMs`. */
  requests: number
  concurrency?: number
  spreadMs?: number
}

export interface LoadTimes {
  /** Each answered request's latency in ms, in no particular order. */
  ms: Float64Array
  failures: number
  /** The first failure's status and body, for the error message. */
  firstFailure: string | null
  seconds: number
}

const job = workerData as LoadJob
const target = new URL(job.url)
const base = { host: target.hostname, port: target.port, path: target.pathname + target.search }
const agent = new http.Agent({ keepAlive: true, maxSockets: job.concurrency ?? Number.POSITIVE_INFINITY })
const noHeaders: Record<string, string> = {}
const headersOf = (i: number) =>
  job.headers.length ? (job.headers[i % job.headers.length] ?? noHeaders) : noHeaders

const ms = new Float64Array(job.requests)
let failures = 0
let firstFailure: string | null = null

/** One GET: its status, the body kept only when it is not 200 (the failure's message). */
function get(i: number, dueAt = performance.now()): Promise<void> {
  // An open-loop request is timed from the moment it was due, so a late client does not hide a slow server.
  const t0 = dueAt
  return new Promise((resolve) => {
    const failed = (what: string) => {
      failures += 1
      firstFailure ??= what
      ms[i] = Number.NaN
      resolve()
    }
    const request = http.get({ ...base, agent, headers: headersOf(i) }, (response) => {
      const ok = response.statusCode === 200
      let body = ''
      if (ok) response.on('data', () => {})
      else response.on('data', (chunk: Buffer) => (body += chunk))
      response.on('end', () => {
        if (!ok) return failed(`${response.statusCode}: ${body.slice(0, 300)}`)
        ms[i] = performance.now() - t0
        resolve()
      })
      response.on('error', (error) => failed(error.message))
    })
    request.on('error', (error) => failed(error.message))
  })
}

async function closedLoop(concurrency: number) {
  let next = 0
  const worker = async () => {
    while (next < job.requests) await get(next++)
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
}

async function openLoop(spreadMs: number) {
  const due = Array.from({ length: job.requests }, () => Math.random() * spreadMs).sort((a, b) => a - b)
  const started = performance.now()
  const pending: Promise<void>[] = []
  let i = 0
  while (i < due.length) {
    const now = performance.now() - started
    for (; i < due.length && (due[i] ?? 0) <= now; i++) pending.push(get(i, started + (due[i] ?? 0)))
    if (i < due.length) await new Promise((resolve) => setTimeout(resolve, Math.max(0, (due[i] ?? 0) - now)))
  }
  await Promise.all(pending)
}

const started = performance.now()
if (job.spreadMs !== undefined) await openLoop(job.spreadMs)
else await closedLoop(job.concurrency ?? 1)
const seconds = (performance.now() - started) / 1000
agent.destroy()
parentPort?.postMessage({ ms, failures, firstFailure, seconds } satisfies LoadTimes)
