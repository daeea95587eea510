/** The one Payload instance shared by every integration test file, on a fresh database. */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { openPayload } from '../src/openPayload.ts'
import { freshDatabaseUrl } from './database.ts'

const shared = globalThis as { __sotayPayload?: Promise<Payload> }

export function testPayload(): Promise<Payload> {
  shared.__sotayPayload ??= (async () => {
    process.env.DATABASE_URL = await freshDatabaseUrl()
    process.env.DATA_DIR = mkdtempSync(path.join(tmpdir(), 'sotay-data-'))
    process.env.PAYLOAD_SECRET = 'test-secret'
    return openPayload()
  })()
  return shared.__sotayPayload
}
