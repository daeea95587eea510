/**
 * Chooses the database from DATABASE_URL: embedded SQLite by default, PostgreSQL for postgres://,
 * MongoDB for mongodb://. Each SQL engine keeps its own migrations, which `next start` applies. Only the chosen
 * engine's adapter is loaded (`engines/`): the others' drivers and migrations would add seconds to a cold start.
 */
import type { DatabaseAdapterObj } from 'payload'
import { rememberListCounts } from './rememberListCounts.ts'

export type Engine = 'sqlite' | 'postgres' | 'mongodb'

export function engineOf(url: string | undefined): Engine {
  if (url?.startsWith('postgres://') || url?.startsWith('postgresql://')) return 'postgres'
  if (url?.startsWith('mongodb://') || url?.startsWith('mongodb+srv://')) return 'mongodb'
  return 'sqlite'
}

export async function databaseAdapter(url = process.env.DATABASE_URL): Promise<DatabaseAdapterObj> {
  return withRememberedListCounts(await chosenAdapter(url))
}

async function chosenAdapter(url: string | undefined): Promise<DatabaseAdapterObj> {
  switch (engineOf(url)) {
    case 'postgres':
      return (await import('./engines/postgres.ts')).postgresDatabase(url as string)
    case 'mongodb':
      return (await import('./engines/mongodb.ts')).mongodbDatabase(url as string)
    default:
      return (await import('./engines/sqlite.ts')).sqliteDatabase(url)
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
