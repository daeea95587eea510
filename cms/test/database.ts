/** A fresh database for each test run: a temporary SQLite file, or a new PostgreSQL database. */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'

export async function freshDatabaseUrl(): Promise<string> {
  const base = process.env.TEST_POSTGRES_URL
  if (!base) return `file:${path.join(mkdtempSync(path.join(tmpdir(), 'sotay-test-')), 'test.db')}`
  const name = `sotay_test_${process.pid}_${Date.now()}`
  const admin = new pg.Client({ connectionString: base })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${name}`)
  await admin.end()
  const url = new URL(base)
  url.pathname = `/${name}`
  return url.toString()
}
