/** Sending a notice and fanning it out to inboxes, for the benchmarks (`@sotay/cms/notices`). */
export { fanOutNotice } from './fanout/fanout.ts'
export { sendNotice } from './fanout/sendNotice.ts'
