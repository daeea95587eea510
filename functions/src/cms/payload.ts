/**
 * The front server's own Payload (Local API) on the CMS's database: the same config as Next, loaded in this
 * process with job crons and onInit off, so scheduled jobs and import resumption run only in Next.
 */
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { Payload, SanitizedConfig } from 'payload'

/** The cms package; its config is imported by path so this package never compiles the CMS's sources. */
export const cmsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../cms')

let shared: Promise<Payload> | undefined

/** One Payload per process, created on first use. SQLite in WAL mode lets Next and this process share the file. */
export function getCmsPayload(): Promise<Payload> {
  shared ??= (async () => {
    // The config reads this when it is evaluated: no autoRun crons in this process.
    process.env.JOBS_AUTORUN = 'false'
    const configUrl = pathToFileURL(path.join(cmsDir, 'src', 'payload.config.ts')).href
    const { default: config } = (await import(configUrl)) as { default: Promise<SanitizedConfig> }
    const { getPayload } = await import('payload')
    return getPayload({ config, cron: false, disableOnInit: true })
  })()
  return shared
}
