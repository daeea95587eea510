/**
 * A commune congress checking in: 300 members, each scanning the QR (half) or typing the code (half) at a random
 * moment within 60 s, against the functions app (`POST /fn/meetings/checkin` and `…/{id}/checkin`, signed in,
 * over node:http). The baseline, in the same run and on the same schedule, is a bare node:http JSON answer.
 * `tsx bench/meeting-checkin.ts` (BENCH_ENGINE=sqlite|postgres, BENCH_CHECKIN_MEMBERS=300,
 * BENCH_CHECKIN_SPREAD_MS=60000). Ends with one JSON line per case.
 */
import { memoryRateLimiter } from '@sotay/cms/auth'
import { checkinShortCode, checkinToken, slotAt } from '@sotay/content-schemas/meetings/checkinCode'
import { checkinRoutes, createApp } from '@sotay/functions'
import { benchPayload } from './benchPayload.ts'
import { cellOfMembers } from './cellOfMembers.ts'
import { printBenchLine } from './jsonLine.ts'
import { atRandomMoments } from './load.ts'
import { serveHandler } from './serve.ts'

const ENGINE = process.env.BENCH_ENGINE ?? 'sqlite'
const MEMBERS = Number(process.env.BENCH_CHECKIN_MEMBERS ?? 300)
const SPREAD_MS = Number(process.env.BENCH_CHECKIN_SPREAD_MS ?? 60_000)
const PASSWORD = 'DiemDanh@2026'

const { payload, log } = await benchPayload(ENGINE)
const { cell } = await cellOfMembers(payload, {
  prefix: 'dd',
  cellName: 'Đảng bộ xã Đại hội',
  personName: 'Đại biểu',
  members: MEMBERS,
  password: PASSWORD,
})
const startsAt = Date.now() - 10 * 60_000
const meeting = await payload.create({
  collection: 'meetings',
  data: {
    title: 'Đại hội đảng bộ xã',
    kind: 'bat-thuong',
    startsAt: new Date(startsAt).toISOString(),
    endsAt: new Date(startsAt + 4 * 3600_000).toISOString(),
    org: cell.id,
  } as never,
  overrideAccess: true,
})
const key = (
  (await payload.findByID({
    collection: 'meetings',
    id: meeting.id,
    overrideAccess: true,
    showHiddenFields: true,
  })) as {
    checkinSecret: string
  }
).checkinSecret
log(`${MEMBERS} đại biểu, cuộc họp ${meeting.id}; đang đăng nhập…`)

const tokens: string[] = []
for (let i = 0; i < MEMBERS; i += 8) {
  const batch = Array.from({ length: Math.min(8, MEMBERS - i) }, (_, k) =>
    payload.login({ collection: 'users', data: { username: `dd-${i + k}`, password: PASSWORD } as never }),
  )
  for (const { token } of await Promise.all(batch)) tokens.push(String(token))
}

const fnApp = createApp({ routes: [checkinRoutes({ payload, rateLimiter: memoryRateLimiter() })] })
const fn = await serveHandler((request, ip) => fnApp.fetch(request, { clientIp: ip }))
const bare = await serveHandler(async () => Response.json({ ok: true }))

/** Everyone at a random moment within the spread. */
const congress = (target: (i: number) => { url: string; body: unknown; headers: Record<string, string> }) =>
  atRandomMoments(MEMBERS, SPREAD_MS, (i) => {
    const { url, body, headers } = target(i)
    return fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    })
  })

const checkins = await congress((i) => {
  const origin = new URL(fn.url).origin
  const headers = { authorization: `JWT ${tokens[i]}`, origin }
  const slot = slotAt(Date.now())
  return i % 2
    ? {
        url: `${fn.url}/fn/meetings/${meeting.id}/checkin`,
        body: { code: checkinShortCode(key, String(meeting.id), slot) },
        headers,
      }
    : {
        url: `${fn.url}/fn/meetings/checkin`,
        body: { token: checkinToken(key, String(meeting.id), slot) },
        headers,
      }
})
const baseline = await congress(() => ({ url: `${bare.url}/`, body: { token: 'x' }, headers: {} }))
const present = await payload.count({
  collection: 'meeting-attendance',
  where: { and: [{ meeting: { equals: meeting.id } }, { checkedInAt: { exists: true } }] },
})
if (present.totalDocs !== MEMBERS || checkins.failures)
  throw new Error(`Chỉ ${present.totalDocs}/${MEMBERS} có mặt, ${checkins.failures} lần lỗi`)

const rows = [
  { case: 'điểm danh /fn (QR + mã số)', ...checkins },
  { case: 'node:http trần (cơ sở)', ...baseline },
]
console.log(`\n${MEMBERS} đại biểu điểm danh trong ${SPREAD_MS / 1000} s, ${ENGINE}\n`)
console.table(rows)
printBenchLine(
  'meeting-checkin',
  rows.map((row) => ({ engine: ENGINE, members: MEMBERS, spreadMs: SPREAD_MS, ...row })),
)
fn.close()
bare.close()
process.exit(0)
