/** The one way every other package, CLI, benchmark and test opens the CMS's Local API on its database. */
import type { Payload } from 'payload'

export interface OpenPayloadOptions {
  /**
   * Whether this process runs the job crons and onInit (import and fan-out resumption, the FAQ bank).
   * The CMS server and the CLIs do; the front server and the serverless functions share the database, not the work.
   */
  background?: boolean
}

export async function openPayload({ background = true }: OpenPayloadOptions = {}): Promise<Payload> {
  // The config reads this when it is evaluated.
  if (!background) process.env.JOBS_AUTORUN = 'false'
  const [{ default: config }, { getPayload }] = await Promise.all([
    import('./payload.config.ts'),
    import('payload'),
  ])
  return getPayload({ config, ...(background ? {} : { cron: false, disableOnInit: true }) })
}
