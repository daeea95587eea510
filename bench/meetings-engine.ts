/** One engine's run of bench/meetings-month.ts: builds the province, writes the month, times the reports. */
import { bulkWriter } from '@sotay/cms/bulk'
import { attendanceReport, monthOversight } from '@sotay/cms/meetings'
import { benchPayload } from './benchPayload.ts'
import { exec, type Id, inTransaction } from './fanout-world.ts'

const CELLS = Number(process.env.BENCH_MEETING_CELLS ?? 15_000)
const PER_CELL = Number(process.env.BENCH_MEETING_MEMBERS ?? 30)
const CELLS_PER_COMMUNE = 50
const MONTH = '2030-03'
const STARTS = '2030-03-05T01:00:00.000Z'
const ENDS = '2030-03-05T03:30:00.000Z'
const NOW = new Date('2030-03-31T10:00:00.000Z')

const seconds = (start: number) => Math.round(performance.now() - start) / 1000

async function time<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now()
  const result = await work()
  return [result, seconds(start)]
}

/** Multi-row INSERTs of `rows` into `table`, 500 a statement, 10 statements a transaction. */
async function rawInsert(payload: any, table: string, cols: string[], rows: unknown[][]) {
  for (let i = 0; i < rows.length; i += 5000) {
    const statements = []
    for (let j = i; j < Math.min(i + 5000, rows.length); j += 500) {
      const chunk = rows.slice(j, Math.min(j + 500, i + 5000, rows.length))
      const marks = chunk.map(() => `(${cols.map(() => '?').join(',')})`).join(',')
      statements.push({ sql: `INSERT INTO ${table} (${cols.join(',')}) VALUES ${marks}`, args: chunk.flat() })
    }
    await inTransaction(payload, statements)
  }
}

export async function runMeetingsMonth(engine: string) {
  const { payload, log } = await benchPayload(engine)
  const org = async (code: string, name: string, kind: string, parent?: Id) =>
    (await payload.create({ collection: 'orgs', data: { code, name, kind, parent } as any, depth: 0 }))
      .id as Id
  const root = await org('SH', 'Đảng bộ tỉnh (đo hiệu năng sinh hoạt)', 'tinh-uy')
  const cells: { id: Id; commune: Id }[] = []
  const communes: Id[] = []
  log(`tạo ${fmt(CELLS)} chi bộ...`)
  for (let c = 0; cells.length < CELLS; c++) {
    const commune = await org(`SH-X${c}`, `Đảng ủy xã số ${c + 1}`, 'dang-uy-xa-phuong', root)
    communes.push(commune)
    for (let k = 0; k < CELLS_PER_COMMUNE && cells.length < CELLS; k++)
      cells.push({
        id: await org(`SH-X${c}-C${k}`, `Chi bộ thôn ${k + 1} xã ${c + 1}`, 'chi-bo', commune),
        commune,
      })
  }
  log(`thêm ${fmt(CELLS * PER_CELL)} đảng viên bằng SQL...`)
  const stamp = new Date().toISOString()
  const userRows: unknown[][] = []
  cells.forEach((cell, c) => {
    for (let i = 0; i < PER_CELL; i++)
      userRows.push([
        `${80_000_000 + c * PER_CELL + i}`,
        `Đảng viên ${c}-${i}`,
        'chinh-thuc',
        cell.id,
        0,
        stamp,
        stamp,
      ])
  })
  await rawInsert(
    payload,
    'users',
    ['username', 'full_name', 'status', 'org_id', 'login_attempts', 'created_at', 'updated_at'],
    userRows,
  )
  userRows.length = 0
  const members = new Map<string, Id[]>()
  for (const r of await exec(payload, 'SELECT id, org_id FROM users WHERE username >= ? ORDER BY id', [
    '80000000',
  ])) {
    const list = members.get(String(r.org_id)) ?? []
    list.push(r.id)
    members.set(String(r.org_id), list)
  }

  // SQLite keeps booleans as 0/1, PostgreSQL as booleans.
  const sqlite = (payload.db as any).name === 'sqlite'
  const flag = (b: boolean) => (sqlite ? Number(b) : b)
  log('ghi các cuộc họp tháng bằng SQL...')
  // Nine cells in ten posted on time; one in twenty not at all (the 20th rule has something to find).
  const posted = cells.filter((_, c) => c % 20 !== 7)
  await rawInsert(
    payload,
    'meetings',
    [
      'title',
      'kind',
      'starts_at',
      'ends_at',
      'place',
      'status',
      'month',
      'posted_on_time',
      'org_id',
      'online',
      'created_at',
      'updated_at',
    ],
    posted.map((cell, c) => [
      'Sinh hoạt chi bộ thường kỳ tháng 03/2030',
      'thuong-ky',
      STARTS,
      ENDS,
      'Nhà văn hóa thôn',
      'held',
      MONTH,
      flag(c % 10 !== 3),
      cell.id,
      flag(false),
      stamp,
      stamp,
    ]),
  )
  const meetingOf = new Map<string, Id>()
  for (const r of await exec(payload, 'SELECT id, org_id FROM meetings WHERE month = ?', [MONTH]))
    meetingOf.set(String(r.org_id), r.id)
  const communeOf = new Map(cells.map((c) => [String(c.id), c.commune]))
  const rels: unknown[][] = []
  for (const [cell, meeting] of meetingOf)
    rels.push([meeting, 'orgAncestors', root, 1], [meeting, 'orgAncestors', communeOf.get(cell), 2])
  await rawInsert(payload, 'meetings_rels', ['parent_id', 'path', 'orgs_id', '"order"'], rels)

  const docs: Record<string, unknown>[] = []
  for (const [cell, meeting] of meetingOf) {
    for (const [i, member] of (members.get(cell) ?? []).entries()) {
      const away = i % 10 === 4
      const absent = i % 10 === 9
      docs.push({
        key: `${meeting}:${member}`,
        meeting,
        member,
        exempt: i % 30 === 29,
        reply: away ? 'absent' : 'present',
        reason: away ? 'Đi công tác' : null,
        checkedInAt: away || absent ? null : STARTS,
        checkinMethod: away || absent ? null : i % 3 === 0 ? 'manual' : 'qr',
        org: Number(cell) || cell,
        orgAncestors: [root, communeOf.get(cell)],
      })
    }
  }
  log(`ghi ${fmt(docs.length)} lượt điểm danh qua lớp ghi hàng loạt...`)
  const writer = bulkWriter(payload)
  const [, writeSeconds] = await time(async () => {
    for (let i = 0; i < docs.length; i += 5000)
      await writer.insertIfAbsent('meeting-attendance', docs.slice(i, i + 5000), 'key')
  })
  log('đường cơ sở: INSERT nhiều dòng thô cùng các dòng...')
  await exec(payload, 'CREATE TABLE bench_attendance AS SELECT * FROM meeting_attendance WHERE 1 = 0')
  const cols = [
    'key',
    'meeting_id',
    'member_id',
    'exempt',
    'reply',
    'reason',
    'checked_in_at',
    'checkin_method',
    'org_id',
    'created_at',
    'updated_at',
  ]
  const rawRows = docs.map((d) => [
    d.key,
    d.meeting,
    d.member,
    flag(Boolean(d.exempt)),
    d.reply,
    d.reason,
    d.checkedInAt,
    d.checkinMethod,
    d.org,
    stamp,
    stamp,
  ])
  const [, baselineWrite] = await time(() => rawInsert(payload, 'bench_attendance', cols, rawRows))
  const rows = docs.length
  docs.length = 0
  rawRows.length = 0

  log('theo dõi sinh hoạt cả tỉnh...')
  const [oversight, oversightSeconds] = await time(() => monthOversight(payload, root, MONTH, NOW))
  const countSql = `SELECT m.org_id, COUNT(*) AS invited, SUM(CASE WHEN a.checked_in_at IS NULL THEN 0 ELSE 1 END) AS present
    FROM meeting_attendance a JOIN meetings m ON m.id = a.meeting_id WHERE m.month = ? AND m.kind = 'thuong-ky' GROUP BY m.org_id`
  const [counted, oversightBaseline] = await time(() => exec(payload, countSql, [MONTH]))
  log('báo cáo 12 tháng một đảng ủy xã...')
  const [report, reportSeconds] = await time(() => attendanceReport(payload, communes[0], NOW))
  const communeSql = `SELECT a.member_id, COUNT(*) AS invited, SUM(CASE WHEN a.checked_in_at IS NULL THEN 0 ELSE 1 END) AS present
    FROM meeting_attendance a JOIN meetings m ON m.id = a.meeting_id JOIN orgs o ON o.id = m.org_id
    WHERE o.parent_id = ? GROUP BY a.member_id`
  const [communeCounted, reportBaseline] = await time(() => exec(payload, communeSql, [communes[0]]))
  // The reports must agree with the plain counts, or the timing means nothing.
  const present = counted.reduce((s: number, r: any) => s + Number(r.present), 0)
  const reported = oversight.cells.reduce((s, c) => s + c.present, 0)
  if (present !== reported) throw new Error(`oversight present ${reported} ≠ SQL ${present}`)
  if (report.members.length !== communeCounted.length) throw new Error('report members ≠ SQL members')
  await payload.destroy?.()
  return {
    cells: CELLS,
    rows,
    write: {
      seconds: writeSeconds,
      baselineSeconds: baselineWrite,
      rowsPerSecond: Math.round(rows / writeSeconds),
    },
    oversight: {
      seconds: oversightSeconds,
      baselineSeconds: oversightBaseline,
      cells: oversight.totals.cells,
      onTime: oversight.totals.onTime,
      late: oversight.totals.late,
      notPosted: oversight.totals.notPosted,
      rate: oversight.totals.rate,
    },
    report: { seconds: reportSeconds, baselineSeconds: reportBaseline, members: report.members.length },
  }
}

const fmt = (n: number) => n.toLocaleString('en-US')
