/** Embedded SQLite (file:, the default): libsql, WAL, one transaction at a time, this engine's migrations. */
import path from 'node:path'
import { type SQLiteAdapter, sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'
import { leanInboxTable } from '../../collections/Inbox/leanTable.ts'
import { migrations } from '../../migrations/sqlite/index.ts'
import { dataDir } from '../../paths.ts'
import { oneTransactionAtATime } from '../sqliteOneTransaction.ts'
import { migrationDir } from './migrationDir.ts'

export const sqliteDatabase = (url: string | undefined): DatabaseAdapterObj =>
  withOneTransactionAtATime(
    sqliteAdapter({
      client: { url: url || `file:${path.join(dataDir(), 'sotay.db')}` },
      wal: true,
      // Two processes write one file (the CMS's jobs, the front server's functions); a writer waits for the
      // other's transaction rather than failing with "database is locked" on a busy machine.
      busyTimeout: 15_000,
      migrationDir: migrationDir('sqlite'),
      prodMigrations: migrations,
      beforeSchemaInit: [leanInboxTable],
    }),
  )

/** Installs sqliteOneTransaction.ts on the client Payload's adapter creates when it connects. */
function withOneTransactionAtATime(
  adapterObj: DatabaseAdapterObj<SQLiteAdapter>,
): DatabaseAdapterObj<SQLiteAdapter> {
  return {
    ...adapterObj,
    init: (args) => {
      const adapter = adapterObj.init(args)
      const connect = adapter.connect
      adapter.connect = async function (this: SQLiteAdapter, options) {
        const fresh = !this.client
        await connect?.call(this, options)
        if (fresh && this.client) {
          oneTransactionAtATime(this.client, {
            busyTimeout: this.busyTimeout,
            synchronous: this.wal ? this.wal.synchronous : undefined,
          })
        }
      }
      return adapter
    },
  }
}
