/**
 * A meeting of the demo cell that has happened, for e2e/meeting-minutes.test.ts: chaired by the cell secretary,
 * recorded by another member of the cell (given a known password here), with two check-ins and a closed secret
 * vote written as the check-in and vote functions leave them. Through a second local Payload on the stack's
 * SQLite file; run by e2e/localPayload.ts with tsx. Prints the meeting and the recorder's login as JSON.
 */
import { openPayload } from '@sotay/cms'

const RECORDER_PASSWORD = 'ThuKy@2026'
const payload = await openPayload()
const user = async (username: string) =>
  (await payload.find({ collection: 'users', where: { username: { equals: username } }, limit: 1 })).docs[0]!

const chair = await user('bithu')
const member = await user(process.argv[2]!)
const cell = typeof chair.org === 'object' && chair.org ? chair.org.id : chair.org!
const { docs: others } = await payload.find({
  collection: 'users',
  where: { and: [{ org: { equals: cell } }, { id: { not_in: [chair.id, member.id] } }] },
  limit: 2,
  depth: 0,
})
const [recorder, absent] = others
await payload.update({
  collection: 'users',
  id: recorder!.id,
  data: { password: RECORDER_PASSWORD, activatedAt: new Date().toISOString() } as never,
})

const startsAt = new Date(Date.now() - 2 * 3_600_000)
const meeting = await payload.create({
  collection: 'meetings',
  data: {
    title: 'Sinh hoạt chi bộ kiểm thử biên bản',
    kind: 'thuong-ky',
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 2 * 3_600_000).toISOString(),
    place: 'Nhà văn hóa thôn',
    agenda: [{ title: 'Kiểm điểm công tác tháng trước' }, { title: 'Kết nạp đảng viên mới' }],
    chair: chair.id,
    recorder: recorder!.id,
    org: cell,
  } as never,
})

const row = async (who: { id: number | string }) =>
  (
    await payload.find({
      collection: 'meeting-attendance',
      where: { and: [{ meeting: { equals: meeting.id } }, { member: { equals: who.id } }] },
      limit: 1,
    })
  ).docs[0]!
for (const [who, method] of [
  [member, 'qr'],
  [recorder!, 'code'],
] as const)
  await payload.update({
    collection: 'meeting-attendance',
    id: (await row(who)).id,
    data: { checkedInAt: new Date().toISOString(), checkinMethod: method },
  })
if (absent)
  await payload.update({
    collection: 'meeting-attendance',
    id: (await row(absent)).id,
    data: { reply: 'absent', reason: 'Đi công tác xa' },
  })
await payload.create({
  collection: 'meeting-votes',
  data: {
    meeting: meeting.id,
    org: cell,
    agendaItem: 'Kết nạp đảng viên mới',
    question: 'Đề nghị kết nạp quần chúng Lê Văn Tâm',
    secret: true,
    choices: [{ label: 'Tán thành' }, { label: 'Không tán thành' }],
    counts: { 'Tán thành': 2, 'Không tán thành': 0 },
    votersCount: 2,
    status: 'closed',
    closedAt: new Date().toISOString(),
  } as never,
})

console.log(
  JSON.stringify({
    meeting: meeting.id,
    member: member.fullName,
    recorder: { username: recorder!.username, password: RECORDER_PASSWORD, name: recorder!.fullName },
    absent: absent?.fullName ?? null,
  }),
)
process.exit(0)
