/** PostgreSQL (postgres://): Payload's drizzle adapter with this engine's migrations. */
import { postgresAdapter } from '@payloadcms/db-postgres'
import type { DatabaseAdapterObj } from 'payload'
import { leanInboxTable } from '../../collections/Inbox/leanTable.ts'
import { migrations } from '../../migrations/postgres/index.ts'
import { migrationDir } from './migrationDir.ts'

export const postgresDatabase = (url: string): DatabaseAdapterObj =>
  postgresAdapter({
    pool: { connectionString: url, max: 10 },
    migrationDir: migrationDir('postgres'),
    prodMigrations: migrations,
    beforeSchemaInit: [leanInboxTable],
  })
