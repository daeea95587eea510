/**
 * The meeting day arrives: moves one meeting so it began a few minutes ago, for e2e/meetings-month.test.ts. The
 * stack's clock cannot jump a month ahead, so the meeting comes to now instead. Through the database adapter
 * (no hooks), so what the secretary posted stays as posted: its month and its on-time verdict. Run by
 * e2e/localPayload.ts with tsx; prints the new times as JSON.
 */
import { openPayload } from '@sotay/cms'

const id = process.argv[2]
if (!id) throw new Error('Thiếu mã cuộc họp.')
const payload = await openPayload()
const startsAt = new Date(Date.now() - 5 * 60_000).toISOString()
const endsAt = new Date(Date.now() + 2 * 3_600_000).toISOString()
await payload.db.updateOne({ collection: 'meetings', id, data: { startsAt, endsAt }, returning: false })
console.log(JSON.stringify({ startsAt, endsAt }))
process.exit(0)
