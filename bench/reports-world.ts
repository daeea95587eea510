/**
 * The reports benchmark's province with a year of activity, written set-wise inside the database: every table is
 * filled by one `INSERT … SELECT` over the org tree and two small helper tables (numbers, the year's days), so
 * 450,000 members and millions of activity rows cost no round trip per row. The SQL is the same on SQLite and
 * PostgreSQL (`||` on an integer is text on both). Rows are written as the hooks would: lineage (`ancestors`,
 * `orgAncestors`), `path`/`orgPath`. Density, per member and year, is in reports.ts's header.
 */
import { type ID, pathOf, vietnamDayKey } from '@sotay/content-schemas'
import type { Payload } from 'payload'
import { exec } from './fanout-world.ts'
import { buildProvinceTree, insertRows, resyncIds } from './provinceTree.ts'

const CELL_SIZE = 30
const COMMUNE_SIZE = 5_000
const DAY = 86_400_000

export interface ReportsWorld {
  root: ID
  communes: ID[]
  cells: number
  rows: Record<string, number>
}

const isSqlite = (payload: Payload) => (payload.db as { name?: string }).name === 'sqlite'

const count = async (payload: Payload, table: string) =>
  Number((await exec(payload, `SELECT count(*) AS n FROM ${table}`))[0].n)

export async function buildReportsWorld(
  payload: Payload,
  members: number,
  log: (line: string) => void,
  { now = new Date(), communeSize = COMMUNE_SIZE } = {},
): Promise<ReportsWorld> {
  const sqlite = isSqlite(payload)
  // Millions of rows land in indexes out of key order: with SQLite's default 2 MB page cache every one of them
  // is a trip to the file (the attendance alone took 13 minutes).
  if (sqlite) await exec(payload, 'PRAGMA cache_size = -524288')
  const yes = sqlite ? 1 : true
  const no = sqlite ? 0 : false
  const at = now.toISOString()
  // PostgreSQL types an INSERT … SELECT's expressions before it sees their columns: a literal or a parameter is
  // text there, so enums, timestamps and booleans are cast. SQLite stores them as they come.
  const as = (type: string) => (expr: string) => (sqlite ? expr : `CAST(${expr} AS ${type})`)
  const enumOf = (table: string, column: string) => as(`"enum_${table}_${column}"`)
  const ts = as('timestamptz')
  const bool = as('boolean')
  const step = async (name: string, sql: string, args: unknown[] = []) => {
    const t0 = performance.now()
    await exec(payload, sql, args)
    log(`  ${name}: ${Math.round(performance.now() - t0)} ms`)
  }

  // The tree: root, communes of up to 5,000 members, cells of 30, with explicit ids so paths are known here.
  const root = Number((await exec(payload, 'SELECT coalesce(max(id), 0) AS n FROM orgs'))[0].n) + 1
  await insertRows(
    payload,
    'orgs',
    ['id', 'name', 'code', 'kind', 'path', 'depth', 'status', 'created_at', 'updated_at'],
    [[root, 'Tỉnh ủy Quảng Ngãi (thử)', 'BR', 'tinh-uy', pathOf([root]), 0, 'active', at, at]],
  )
  const communeCount = Math.max(2, Math.ceil(members / communeSize))
  const perCommune = Math.ceil(members / communeCount)
  // Cells of 30 until the members are placed: the last commune takes what is left.
  let left = members
  const cellsPerCommune = Array.from({ length: communeCount }, () => {
    const cells = Math.min(Math.ceil(perCommune / CELL_SIZE), Math.ceil(Math.max(0, left) / CELL_SIZE))
    left -= cells * CELL_SIZE
    return cells
  })
  const tree = await buildProvinceTree(payload, { root, cellsPerCommune, code: 'BR', at })
  const communes: ID[] = tree.communes
  const cells = tree.cells.length
  log(`  ${1 + communes.length + cells} tổ chức (${cells} chi bộ)`)

  // Helpers: numbers 0…399 and the year's days (the last 365 days to today, Vietnam time).
  await exec(payload, 'DROP TABLE IF EXISTS bench_n')
  await exec(payload, 'DROP TABLE IF EXISTS bench_days')
  await exec(payload, 'CREATE TABLE bench_n (n integer PRIMARY KEY)')
  await insertRows(
    payload,
    'bench_n',
    ['n'],
    Array.from({ length: 400 }, (_, n) => [n]),
  )
  await exec(
    payload,
    `CREATE TABLE bench_days (n integer PRIMARY KEY, day text, month text, noon ${sqlite ? 'text' : 'timestamptz'})`,
  )
  const days = Array.from({ length: 365 }, (_, n) => {
    const day = vietnamDayKey(new Date(now.getTime() - (364 - n) * DAY))
    return [n, day, day.slice(0, 7), new Date(`${day}T12:00:00+07:00`).toISOString()]
  })
  await insertRows(payload, 'bench_days', ['n', 'day', 'month', 'noon'], days)
  const today = vietnamDayKey(now)

  // Members: 30 to a cell (the last cell takes what is left), one in ten dự bị, one in twelve not activated.
  await step(
    'đảng viên',
    `INSERT INTO users (username, full_name, status, org_id, org_path, activated_at, login_attempts, created_at, updated_at)
     SELECT 'br' || c.id || '-' || n.n, 'Đảng viên ' || c.id || '-' || n.n,
       ${enumOf('users', 'status')("CASE WHEN (c.id + n.n) % 10 = 0 THEN 'du-bi' ELSE 'chinh-thuc' END")}, c.id, c.path,
       ${ts('CASE WHEN (c.id + n.n) % 12 = 0 THEN NULL ELSE ? END')}, 0, ${ts('?')}, ${ts('?')}
     FROM orgs c JOIN bench_n n ON n.n < ?
     WHERE c.kind = 'chi-bo' AND c.path >= ? AND c.path < ?`,
    [at, at, at, CELL_SIZE, pathOf([root]), `${pathOf([root])}\uffff`],
  )
  await step(
    'dòng dõi đảng viên',
    `INSERT INTO users_rels (parent_id, path, orgs_id, "order")
     SELECT u.id, 'orgAncestors', r.orgs_id, r."order" FROM users u JOIN orgs_rels r ON r.parent_id = u.org_id
     WHERE r.path = 'ancestors' AND u.org_path >= ? AND u.org_path < ?`,
    [pathOf([root]), `${pathOf([root])}\uffff`],
  )
  const inProvince = `u.org_path >= '${pathOf([root])}' AND u.org_path < '${pathOf([root])}\uffff'`

  // Activity days: two members in three use the app, each on about one day in twenty (18 days a year).
  await step(
    'ngày sử dụng',
    `INSERT INTO activity_days (key, member_id, org_id, day)
     SELECT u.id || ':' || d.day, u.id, u.org_id, d.day FROM users u JOIN bench_days d ON (u.id + d.n) % 20 = 0
     WHERE u.id % 3 <> 0 AND ${inProvince}`,
  )

  // Meetings: every cell's regular meeting on the 10th of each of the 12 months (held when past; one in ten
  // cells posts late, one in twenty-five skips a month); everyone invited, four in five present.
  await step(
    'cuộc họp',
    `INSERT INTO meetings (title, kind, starts_at, ends_at, status, month, posted_on_time, org_id, org_path, created_at, updated_at)
     SELECT 'Sinh hoạt chi bộ tháng ' || d.month, ${enumOf('meetings', 'kind')("'thuong-ky'")}, d.noon, d.noon,
       ${enumOf('meetings', 'status')("CASE WHEN d.day <= ? THEN 'held' ELSE 'scheduled' END")},
       d.month, ${bool('CASE WHEN c.id % 10 = 0 THEN ? ELSE ? END')}, c.id, c.path, ${ts('?')}, ${ts('?')}
     FROM orgs c JOIN bench_days d ON substr(d.day, 9, 2) = '10'
     WHERE c.kind = 'chi-bo' AND c.path >= ? AND c.path < ? AND (c.id + d.n) % 25 <> 0`,
    [today, no, yes, at, at, pathOf([root]), `${pathOf([root])}\uffff`],
  )
  await step(
    'điểm danh',
    `INSERT INTO meeting_attendance (key, meeting_id, member_id, exempt, checked_in_at, checkin_method, org_id, org_path, created_at, updated_at)
     SELECT m.id || ':' || u.id, m.id, u.id, ${bool('?')}, CASE WHEN m.status = 'held' AND (u.id + m.id) % 5 <> 0 THEN m.starts_at END,
       ${enumOf('meeting_attendance', 'checkin_method')("CASE WHEN m.status = 'held' AND (u.id + m.id) % 5 <> 0 THEN 'qr' END")},
       m.org_id, m.org_path, ${ts('?')}, ${ts('?')}
     FROM meetings m JOIN users u ON u.org_id = m.org_id
     WHERE m.org_path >= ? AND m.org_path < ?`,
    [no, at, at, pathOf([root]), `${pathOf([root])}\uffff`],
  )

  // Quizzes: the province's monthly quiz (opens on the 5th); about one member in three submits it.
  await step(
    'bài thi',
    `INSERT INTO quizzes (title, kind, published, audience, pass_percent, opens_at, org_id, org_path, created_at, updated_at)
     SELECT 'Thi tìm hiểu tháng ' || d.month, ${enumOf('quizzes', 'kind')("'quiz'")}, ${bool('?')},
       ${enumOf('quizzes', 'audience')("'members'")}, 50, d.noon, ${as('integer')('?')}, ${as('text')('?')}, ${ts('?')}, ${ts('?')}
     FROM bench_days d WHERE substr(d.day, 9, 2) = '05'`,
    [yes, root, pathOf([root]), at, at],
  )
  await step(
    'lượt làm bài',
    `INSERT INTO quiz_attempts (key, quiz_id, member_id, attempt_number, started_at, submitted_at, correct, total, percent, passed, org_id, org_path, created_at, updated_at)
     SELECT q.id || ':' || u.id || ':1', q.id, u.id, 1, q.opens_at, q.opens_at, (u.id + q.id) % 11, 10,
       ((u.id + q.id) % 11) * 10, ${bool('CASE WHEN (u.id + q.id) % 11 >= 5 THEN ? ELSE ? END')}, u.org_id, u.org_path,
       ${ts('?')}, ${ts('?')}
     FROM quizzes q JOIN users u ON (u.id + q.id) % 3 = 0
     WHERE q.org_id = ? AND ${inProvince}`,
    [yes, no, at, at, root],
  )

  // Tasks: each commune gives each of its cells one task a month, due on the 25th; three in four done (two of
  // them on time), each with one progress report.
  await step(
    'nhiệm vụ',
    `INSERT INTO tasks (title, due_at, priority, assignee_org_id, status, progress, org_id, org_path, created_at, updated_at)
     SELECT 'Nhiệm vụ tháng ' || d.month, d.noon, ${enumOf('tasks', 'priority')("'binh-thuong'")}, c.id,
       ${enumOf('tasks', 'status')("CASE WHEN (c.id + d.n) % 4 = 0 THEN 'dang-lam' ELSE 'hoan-thanh' END")},
       CASE WHEN (c.id + d.n) % 4 = 0 THEN 50 ELSE 100 END, c.parent_id, p.path, d.noon,
       CASE WHEN (c.id + d.n) % 4 = 1 THEN ${ts('?')} ELSE d.noon END
     FROM orgs c JOIN orgs p ON p.id = c.parent_id JOIN bench_days d ON substr(d.day, 9, 2) = '25'
     WHERE c.kind = 'chi-bo' AND c.path >= ? AND c.path < ?`,
    [at, pathOf([root]), `${pathOf([root])}\uffff`],
  )
  await step(
    'báo cáo nhiệm vụ',
    `INSERT INTO task_reports (task_id, percent, note, org_id, org_path, created_at, updated_at)
     SELECT t.id, t.progress, 'Đã triển khai', t.org_id, t.org_path, t.due_at, t.due_at FROM tasks t
     WHERE t.org_path >= ? AND t.org_path < ?`,
    [pathOf([root]), `${pathOf([root])}\uffff`],
  )

  // Notices: the province's notice every other month to all members (inbox rows as the fan-out writes them,
  // branch = the commune); about two in three read.
  await step(
    'thông báo',
    `INSERT INTO notices (title, body, target_org_id, priority, status, org_id, org_path, recipient_total, started_at, finished_at, created_at, updated_at)
     SELECT 'Thông báo tháng ' || d.month, 'Đề nghị các chi bộ quán triệt và triển khai.', ${as('integer')('?')},
       ${enumOf('notices', 'priority')("'normal'")}, ${enumOf('notices', 'status')("'sent'")}, ${as('integer')('?')},
       ${as('text')('?')}, 0, d.noon, d.noon, d.noon, d.noon
     FROM bench_days d WHERE substr(d.day, 9, 2) = '15' AND CAST(substr(d.day, 6, 2) AS integer) % 2 = 0`,
    [root, root, pathOf([root])],
  )
  await step(
    'hộp thư',
    `INSERT INTO inbox (id, notice_id, recipient_id, org_id, org_path, branch_id, sent_at, read, read_at)
     SELECT n.id || ':' || u.id, n.id, u.id, u.org_id, u.org_path, r.orgs_id, n.started_at,
       ${bool('CASE WHEN (u.id + n.id) % 3 = 0 THEN ? ELSE ? END')}, CASE WHEN (u.id + n.id) % 3 = 0 THEN NULL ELSE n.started_at END
     FROM notices n JOIN users u ON ${inProvince} JOIN orgs_rels r ON r.parent_id = u.org_id AND r.path = 'ancestors' AND r."order" = 2
     WHERE n.org_id = ?`,
    [no, yes, root],
  )
  await resyncIds(payload, [
    'users',
    'meetings',
    'meeting_attendance',
    'quizzes',
    'quiz_attempts',
    'tasks',
    'task_reports',
    'notices',
    'activity_days',
    'users_rels',
    'orgs_rels',
  ])
  await exec(payload, 'DROP TABLE bench_n')
  await exec(payload, 'DROP TABLE bench_days')
  await exec(payload, 'ANALYZE')

  const rows: Record<string, number> = {}
  for (const t of [
    'users',
    'activity_days',
    'meetings',
    'meeting_attendance',
    'quiz_attempts',
    'tasks',
    'task_reports',
    'inbox',
  ])
    rows[t] = await count(payload, t)
  return { root, communes, cells, rows }
}
