/** Test helpers other packages share (`@sotay/cms/testing`): the test Payload, a fresh database, the access tree. */

export { startPushService } from './channels/pushService.ts'
export { freshDatabaseUrl } from './database.ts'
export { type AccessTree, buildAccessTree, PASSWORD, type TreeUser } from './fixtures/accessTree.ts'
export { testPayload } from './payload.ts'
export { rawRows } from './rawRows.ts'
