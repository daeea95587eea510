/**
 * Chooses the database from DATABASE_URL: embedded SQLite by default, PostgreSQL for postgres://,
 * MongoDB for mongodb://. Each SQL engine keeps its own migrations, which `next start` applies.
 */
import path from 'node:path'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { type SQLiteAdapter, sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'
import { migrations as postgresMigrations } from '../migrations/postgres/index.ts'
import { migrations as sqliteMigrations } from '../migrations/sqlite/index.ts'
import { cmsDir, dataDir } from '../paths.ts'
import { rememberListCounts } from './rememberListCounts.ts'
import { oneTransactionAtATime } from './sqliteOneTransaction.ts'

export type Engine = 'sqlite' | 'postgres' | 'mongodb'

export function engineOf(url: string | undefined): Engine {
  if (url?.startsWith('postgres://') || url?.startsWith('postgresql://')) return 'postgres'
  if (url?.startsWith('mongodb://') || url?.startsWith('mongodb+srv://')) return 'mongodb'
  return 'sqlite'
}

export function databaseAdapter(url = process.env.DATABASE_URL): DatabaseAdapterObj {
  return withRememberedListCounts(chosenAdapter(url))
}

function chosenAdapter(url: string | undefined): DatabaseAdapterObj {
  const migrationDir = (engine: Engine) => path.join(cmsDir, 'src', 'migrations', engine)
  switch (engineOf(url)) {
    case 'postgres':
      return postgresAdapter({
        pool: { connectionString: url, max: 10 },
        migrationDir: migrationDir('postgres'),
        prodMigrations: postgresMigrations,
      })
    case 'mongodb':
      return mongooseAdapter({ url: url! })
    default:
      return withOneTransactionAtATime(
        sqliteAdapter({
          client: { url: url || `file:${path.join(dataDir(), 'sotay.db')}` },
          wal: true,
          // Two processes write one file (the CMS's jobs, the front server's functions); a writer waits for the
          // other's transaction rather than failing with "database is locked" on a busy machine.
          busyTimeout: 15_000,
          migrationDir: migrationDir('sqlite'),
          prodMigrations: sqliteMigrations,
        }),
      )
  }
}

/** Installs rememberListCounts.ts on the adapter, whatever the engine. */
function withRememberedListCounts(adapterObj: DatabaseAdapterObj): DatabaseAdapterObj {
  return {
    ...adapterObj,
    init: (args) => {
      const adapter = adapterObj.init(args)
      rememberListCounts(adapter)
      return adapter
    },
  }
}

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
