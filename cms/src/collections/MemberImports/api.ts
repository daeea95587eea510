/** Upserting member rows in batches, for the import benchmark (`@sotay/cms/member-import`). */
export { upsertMembers } from './commit/commit.ts'
