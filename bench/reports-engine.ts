/** One engine's reports benchmark (see reports.ts): a generated province with a year of activity. */
import { bulkWriter } from '@sotay/cms/bulk'
import { fanOutNotice, sendNotice } from '@sotay/cms/notices'
import { reportXlsx } from '@sotay/cms/report-exports'
import { periodOf, subtreeReport } from '@sotay/cms/reports'
import { type ID, vietnamDayKey } from '@sotay/content-schemas'
import type { Payload } from 'payload'
import { benchPayload } from './benchPayload.ts'
import { exec } from './fanout-world.ts'
import { percentile } from './load.ts'
import { provinceCells } from './province.ts'

const DAY = 86_400_000

const round = (n: number) => Math.round(n * 10) / 10

async function timed(rounds: number, work: () => Promise<unknown>) {
  const samples: number[] = []
  await work()
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now()
    await work()
    samples.push(performance.now() - t0)
  }
  samples.sort((a, b) => a - b)
  return { p50: round(percentile(samples, 50)), p95: round(percentile(samples, 95)) }
}

/** Root → communes of up to 5,000 members → cells of 30, members with a year of activity days and notices read. */
async function generateProvince(payload: Payload, members: number, log: (line: string) => void) {
  const communeIds = new Set<unknown>()
  const writer = bulkWriter(payload)
  let root: ID | undefined
  const activated = (n: number) => ({ activatedAt: n % 12 === 0 ? null : new Date().toISOString() })
  const cells = provinceCells(payload, {
    members,
    code: 'BR',
    name: 'Tỉnh ủy Quảng Ngãi (thử)',
    log,
    extra: activated,
  })
  for await (const { rootId, communeId, cellId: home, people, ids, made } of cells) {
    root = rootId
    communeIds.add(communeId)
    // A year of use: about one day in six for most, none for one in five.
    const days = people.flatMap((p, i) => {
      if ((made + i) % 5 === 0) return []
      const id = ids.get(p.username)
      return Array.from({ length: 60 }, (_, d) =>
        vietnamDayKey(new Date(Date.now() - ((d * 6 + i) % 365) * DAY)),
      ).map((day) => ({ key: `${id}:${day}`, member: id, org: home, day }))
    })
    await writer.insertIfAbsent('activity-days', days, 'key')
  }
  if (root === undefined) throw new Error('Không tạo được tỉnh để đo.')
  for (let i = 0; i < 3; i++) {
    const notice = await sendNotice(payload, {
      fromOrg: root,
      title: `Thông báo số ${i + 1} của Tỉnh ủy`,
      body: 'Đề nghị các chi bộ quán triệt và triển khai.',
      target: {},
    })
    await fanOutNotice(payload, notice.id, { log: () => {} })
  }
  // About three in ten rows read.
  const read = (payload.db as { name?: string }).name === 'sqlite' ? 1 : true
  await exec(payload, "UPDATE inbox SET read = ? WHERE id LIKE '%1' OR id LIKE '%3' OR id LIKE '%7'", [read])
  return { root, commune: [...communeIds][0], communes: communeIds.size }
}

export async function runReportsEngine(engine: string) {
  const { payload, log } = await benchPayload(engine)
  const members = Number(process.env.BENCH_REPORT_MEMBERS ?? 2_000)
  const rounds = Number(process.env.BENCH_REPORT_ROUNDS ?? 20)
  log(`tạo tỉnh ${members} đảng viên...`)
  const t0 = performance.now()
  const province = await generateProvince(payload, members, log)
  const generatedSeconds = round((performance.now() - t0) / 1000)
  const today = vietnamDayKey(new Date())
  const period = periodOf(`${today.slice(0, 7)}-01`, today)
  const provinceReport = await timed(rounds, () => subtreeReport(payload, province.root as never, period))
  const communeReport = await timed(rounds, () => subtreeReport(payload, province.commune as never, period))
  const x0 = performance.now()
  const report = await subtreeReport(payload, province.root as never, period)
  const xlsx = await reportXlsx(report!, {
    title: 'Tỉnh',
    period: today,
    exportedBy: 'bench',
    exportedAt: today,
  })
  const xlsxMs = round(performance.now() - x0)
  const rawCount = await timed(rounds, () => exec(payload, 'SELECT count(*) AS n FROM users'))
  return {
    engine,
    members,
    communes: province.communes,
    activityDays: Number((await exec(payload, 'SELECT count(*) AS n FROM activity_days'))[0].n),
    generatedSeconds,
    province: provinceReport,
    commune: communeReport,
    xlsx: { ms: xlsxMs, bytes: xlsx.length },
    rawCount,
  }
}
