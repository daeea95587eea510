/** Says once, when the CMS starts, which voice will make the audio readings and how to get Debian's. */
import type { Payload } from 'payload'
import { speechEngine } from './engine.ts'

export function announceSpeechEngine(payload: Payload, env: NodeJS.ProcessEnv = process.env) {
  // Only the process that runs the speech queue speaks; the seed and the front server would repeat it.
  if (env.JOBS_AUTORUN === 'false') return
  const { notice } = speechEngine(env)
  if (notice) payload.logger.warn(notice)
}
