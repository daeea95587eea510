/** What the CMS process does once at start: say which voice speaks, pick up interrupted work (and jobs a dead process left claimed), load the answer bank. */
import type { Payload } from 'payload'
import { rebuildFaqBank } from '../collections/Faq/bank.ts'
import { resumeUnfinishedImports } from '../collections/MemberImports/commit/resume.ts'
import { resumeUnfinishedFanOuts } from '../collections/Notices/fanout/resume.ts'
import { announceSpeechEngine } from '../speech/announceEngine.ts'
import { releaseAbandonedJobs } from './releaseAbandoned.ts'

export async function onInit(payload: Payload): Promise<void> {
  announceSpeechEngine(payload)
  await resumeUnfinishedImports(payload)
  await resumeUnfinishedFanOuts(payload)
  await releaseAbandonedJobs(payload)
  await rebuildFaqBank(payload)
}
