/**
 * A CMS process for the crash test, run by `node --import tsx`: opens Payload on the test's database (onInit
 * queues a fan-out a killed process left "Đang gửi"), runs the default queue's jobs, prints "xong" and exits.
 */
import { openPayload } from '../../src/openPayload.ts'

const payload = await openPayload()
process.stdout.write('sẵn sàng\n')
await payload.jobs.run({ queue: 'default', limit: 10 })
process.stdout.write('xong\n')
process.exit(0)
