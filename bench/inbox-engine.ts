/** One engine's inbox benchmark (see inbox.ts). */

import type { AddressInfo } from 'node:net'
import { buildAccessTree } from '@sotay/cms/testing'
import { createApp, inboxRoutes } from '@sotay/functions'
import { createFrontServer } from '@sotay/server'
import { benchPayload } from './benchPayload.ts'
import { buildInboxWorld } from './inbox-world.ts'
import { type LoadResult, load, openLoad } from './load.ts'
import { serveBare } from './serve.ts'

export const CONCURRENCY = [1, 8, 64]

const size = (name: string, fallback: number) => Number(process.env[name] ?? fallback)

export interface InboxEngineResult {
  engine: string
  members: number
  rows: number
  bytes: number
  levels: Record<string, { inbox: LoadResult; bare: LoadResult }>
  /** The open-loop run: requests at random moments at `rate` per second for `seconds`. */
  open: { rate: number; seconds: number; p50: number; p99: number; rps: number; failures: number }
}

export async function runInboxEngine(engine: string): Promise<InboxEngineResult> {
  const { payload, log } = await benchPayload(engine)
  const tree = await buildAccessTree(payload, 'BI')
  const world = await buildInboxWorld(
    payload,
    tree.orgs.a1.id,
    {
      members: size('BENCH_INBOX_MEMBERS', 60_000),
      rows: size('BENCH_INBOX_ROWS', 1_000_000),
      sessions: size('BENCH_INBOX_SESSIONS', 5_000),
    },
    log,
  )
  // Each request is another signed-in member's, so the session cache and the pages are not one member's.
  const headers = world.tokens.map((token) => ({ Authorization: token }))
  // Served as the front server serves /fn (Hono's Node adapter), not through a benchmark's own adapter.
  const front = createFrontServer({
    app: createApp({ routes: [inboxRoutes({ payload })] }),
    siteDir: () => null,
  })
  front.keepAliveTimeout = 120_000
  await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(front.address() as AddressInfo).port}/fn/inbox?limit=20`
  const sample = new Uint8Array(await (await fetch(url, { headers: headers[0] })).arrayBuffer())
  const page = JSON.parse(new TextDecoder().decode(sample))
  if (!page.items?.length) throw new Error(`Hộp thư trống: ${JSON.stringify(page).slice(0, 200)}`)
  const bare = await serveBare(sample)
  const requests = size('BENCH_REQUESTS', 2_000)
  // Warm-up: every member's sessions read once, as they would be after the first minutes of a morning.
  await load(url, { requests: world.tokens.length, concurrency: 8, headers })
  await load(bare.url, { requests: 200, concurrency: 4 })
  const levels: InboxEngineResult['levels'] = {}
  for (const concurrency of CONCURRENCY) {
    levels[concurrency] = {
      inbox: await load(url, { requests, concurrency, headers }),
      bare: await load(bare.url, { requests, concurrency }),
    }
    log(`đo xong ${concurrency} đồng thời`)
  }
  const rate = size('BENCH_INBOX_RATE', 1_000)
  const seconds = size('BENCH_INBOX_SECONDS', 10)
  const count = Math.round(rate * seconds)
  // A request the server could not take in time counts as a failure instead of ending the run.
  const timed = await openLoad(url, { requests: count, spreadMs: seconds * 1000, headers })
  log(`đo xong ${rate} yêu cầu/giây trong ${seconds} s`)
  front.close()
  bare.close()
  return {
    engine,
    members: world.members,
    rows: world.rows,
    bytes: sample.length,
    levels,
    open: {
      rate,
      seconds,
      p50: timed.p50,
      p99: timed.p99,
      rps: Math.round(timed.requests / timed.seconds),
      failures: timed.failures,
    },
  }
}
