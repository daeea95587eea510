/**
 * A fresh database for each test run: a temporary SQLite file by default, a new PostgreSQL database
 * when TEST_POSTGRES_URL is set, a new MongoDB database when TEST_MONGODB_URL is set.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'

export async function freshDatabaseUrl(): Promise<string> {
  const mongo = process.env.TEST_MONGODB_URL
  if (mongo) {
    const url = new URL(mongo)
    url.pathname = `/sotay_test_${process.pid}_${Date.now()}`
    return url.toString()
  }
  const base = process.env.TEST_POSTGRES_URL
  if (!base) return `file:${path.join(mkdtempSync(path.join(tmpdir(), 'sotay-test-')), 'test.db')}`
  const name = `sotay_test_${process.pid}_${Date.now()}`
  const admin = new pg.Client({ connectionString: base })
  await admin.connect()
  await dropStaleDatabases(admin)
  await admin.query(`CREATE DATABASE ${name}`)
  await admin.end()
  const url = new URL(base)
  url.pathname = `/${name}`
  return url.toString()
}

/** Test databases of runs older than an hour are dropped, so repeated CI runs do not fill the disk. */
async function dropStaleDatabases(admin: pg.Client) {
  const { rows } = await admin.query<{ datname: string }>(
    "SELECT datname FROM pg_database WHERE datname LIKE 'sotay_test_%'",
  )
  for (const { datname } of rows) {
    const createdAt = Number(datname.split('_').pop())
    if (Date.now() - createdAt > 3600_000)
      await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`)
  }
}
