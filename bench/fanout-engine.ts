/** One engine's fan-out benchmark (see fanout.ts): build the province, time the real fan-out, then the raw floor. */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathOf } from '@sotay/content-schemas'
import type { Payload } from 'payload'
import { benchPayload } from './benchPayload.ts'
import { buildWorld, exec, type Id, inTransaction } from './fanout-world.ts'

const round = (n: number) => Math.round(n * 10) / 10

/** The same lean inbox rows (the recipient's cell path included), 1,000 per transaction, into a scratch table of the same shape. */
async function rawInsert(
  payload: Payload,
  noticeId: Id,
  target: Id,
  tag: string,
): Promise<{ rows: number; seconds: number }> {
  const sqlite = (payload.db as any).name === 'sqlite'
  const inbox = `bench_inbox_${tag}`
  const [text, time] = sqlite ? ['text', 'text'] : ['varchar', 'timestamptz(3)']
  await exec(
    payload,
    `CREATE TABLE ${inbox} (id ${text} PRIMARY KEY, notice_id integer, recipient_id integer, org_id integer, org_path ${text}, branch_id integer, sent_at ${time}, read boolean)`,
  )
  // What the fan-out reads from the database is given here in memory: the floor is writing alone.
  const orgs = await exec(payload, 'SELECT id, parent_id AS parent FROM orgs')
  const parent = new Map(orgs.map((o: any) => [String(o.id), o.parent === null ? null : String(o.parent)]))
  const lineage = (org: string): string[] => {
    const up: string[] = [org]
    for (let p = parent.get(org); p; p = parent.get(p)) up.unshift(p)
    return up
  }
  const inSubtree = new Set([...parent.keys()].filter((o) => lineage(o).includes(String(target))))
  const users = (await exec(payload, 'SELECT id, org_id AS org FROM users ORDER BY id')).filter((u: any) =>
    inSubtree.has(String(u.org)),
  )
  const now = new Date().toISOString()
  const started = performance.now()
  for (let i = 0; i < users.length; i += 1000) {
    const batch = users.slice(i, i + 1000)
    const statements: { sql: string; args: unknown[] }[] = []
    for (let j = 0; j < batch.length; j += 500) {
      const part = batch.slice(j, j + 500)
      const args = part.flatMap((u: any) => {
        const line = lineage(String(u.org))
        return [
          `${noticeId}:${u.id}`,
          noticeId,
          u.id,
          u.org,
          pathOf(line),
          line[line.indexOf(String(target)) + 1] ?? u.org,
          now,
          false,
        ]
      })
      statements.push({
        sql: `INSERT INTO ${inbox} VALUES ${part.map(() => '(?,?,?,?,?,?,?,?)').join(',')} ON CONFLICT DO NOTHING`,
        args,
      })
    }
    await inTransaction(payload, statements)
  }
  const seconds = (performance.now() - started) / 1000
  await exec(payload, `DROP TABLE ${inbox}`)
  return { rows: users.length, seconds }
}

/**
 * The first push of an urgent notice to the whole city: one phone per 10,000 members (the first on the first
 * member) at a local push service, the urgent queue polled every second as the CMS's cron does; seconds from
 * sending to the first push received.
 */
async function firstUrgentPush(payload: Payload, root: Id, log: (line: string) => void): Promise<number> {
  const { sendNotice } = await import('@sotay/cms/notices')
  const { startPushService } = await import('@sotay/cms/testing')
  const { URGENT_NOTICES_QUEUE } = await import('@sotay/content-schemas')
  const push = await startPushService()
  const members = await exec(payload, 'SELECT id FROM users ORDER BY id')
  for (let i = 0; i < members.length; i += 10_000) {
    await push.registerPhone(payload, members[i].id, 'bench')
  }
  const sentAt = Date.now()
  const notice = await sendNotice(payload, {
    fromOrg: root,
    title: 'Khẩn: ứng phó bão',
    body: 'Các chi bộ trực 24/24 từ tối nay.',
    target: { org: root },
    priority: 'urgent',
    channels: ['push'],
  })
  let running: Promise<unknown> = Promise.resolve()
  const poll = setInterval(() => {
    running = running.then(() => payload.jobs.run({ queue: URGENT_NOTICES_QUEUE, limit: 5 }))
  }, 1000)
  for (;;) {
    const { status } = await payload.findByID({ collection: 'notices', id: notice.id, depth: 0 })
    if (status === 'sent') break
    await new Promise((r) => setTimeout(r, 250))
  }
  clearInterval(poll)
  await running
  await push.close()
  const first = push.received[0]?.at
  if (first === undefined || push.errors.length) throw new Error(`no urgent push arrived: ${push.errors[0]}`)
  log(
    `thông báo khẩn: lần đẩy đầu tiên sau ${round((first - sentAt) / 1000)} s, ${push.received.length} lần đẩy`,
  )
  return round((first - sentAt) / 1000)
}

export async function runEngine(engine: string) {
  // The VAPID keys of the urgent run's pushes live in a data directory of their own.
  process.env.DATA_DIR ??= mkdtempSync(path.join(tmpdir(), 'sotay-bench-fanout-'))
  const { payload, log } = await benchPayload(engine)
  const { fanOutNotice, sendNotice } = await import('@sotay/cms/notices')

  const members = Number(process.env.BENCH_FANOUT_MEMBERS ?? 450_000)
  const world = await buildWorld(payload, members, log)
  const fanOuts = []
  for (const [target, tag] of [
    [world.region, 'region'],
    [world.root, 'city'],
  ] as const) {
    const notice = await sendNotice(payload, {
      fromOrg: world.root,
      title: 'Thông báo đo hiệu năng',
      body: 'Nội dung thông báo gửi toàn đảng bộ.',
      target: { org: target },
      channels: ['push'],
    })
    let batches = 0
    const started = performance.now()
    const result = await fanOutNotice(payload, notice.id, {
      batchSize: Number(process.env.BENCH_FANOUT_BATCH ?? 1000),
      skipChannels: process.env.BENCH_FANOUT_CHANNELS === 'off',
      log: (line) => {
        if (++batches % 50 === 0 || line.startsWith('Đã gửi xong')) log(line)
      },
    })
    const seconds = (performance.now() - started) / 1000
    const baseline = await rawInsert(payload, notice.id as Id, target, tag)
    if (baseline.rows !== result.delivered)
      throw new Error(`baseline ${baseline.rows} ≠ fan-out ${result.delivered}`)
    fanOuts.push({
      recipients: result.delivered,
      seconds: round(seconds),
      perSecond: Math.round(result.delivered / seconds),
      baselineSeconds: round(baseline.seconds),
      baselinePerSecond: Math.round(baseline.rows / baseline.seconds),
    })
    log(`xong ${result.delivered} người nhận: ${round(seconds)} s (thô ${round(baseline.seconds)} s)`)
  }
  const urgentSeconds = await firstUrgentPush(payload, world.root, log)
  return { engine, members, fanOuts, firstUrgentPushSeconds: urgentSeconds }
}
