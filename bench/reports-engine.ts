/** One engine's reports benchmark (see reports.ts): a generated province with a year of activity. */
import { everyOrgFigures, reportXlsx } from '@sotay/cms/report-exports'
import { periodOf, rollUpReportDays, subtreeReport } from '@sotay/cms/reports'
import { addMonths, vietnamDayKey } from '@sotay/content-schemas'
import type { Payload } from 'payload'
import { benchPayload } from './benchPayload.ts'
import { exec } from './fanout-world.ts'
import { percentile } from './load.ts'
import { membersUnder, mergeCommunes, rawPathUpdateMs } from './mergeCommunes.ts'
import { buildReportsWorld, type ReportsWorld } from './reports-world.ts'

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

/** The year's roll-ups as the job would have left them: each month's flows, a snapshot at each month's end. */
async function rollUpYear(payload: Payload, today: string) {
  for (let i = 12; i >= 0; i--) {
    const month = addMonths(today.slice(0, 7), -i)
    const last =
      i === 0 ? today : vietnamDayKey(new Date(Date.parse(`${addMonths(month, 1)}-01T00:00:00+07:00`) - 1))
    await rollUpReportDays(payload, { from: `${month}-01`, to: last, snapshots: [last] })
  }
}

export async function runReportsEngine(engine: string) {
  const { payload, log } = await benchPayload(engine)
  const members = Number(process.env.BENCH_REPORT_MEMBERS ?? 2_000)
  const rounds = Number(process.env.BENCH_REPORT_ROUNDS ?? 20)
  log(`tạo tỉnh ${members} đảng viên...`)
  const t0 = performance.now()
  const province = await buildReportsWorld(payload, members, log)
  const generatedSeconds = round((performance.now() - t0) / 1000)
  const today = vietnamDayKey(new Date())
  log('tổng hợp số liệu một năm...')
  const r0 = performance.now()
  await rollUpYear(payload, today)
  const rollupRows = Number((await exec(payload, 'SELECT count(*) AS n FROM report_days'))[0].n)
  const rollupYearSeconds = round((performance.now() - r0) / 1000)
  // What the job does every ten minutes: yesterday's and today's flows, today's snapshot.
  const p0 = performance.now()
  await rollUpReportDays(payload, { from: vietnamDayKey(new Date(Date.now() - 86_400_000)), to: today })
  const rollupPassSeconds = round((performance.now() - p0) / 1000)
  const period = periodOf(`${today.slice(0, 7)}-01`, today)
  log('đo báo cáo...')
  const provinceReport = await timed(rounds, () => subtreeReport(payload, province.root as never, period))
  const communeReport = await timed(rounds, () =>
    subtreeReport(payload, province.communes[0] as never, period),
  )
  log('xuất XLSX...')
  const x0 = performance.now()
  const report = await subtreeReport(payload, province.root as never, period)
  const everyOrg = await everyOrgFigures(payload, province.root as never, period)
  const xlsx = await reportXlsx(
    report!,
    { title: 'Tỉnh', period: today, exportedBy: 'bench', exportedAt: today },
    everyOrg,
  )
  const xlsxSeconds = round((performance.now() - x0) / 1000)
  const rawCount = await timed(rounds, () => exec(payload, 'SELECT count(*) AS n FROM users'))
  const merge = process.env.BENCH_REPORT_MERGE === '1' ? await mergeInWorld(payload, province, log) : null
  return {
    engine,
    members,
    communes: province.communes.length,
    cells: province.cells,
    rows: province.rows,
    generatedSeconds,
    rollupRows,
    rollupYearSeconds,
    rollupPassSeconds,
    province: provinceReport,
    commune: communeReport,
    xlsx: { seconds: xlsxSeconds, bytes: xlsx.length, rows: everyOrg.length },
    rawCount,
    merge,
  }
}

/**
 * BENCH_REPORT_MERGE=1: after the reports are measured, the first commune merges into the second inside the whole
 * province (every table as large as the province makes it), against a raw UPDATE of the last commune's paths.
 * The province's members are counted before and after from a fresh roll-up: the merger moves them, it loses none.
 */
async function mergeInWorld(payload: Payload, province: ReportsWorld, log: (line: string) => void) {
  const [source, target] = province.communes
  const last = province.communes.at(-1) as never
  const members = await membersUnder(payload, province.root, source)
  const before = await membersUnder(payload, province.root, target)
  log(`sáp nhập xã ${source} (${members} đảng viên) vào xã ${target}...`)
  const merged = await mergeCommunes(payload, source, target)
  const moved = (await membersUnder(payload, province.root, target)) - before
  const rawUpdateMs = await rawPathUpdateMs(payload, province.root, last)
  await rollUpReportDays(payload)
  const today = vietnamDayKey(new Date())
  const after = await subtreeReport(payload, province.root as never, periodOf(today, today), { trend: false })
  return {
    membersPerCommune: members,
    membersMoved: moved,
    mergeJobMs: merged.ms,
    rawUpdateMs,
    written: merged.written,
    provinceMembersAfter: after?.total.counters.members ?? 0,
  }
}
