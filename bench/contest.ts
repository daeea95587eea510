/**
 * A contest's last five minutes: N members (the goal is 5,000) who started earlier submit at a random moment
 * before it closes, against the functions app (`POST /fn/study/quizzes/{id}/submit`, signed in, over
 * node:http). One in ten loses the connection right after sending and retries; every retry must get the same
 * result, and every member's submission must be stored once. The baseline, in the same run and on the same
 * schedule, is a bare node:http JSON answer.
 * `tsx bench/contest.ts` (BENCH_ENGINE=sqlite|postgres, BENCH_CONTEST_MEMBERS=50, BENCH_CONTEST_SPREAD_MS=300000
 * for the real five minutes; 10000 by default). Ends with one JSON line per case.
 */
import { createApp, studyRoutes } from '@sotay/functions'
import { benchPayload } from './benchPayload.ts'
import { cellOfMembers } from './cellOfMembers.ts'
import { printBenchLine } from './jsonLine.ts'
import { atRandomMoments } from './load.ts'
import { serveHandler } from './serve.ts'

const ENGINE = process.env.BENCH_ENGINE ?? 'sqlite'
const MEMBERS = Number(process.env.BENCH_CONTEST_MEMBERS ?? 50)
const SPREAD_MS = Number(process.env.BENCH_CONTEST_SPREAD_MS ?? 10_000)
const DROPPED_EVERY = 10
const PASSWORD = 'HoiThi@2026'

const { payload, log } = await benchPayload(ENGINE)
const { cell } = await cellOfMembers(payload, {
  prefix: 'ht',
  cellName: 'Đảng bộ tỉnh (hội thi)',
  personName: 'Thí sinh',
  members: MEMBERS,
  password: PASSWORD,
})
const questions = Array.from({ length: 30 }, (_, q) => ({
  text: `Câu hỏi ${q + 1} về Điều lệ Đảng`,
  options: [0, 1, 2, 3].map((o) => ({ text: `Phương án ${o + 1}`, correct: o === q % 4 })),
}))
const closesAt = Date.now() + SPREAD_MS + 60_000
const contest = await payload.create({
  collection: 'quizzes',
  data: {
    title: 'Hội thi tìm hiểu Điều lệ Đảng',
    kind: 'contest',
    audience: 'members',
    published: true,
    timeLimitMinutes: 60,
    opensAt: new Date(Date.now() - 3_600_000).toISOString(),
    closesAt: new Date(closesAt).toISOString(),
    questions,
    org: cell.id,
  } as never,
})
log(`${MEMBERS} thí sinh, hội thi ${contest.id}; đang đăng nhập và bắt đầu làm bài…`)

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
const sittings: Sitting[] = []
for (let i = 0; i < MEMBERS; i += 8) {
  const batch = Array.from({ length: Math.min(8, MEMBERS - i) }, async (_, k) => {
    const { token } = await payload.login({
      collection: 'users',
      data: { username: `ht-${i + k}`, password: PASSWORD } as never,
    })
    const response = await fetch(`${fn.url}/fn/study/quizzes/${contest.id}/start`, {
      method: 'POST',
      headers: { authorization: `JWT ${token}`, origin },
    })
    const started = (await response.json()) as {
      attempt: { id: number | string; token: string }
      questions: { options: { index: number }[] }[]
    }
    const answers = Object.fromEntries(
      started.questions.map((q, p) => [String(p), [q.options[(i + k + p) % q.options.length]!.index]]),
    )
    return { token: String(token), attemptId: started.attempt.id, startToken: started.attempt.token, answers }
  })
  sittings.push(...(await Promise.all(batch)))
}

/** Everyone at a random moment within the spread; one in DROPPED_EVERY loses the answer and sends again. */
async function lastMinutes(send: (i: number, dropped: boolean) => Promise<Response | null>) {
  let retried = 0
  const result = await atRandomMoments(MEMBERS, SPREAD_MS, async (i) => {
    if (i % DROPPED_EVERY === 0) {
      // The phone sends, then loses the connection before the answer comes back; it sends again.
      await send(i, true)
      retried += 1
    }
    return send(i, false)
  })
  return { ...result, retried }
}

const submit = (i: number, dropped: boolean) => {
  const s = sittings[i]!
  return fetch(`${fn.url}/fn/study/quizzes/${contest.id}/submit`, {
    method: 'POST',
    headers: { authorization: `JWT ${s.token}`, origin, 'content-type': 'application/json' },
    body: JSON.stringify({ attemptId: s.attemptId, token: s.startToken, answers: s.answers }),
    signal: dropped ? AbortSignal.timeout(2) : undefined,
  }).catch(() => null)
}
const submissions = await lastMinutes(submit)
const baseline = await lastMinutes((_, dropped) =>
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
    `Mất bài: ${submitted}/${MEMBERS} bài đã nộp, ${stored.docs.length} lượt, ${submissions.failures} lần lỗi`,
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
