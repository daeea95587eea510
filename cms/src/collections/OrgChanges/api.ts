/** What the benchmarks use of org changes (`@sotay/cms/org-changes`). */
export { applyOrgChange } from './run/applyChange.ts'
export { runQueuedOrgChanges } from './testing.ts'
