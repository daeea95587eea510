/** One Payload on a fresh database of the given engine, for a benchmark process (one engine per process). */
import { openPayload } from '@sotay/cms'
import { freshDatabaseUrl } from '@sotay/cms/testing'
import type { Payload } from 'payload'

export async function benchPayload(
  engine: string,
): Promise<{ payload: Payload; log: (line: string) => void }> {
  if (engine === 'postgres') process.env.TEST_POSTGRES_URL ??= 'postgres://postgres@127.0.0.1:5432/postgres'
  else delete process.env.TEST_POSTGRES_URL
  process.env.DATABASE_URL = await freshDatabaseUrl()
  process.env.PAYLOAD_SECRET = 'bench'
  process.env.JOBS_AUTORUN = 'false'
  const payload = await openPayload()
  return { payload, log: (line) => process.stderr.write(`[${engine}] ${line}\n`) }
}
