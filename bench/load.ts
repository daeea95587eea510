/** A small closed-loop HTTP load generator: N requests at a given concurrency, latency percentiles out. */

export interface LoadResult {
  requests: number
  concurrency: number
  p50: number
  p95: number
  p99: number
  requestsPerSecond: number
}

export const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]

export async function load(
  url: string,
  opts: {
    requests: number
    concurrency: number
    /** The same headers on every request, or the i-th request's (many members signed in). */
    headers?: Record<string, string> | ((i: number) => Record<string, string>)
  },
) {
  const headersOf =
    typeof opts.headers === 'function' ? opts.headers : () => opts.headers as Record<string, string>
  const latencies: number[] = []
  let next = 0
  const started = performance.now()
  const worker = async () => {
    while (next < opts.requests) {
      const i = next++
      const t0 = performance.now()
      const response = await fetch(url, { headers: headersOf(i) })
      if (!response.ok) throw new Error(`${url} answered ${response.status}: ${await response.text()}`)
      await response.arrayBuffer()
      latencies.push(performance.now() - t0)
    }
  }
  await Promise.all(Array.from({ length: opts.concurrency }, worker))
  const seconds = (performance.now() - started) / 1000
  latencies.sort((a, b) => a - b)
  const round = (n: number) => Math.round(n * 10) / 10
  return {
    requests: opts.requests,
    concurrency: opts.concurrency,
    p50: round(percentile(latencies, 50)),
    p95: round(percentile(latencies, 95)),
    p99: round(percentile(latencies, 99)),
    requestsPerSecond: Math.round(opts.requests / seconds),
  } satisfies LoadResult
}

/**
 * `count` requests, each started at a random moment within `spreadMs` (a congress checking in, a contest's last
 * minutes): each one's latency in ms and how many did not answer 200.
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
  const round = (n: number) => Math.round(n * 10) / 10
  return {
    p50: round(percentile(sorted, 50)),
    p99: round(percentile(sorted, 99)),
    requests: sorted.length,
    failures,
  }
}
