/**
 * A CMS process for the crash test, run by `node --import tsx`: opens Payload on the test's database (onInit
 * queues a fan-out a killed process left "Đang gửi"), runs the default queue until the test's notice
 * (CRASH_NOTICE_ID) is sent or nothing is left, prints "xong" and exits. Other test files share the database and
 * may leave jobs queued ahead of it.
 */
import { openPayload } from '../../src/openPayload.ts'

const payload = await openPayload()
process.stdout.write('sẵn sàng\n')
const noticeId = process.env.CRASH_NOTICE_ID
for (;;) {
  const { noJobsRemaining } = await payload.jobs.run({ queue: 'default', limit: 10 })
  const notice = noticeId
    ? await payload.findByID({ collection: 'notices', id: noticeId, depth: 0, overrideAccess: true })
    : undefined
  if (noJobsRemaining || notice?.status === 'sent') break
}
process.stdout.write('xong\n')
process.exit(0)
