/** Sending a notice and fanning it out to inboxes, for the benchmarks (`@sotay/cms/notices`). */
export { fanOutNotice } from './fanout.ts'
export { sendNotice } from './sendNotice.ts'
