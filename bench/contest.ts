/**
 * A contest's last five minutes: N members (the goal is 5,000) who started earlier submit at a random moment
 * before it closes, against the functions app (`POST /fn/study/quizzes/{id}/submit`, signed in, over
 * node:http). One in ten loses the connection right after sending and retries; every retry must get the same
 * result, and every member's submission must be stored once. The baseline, in the same run and at the same
 * arrival rate (a minute's share of it), is a bare node:http JSON answer.
 * `tsx bench/contest.ts` (BENCH_ENGINE=sqlite|postgres, BENCH_CONTEST_MEMBERS=50, BENCH_CONTEST_SPREAD_MS=300000
 * for the real five minutes; 10000 by default). Ends with one JSON line per case.
 */
import { bulkWriter } from '@sotay/cms/bulk'
import { drawQuestions } from '@sotay/content-schemas'
import { createApp, startToken, studyRoutes } from '@sotay/functions'
import { jwtSign } from 'payload'
import { benchPayload } from './benchPayload.ts'
import { exec } from './fanout-world.ts'
import { printBenchLine } from './jsonLine.ts'
import { atRandomMoments } from './load.ts'
import { serveHandler } from './serve.ts'

const ENGINE = process.env.BENCH_ENGINE ?? 'sqlite'
const MEMBERS = Number(process.env.BENCH_CONTEST_MEMBERS ?? 50)
const SPREAD_MS = Number(process.env.BENCH_CONTEST_SPREAD_MS ?? 10_000)
const DROPPED_EVERY = 10

const { payload, log } = await benchPayload(ENGINE)
const cell = await payload.create({
  collection: 'orgs',
  data: { code: `HT-${Date.now()}`, name: 'Đảng bộ tỉnh (hội thi)', kind: 'chi-bo' } as never,
})
// The candidates in one INSERT … SELECT over a counter, signed in as Payload signs (a session row and a JWT
// each): 5,000 password checks would take minutes and are not what is measured.
const pg = (payload.db as { name?: string }).name === 'postgres'
const now = new Date().toISOString()
const at = pg ? `CAST('${now}' AS timestamptz)` : `'${now}'`
const expires = new Date(Date.now() + 8 * 3600_000).toISOString()
const counter = `WITH RECURSIVE s(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM s WHERE i + 1 < ${MEMBERS})`
await exec(
  payload,
  `${counter} INSERT INTO "users" ("username","full_name","status","org_id","org_path","activated_at","login_attempts","created_at","updated_at")
   SELECT 'ht-' || CAST(i AS TEXT), 'Thí sinh ' || CAST(i + 1 AS TEXT), 'chinh-thuc', ${cell.id},
     (SELECT "path" FROM "orgs" WHERE "id" = ${cell.id}), ${at}, 0, ${at}, ${at} FROM s`,
)
const candidates = (
  await exec(payload, `SELECT "id" FROM "users" WHERE "org_id" = ? ORDER BY "id"`, [cell.id])
).map((r) => r.id as number)
await exec(
  payload,
  `INSERT INTO "users_sessions" ("_order","_parent_id","id","created_at","expires_at")
   SELECT 1, "id", 'ht-' || CAST("id" AS TEXT), ${at}, ${pg ? `CAST('${expires}' AS timestamptz)` : `'${expires}'`}
   FROM "users" WHERE "org_id" = ${cell.id}`,
)
const tokens = await Promise.all(
  candidates.map(
    async (id) =>
      (
        await jwtSign({
          fieldsToSign: { id, collection: 'users', sid: `ht-${id}` },
          secret: payload.secret,
          tokenExpiration: 8 * 3600,
        })
      ).token,
  ),
)
const questions = Array.from({ length: 30 }, (_, q) => ({
  text: `Câu hỏi ${q + 1} về Điều lệ Đảng`,
  options: [0, 1, 2, 3].map((o) => ({ text: `Phương án ${o + 1}`, correct: o === q % 4 })),
}))
// Open for the day while the candidates sit down; closed SPREAD_MS (and a minute) after the last one has.
const contest = await payload.create({
  collection: 'quizzes',
  data: {
    title: 'Hội thi tìm hiểu Điều lệ Đảng',
    kind: 'contest',
    audience: 'members',
    published: true,
    timeLimitMinutes: 60,
    opensAt: new Date(Date.now() - 3_600_000).toISOString(),
    closesAt: new Date(Date.now() + 24 * 3_600_000).toISOString(),
    questions,
    org: cell.id,
  } as never,
})
log(`${MEMBERS} thí sinh, hội thi ${contest.id}; đang ghi các lượt làm bài…`)

const fnApp = createApp({ routes: [studyRoutes({ payload })] })
const fn = await serveHandler((request, ip) => fnApp.fetch(request, { clientIp: ip }))
const bare = await serveHandler(async () => Response.json({ ok: true }))
const origin = new URL(fn.url).origin

interface Sitting {
  token: string
  attemptId: number | string
  startToken: string
  answers: Record<string, number[]>
}
const sitStart = performance.now()
// They sat down earlier (start is not what is measured): each attempt written as the start route writes it
// (its own draw of the 30 questions, shuffled options), in bulk, with the signed start token the phone keeps.
const startedAt = Date.now() - 30 * 60_000
const cellPath = (await exec(payload, `SELECT "path" FROM "orgs" WHERE "id" = ?`, [cell.id]))[0]?.path
const drawnOf = candidates.map(() =>
  drawQuestions(
    questions.map((q) => q.options.length),
    { count: 0, shuffleOptions: true },
  ),
)
const writer = bulkWriter(payload)
for (let i = 0; i < MEMBERS; i += 1000)
  await writer.insertIfAbsent(
    'quiz-attempts',
    candidates.slice(i, i + 1000).map((member, k) => ({
      key: `${contest.id}:${member}:1`,
      quiz: contest.id,
      member,
      attemptNumber: 1,
      startedAt: new Date(startedAt).toISOString(),
      drawn: drawnOf[i + k],
      org: cell.id,
      orgAncestors: [],
      orgPath: cellPath,
    })),
    'key',
  )
const attempts = new Map(
  (
    await exec(payload, `SELECT "id", "member_id" FROM "quiz_attempts" WHERE "quiz_id" = ?`, [contest.id])
  ).map((r) => [Number(r.member_id), r.id as number]),
)
const sittings: Sitting[] = candidates.map((member, i) => {
  const attemptId = attempts.get(member) as number
  const drawn = drawnOf[i] ?? []
  return {
    token: tokens[i] as string,
    attemptId,
    startToken: startToken(payload.secret, attemptId, startedAt),
    // A different choice per candidate and question, so the ranking has scores to order.
    answers: Object.fromEntries(drawn.map((d, p) => [String(p), [d.options[(i + p) % d.options.length]!]])),
  }
})
const sitting = Math.round(performance.now() - sitStart)
log(
  `${MEMBERS} lượt làm bài ghi trong ${(sitting / 1000).toFixed(1)} s; hội thi đóng sau ${SPREAD_MS / 1000 + 60} s`,
)
await payload.update({
  collection: 'quizzes',
  id: contest.id,
  data: { closesAt: new Date(Date.now() + SPREAD_MS + 60_000).toISOString() } as never,
})

/**
 * Everyone at a random moment within the spread; one in DROPPED_EVERY loses the answer and sends again. The five
 * minutes are long: progress every 30 s.
 */
async function lastMinutes(
  what: string,
  members: number,
  send: (i: number, dropped: boolean) => Promise<Response | null>,
) {
  let retried = 0
  let answered = 0
  const started = Date.now()
  const progress = setInterval(
    () =>
      log(`${what}: ${answered}/${members} đã có trả lời sau ${Math.round((Date.now() - started) / 1000)} s`),
    30_000,
  )
  const result = await atRandomMoments(members, (SPREAD_MS * members) / MEMBERS, async (i) => {
    if (i % DROPPED_EVERY === 0) {
      // The phone sends, then loses the connection before the answer comes back; it sends again.
      await send(i, true)
      retried += 1
    }
    const response = await send(i, false)
    answered += 1
    return response
  })
  clearInterval(progress)
  return { ...result, retried }
}

/** What the failed submissions answered (status and code), to say why in the error. */
const refused = new Map<string, number>()
const submit = async (i: number, dropped: boolean) => {
  const s = sittings[i]!
  const response = await fetch(`${fn.url}/fn/study/quizzes/${contest.id}/submit`, {
    method: 'POST',
    headers: { authorization: `JWT ${s.token}`, origin, 'content-type': 'application/json' },
    body: JSON.stringify({ attemptId: s.attemptId, token: s.startToken, answers: s.answers }),
    signal: dropped ? AbortSignal.timeout(2) : undefined,
  }).catch((error: Error & { cause?: { code?: string } }) => {
    if (!dropped) {
      const why = `fetch ${error.cause?.code ?? error.message}`
      refused.set(why, (refused.get(why) ?? 0) + 1)
    }
    return null
  })
  if (!dropped && response && response.status !== 200) {
    const why = `${response.status} ${
      (
        (await response
          .clone()
          .json()
          .catch(() => ({}))) as { error?: { code?: string } }
      ).error?.code ?? ''
    }`
    refused.set(why, (refused.get(why) ?? 0) + 1)
  }
  return response
}
const submissions = await lastMinutes('nộp bài', MEMBERS, submit)
// The baseline at the same arrival rate, over at most a minute's share of it: a bare answer's percentiles do not
// change with the length of the run, and another five minutes would double the benchmark.
const baseline = await lastMinutes(
  'cơ sở node:http',
  Math.min(MEMBERS, Math.ceil((MEMBERS * 60_000) / SPREAD_MS)),
  (_, dropped) =>
    fetch(`${bare.url}/`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"answers":{}}',
      signal: dropped ? AbortSignal.timeout(2) : undefined,
    }).catch(() => null),
)

const stored = await payload.find({
  collection: 'quiz-attempts',
  where: { quiz: { equals: contest.id } },
  limit: 0,
  pagination: false,
  depth: 0,
  select: { submittedAt: true, total: true },
})
const submitted = stored.docs.filter((a) => (a as { submittedAt?: string }).submittedAt).length
if (stored.docs.length !== MEMBERS || submitted !== MEMBERS || submissions.failures)
  throw new Error(
    `Mất bài: ${submitted}/${MEMBERS} bài đã nộp, ${stored.docs.length} lượt, ${submissions.failures} lần lỗi (${[...refused].map(([why, n]) => `${why}: ${n}`).join(', ')})`,
  )

const rows = [
  { case: 'nộp bài hội thi /fn (có gửi lại)', ...submissions, stored: submitted },
  { case: 'node:http trần (cơ sở)', ...baseline, stored: null },
]
console.log(`\n${MEMBERS} thí sinh nộp bài trong ${SPREAD_MS / 1000} s cuối, ${ENGINE}\n`)
console.table(rows)
printBenchLine(
  'contest',
  rows.map((row) => ({ engine: ENGINE, members: MEMBERS, spreadMs: SPREAD_MS, ...row })),
)
fn.close()
bare.close()
process.exit(0)
