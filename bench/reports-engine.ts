/** One engine's reports benchmark (see reports.ts): a generated province with a year of activity. */
import { reportXlsx } from '@sotay/cms/report-exports'
import { periodOf, subtreeReport } from '@sotay/cms/reports'
import { vietnamDayKey } from '@sotay/content-schemas'
import { benchPayload } from './benchPayload.ts'
import { exec } from './fanout-world.ts'
import { percentile } from './load.ts'
import { buildReportsWorld } from './reports-world.ts'

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

export async function runReportsEngine(engine: string) {
  const { payload, log } = await benchPayload(engine)
  const members = Number(process.env.BENCH_REPORT_MEMBERS ?? 2_000)
  const rounds = Number(process.env.BENCH_REPORT_ROUNDS ?? 20)
  log(`tạo tỉnh ${members} đảng viên...`)
  const t0 = performance.now()
  const province = await buildReportsWorld(payload, members, log)
  const generatedSeconds = round((performance.now() - t0) / 1000)
  const today = vietnamDayKey(new Date())
  const period = periodOf(`${today.slice(0, 7)}-01`, today)
  const provinceReport = await timed(rounds, () => subtreeReport(payload, province.root as never, period))
  const communeReport = await timed(rounds, () => subtreeReport(payload, province.communes[0] as never, period))
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
    communes: province.communes.length,
    cells: province.cells,
    rows: province.rows,
    generatedSeconds,
    province: provinceReport,
    commune: communeReport,
    xlsx: { ms: xlsxMs, bytes: xlsx.length },
    rawCount,
  }
}
