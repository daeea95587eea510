/**
 * A small HTTP load generator: a closed loop (N requests at a given concurrency) or an open loop (N requests at
 * random moments), latency percentiles out. The requests leave from a thread of their own (`loadWorker.ts`) through
 * a keep-alive agent, so the server measured keeps its event loop to itself and the client stays cheap.
 */
import { Worker } from 'node:worker_threads'
import type { LoadJob, LoadTimes } from './loadWorker.ts'

export interface LoadResult {
  requests: number
  concurrency: number
  p50: number
  p95: number
  p99: number
  requestsPerSecond: number
}

export const percentile = (sorted: ArrayLike<number>, p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0

const round = (n: number) => Math.round(n * 10) / 10

type Headers = Record<string, string> | Record<string, string>[]

function inWorker(job: LoadJob): Promise<LoadTimes> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./loadWorker.ts', import.meta.url), { workerData: job })
    worker.once('message', (times: LoadTimes) => {
      resolve(times)
      void worker.terminate()
    })
    worker.once('error', reject)
  })
}

/** The answered requests' latencies, sorted. */
const answered = (ms: Float64Array) => ms.filter((t) => !Number.isNaN(t)).sort()

export async function load(
  url: string,
  opts: {
    requests: number
    concurrency: number
    /** The same headers on every request, or one set per request in turn (many members signed in). */
    headers?: Headers
  },
): Promise<LoadResult> {
  const headers =
    opts.headers === undefined ? [] : Array.isArray(opts.headers) ? opts.headers : [opts.headers]
  const times = await inWorker({ url, headers, requests: opts.requests, concurrency: opts.concurrency })
  if (times.failures) throw new Error(`${url} answered ${times.firstFailure} (${times.failures} lỗi)`)
  const sorted = answered(times.ms)
  return {
    requests: opts.requests,
    concurrency: opts.concurrency,
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    requestsPerSecond: Math.round(opts.requests / times.seconds),
  }
}

/**
 * An open loop from the load thread: `requests` GETs, each due at a random moment within `spreadMs`, sent whether or
 * not the earlier ones have answered; each is timed from when it was due. A request that fails or does not answer
 * 200 counts in `failures` instead of ending the run.
 */
export async function openLoad(
  url: string,
  opts: { requests: number; spreadMs: number; headers?: Headers },
): Promise<{ p50: number; p99: number; requests: number; failures: number; seconds: number }> {
  const headers =
    opts.headers === undefined ? [] : Array.isArray(opts.headers) ? opts.headers : [opts.headers]
  const times = await inWorker({ url, headers, requests: opts.requests, spreadMs: opts.spreadMs })
  const sorted = answered(times.ms)
  return {
    p50: round(percentile(sorted, 50)),
    p99: round(percentile(sorted, 99)),
    requests: sorted.length,
    failures: times.failures,
    seconds: times.seconds,
  }
}

/**
 * `count` requests, each started at a random moment within `spreadMs` (a congress checking in, a contest's last
 * minutes), made in this thread by `request` (POSTs with bodies): each one's latency in ms and how many did not
 * answer 200.
 */
export async function atRandomMoments(
  count: number,
  spreadMs: number,
  request: (i: number) => Promise<Response | null>,
): Promise<{ p50: number; p99: number; requests: number; failures: number }> {
  const ms: number[] = []
  let failures = 0
  await Promise.all(
    Array.from(
      { length: count },
      (_, i) =>
        new Promise<void>((resolve) =>
          setTimeout(async () => {
            const t0 = performance.now()
            const response = await request(i)
            await response?.arrayBuffer()
            ms.push(performance.now() - t0)
            if (response?.status !== 200) failures += 1
            resolve()
          }, Math.random() * spreadMs),
        ),
    ),
  )
  const sorted = ms.sort((a, b) => a - b)
  return {
    p50: round(percentile(sorted, 50)),
    p99: round(percentile(sorted, 99)),
    requests: sorted.length,
    failures,
  }
}
