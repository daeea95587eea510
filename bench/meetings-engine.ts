/**
 * One engine's run of bench/meetings-month.ts: builds the province in raw multi-row INSERTs (orgs with their
 * stored path and lineage, members), schedules the month's regular meetings through Payload (which invites the
 * members: the attendance rows), records who came, and times the committee's reports.
 */
import { attendanceReport, MEETINGS_QUIET_CONTEXT, monthOversight } from '@sotay/cms/meetings'
import { pathOf } from '@sotay/content-schemas'
import { benchPayload } from './benchPayload.ts'
import { exec, type Id } from './fanout-world.ts'
import { buildProvinceTree, insertRows } from './provinceTree.ts'

const CELLS = Number(process.env.BENCH_MEETING_CELLS ?? 15_000)
const PER_CELL = Number(process.env.BENCH_MEETING_MEMBERS ?? 30)
const CELLS_PER_COMMUNE = 50
const MONTH = '2030-03'
const STARTS = '2030-03-05T01:00:00.000Z'
const ENDS = '2030-03-05T03:30:00.000Z'
const NOW = new Date('2030-03-31T10:00:00.000Z')

const seconds = (start: number) => Math.round(performance.now() - start) / 1000
const fmt = (n: number) => n.toLocaleString('en-US')

async function time<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now()
  const result = await work()
  return [result, seconds(start)]
}

/** Copies `table`'s rows (read back as the database holds them) into an empty twin: the raw-write baseline. */
async function rawCopy(payload: any, table: string): Promise<number> {
  const rows = await exec(payload, `SELECT * FROM ${table}`)
  if (!rows.length) return 0
  // libsql's rows also answer by position ("0", "1", …): the named columns only.
  const cols = Object.keys(rows[0]).filter((c) => !/^\d+$/.test(c) && c !== 'length')
  await exec(payload, `CREATE TABLE bench_${table} AS SELECT * FROM ${table} WHERE 1 = 0`)
  const values = rows.map((r: Record<string, unknown>) => cols.map((c) => r[c]))
  const [, s] = await time(() => insertRows(payload, `bench_${table}`, cols, values))
  return s
}

export async function runMeetingsMonth(engine: string) {
  const { payload, log } = await benchPayload(engine)
  // SQLite keeps booleans as 0/1, PostgreSQL as booleans.
  const sqlite = (payload.db as any).name === 'sqlite'
  const stamp = new Date().toISOString()
  log(`tạo ${fmt(CELLS)} chi bộ bằng SQL...`)
  const rootDoc = await payload.create({
    collection: 'orgs',
    data: { code: 'SH', name: 'Đảng bộ tỉnh (đo hiệu năng sinh hoạt)', kind: 'tinh-uy' },
    depth: 0,
  })
  const cellsPerCommune = Array.from({ length: Math.ceil(CELLS / CELLS_PER_COMMUNE) }, (_, c) =>
    Math.min(CELLS_PER_COMMUNE, CELLS - c * CELLS_PER_COMMUNE),
  )
  const tree = await buildProvinceTree(payload, {
    root: rootDoc.id as number,
    cellsPerCommune,
    code: 'SH',
    at: stamp,
  })
  const { root, communes } = tree
  const cells = tree.cells.map((cell) => cell.id)

  log(`thêm ${fmt(CELLS * PER_CELL)} đảng viên bằng SQL...`)
  const userRows: unknown[][] = []
  tree.cells.forEach(({ id: cell, commune }, c) => {
    const path = pathOf([root, commune, cell])
    for (let i = 0; i < PER_CELL; i++)
      userRows.push([
        `${80_000_000 + c * PER_CELL + i}`,
        `Đảng viên ${c}-${i}`,
        // One in thirty exempt (miễn sinh hoạt): invited, not expected.
        i % 30 === 29 ? 'mien-sinh-hoat' : 'chinh-thuc',
        cell,
        path,
        0,
        stamp,
        stamp,
      ])
  })
  await insertRows(
    payload,
    'users',
    ['username', 'full_name', 'status', 'org_id', 'org_path', 'login_attempts', 'created_at', 'updated_at'],
    userRows,
  )
  userRows.length = 0

  // One cell in twenty never posts (the 20th rule has something to find).
  const posted = cells.filter((_, c) => c % 20 !== 7)
  log(`lên lịch ${fmt(posted.length)} cuộc họp qua Payload (mời đảng viên)...`)
  // The secretary's POST /fn/meetings without HTTP and without the invitations' notices (their own pipeline).
  const [, scheduleSeconds] = await time(async () => {
    for (const cell of posted)
      await payload.create({
        collection: 'meetings',
        data: {
          title: 'Sinh hoạt chi bộ thường kỳ tháng 03/2030',
          kind: 'thuong-ky',
          startsAt: STARTS,
          endsAt: ENDS,
          place: 'Nhà văn hóa thôn',
          org: cell,
          status: 'scheduled',
        } as never,
        context: { [MEETINGS_QUIET_CONTEXT]: true },
        overrideAccess: true,
        depth: 0,
      })
  })
  const [invited] = await exec(payload, 'SELECT COUNT(*) AS n FROM meeting_attendance')
  const rows = Number(invited.n)
  log('đường cơ sở: INSERT nhiều dòng thô cùng các dòng...')
  let baselineSchedule = 0
  for (const table of ['meetings', 'meetings_rels', 'meeting_attendance', 'meeting_attendance_rels'])
    baselineSchedule += await rawCopy(payload, table)

  log('ghi kết quả tháng: họp xong, điểm danh, vắng có lý do, đăng muộn...')
  const flag = (b: boolean) => (sqlite ? Number(b) : b)
  await exec(payload, `UPDATE meetings SET status = 'held' WHERE month = ?`, [MONTH])
  // One posting in ten late: stamped by the hook from the clock, so set afterwards.
  await exec(payload, `UPDATE meetings SET posted_on_time = ? WHERE month = ? AND org_id % 10 = 3`, [
    flag(false),
    MONTH,
  ])
  await exec(
    payload,
    `UPDATE meeting_attendance SET reply = 'absent', reason = 'Đi công tác' WHERE member_id % 10 = 4`,
  )
  await exec(
    payload,
    `UPDATE meeting_attendance SET reply = 'present', checked_in_at = ?, checkin_method = CASE WHEN member_id % 3 = 0 THEN 'manual' ELSE 'qr' END
      WHERE member_id % 10 NOT IN (4, 9)`,
    [STARTS],
  )

  log('theo dõi sinh hoạt cả tỉnh...')
  const [oversight, oversightSeconds] = await time(() => monthOversight(payload, root, MONTH, NOW))
  const countSql = `SELECT m.org_id, COUNT(*) AS invited, SUM(CASE WHEN a.checked_in_at IS NULL THEN 0 ELSE 1 END) AS present
    FROM meeting_attendance a JOIN meetings m ON m.id = a.meeting_id WHERE m.month = ? AND m.kind = 'thuong-ky' GROUP BY m.org_id`
  const [counted, oversightBaseline] = await time(() => exec(payload, countSql, [MONTH]))
  log('báo cáo 12 tháng một đảng ủy xã...')
  const [report, reportSeconds] = await time(() => attendanceReport(payload, communes[0] as Id, NOW))
  const communeSql = `SELECT a.member_id, COUNT(*) AS invited, SUM(CASE WHEN a.checked_in_at IS NULL THEN 0 ELSE 1 END) AS present
    FROM meeting_attendance a JOIN meetings m ON m.id = a.meeting_id JOIN orgs o ON o.id = m.org_id
    WHERE o.parent_id = ? GROUP BY a.member_id`
  const [communeCounted, reportBaseline] = await time(() => exec(payload, communeSql, [communes[0]]))
  // The reports must agree with the plain counts, or the timing means nothing.
  const present = counted.reduce((s: number, r: any) => s + Number(r.present), 0)
  const reported = oversight.cells.reduce((s, c) => s + c.present, 0)
  if (present !== reported) throw new Error(`oversight present ${reported} ≠ SQL ${present}`)
  if (oversight.totals.notPosted !== cells.length - posted.length)
    throw new Error(`oversight not posted ${oversight.totals.notPosted} ≠ ${cells.length - posted.length}`)
  if (report.members.length !== communeCounted.length) throw new Error('report members ≠ SQL members')
  await payload.destroy?.()
  return {
    cells: CELLS,
    meetings: posted.length,
    rows,
    write: {
      seconds: scheduleSeconds,
      baselineSeconds: baselineSchedule,
      rowsPerSecond: Math.round(rows / scheduleSeconds),
    },
    oversight: {
      seconds: oversightSeconds,
      baselineSeconds: oversightBaseline,
      cells: oversight.totals.cells,
      onTime: oversight.totals.onTime,
      late: oversight.totals.late,
      notPosted: oversight.totals.notPosted,
      held: oversight.totals.held,
      rate: oversight.totals.rate,
    },
    report: { seconds: reportSeconds, baselineSeconds: reportBaseline, members: report.members.length },
  }
}
