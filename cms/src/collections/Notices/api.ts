/** Sending a notice and fanning it out to inboxes, for the benchmarks (`@sotay/cms/notices`). */

export { encryptPushPayload } from './channels/ece.ts'
export { pushAgents } from './channels/pushAgents.ts'
export { vapidKeys } from './channels/vapid.ts'
export { sendWebPush } from './channels/webpush.ts'
export { fanOutNotice } from './fanout/fanout.ts'
export { sendNotice } from './fanout/sendNotice.ts'
