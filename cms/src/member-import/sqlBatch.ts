/**
 * The fast batch writer for SQL databases (SQLite and PostgreSQL): bulk statements through Payload's own
 * Drizzle tables, one transaction per batch. Payload's hooks do not run; this module does what they would
 * (orgAncestors, status, activation code) and nothing else.
 */

import { sql as pgSql } from '@payloadcms/db-postgres/drizzle'
import { sql as sqliteSql } from '@payloadcms/db-sqlite/drizzle'
import { generateActivationCode, type ID, sealActivationCode } from '@sotay/content-schemas'
import type { Payload } from 'payload'
import {
  type BatchWriter,
  IMPORTS,
  type MemberRecord,
  refuseOutOfScope,
  statusOnCreate,
  USERS,
} from './records.ts'

/** Rows per INSERT: keeps bound parameters far below SQLite's 32,766 and PostgreSQL's 65,535. */
const INSERT_CHUNK = 400

/** The part of Payload's Drizzle adapter this writer uses (shared by db-sqlite and db-postgres). */
interface DrizzleAdapter {
  name: string
  drizzle: any
  tables: Record<string, any>
  tableNameMap: Map<string, string>
  relationshipsSuffix?: string
  operators: {
    in: (col: unknown, values: unknown[]) => unknown
    equals: (col: unknown, v: unknown) => unknown
    and: (...conditions: unknown[]) => unknown
  }
  client?: { execute: (sql: string) => Promise<unknown> }
  busyTimeout?: number
  wal?: { synchronous?: string } | false | null
}

const snake = (slug: string) => slug.replace(/-/g, '_')

function chunked<T>(items: T[], size = INSERT_CHUNK): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

/**
 * libsql hands its connection to a transaction and opens a fresh one for everyone else, without the
 * connection settings Payload gave the first. Give them again, so concurrent writers wait, not fail.
 */
async function keepSqliteSettings(db: DrizzleAdapter): Promise<void> {
  if (db.name !== 'sqlite' || !db.client) return
  if (db.busyTimeout) await db.client.execute(`PRAGMA busy_timeout = ${Number(db.busyTimeout)};`)
  const synchronous = db.wal ? db.wal.synchronous : undefined
  if (synchronous) await db.client.execute(`PRAGMA synchronous = ${synchronous};`)
}

/** The SQL writer, or undefined when the database is not one of Payload's Drizzle adapters (MongoDB). */
export function sqlBatchWriter(payload: Payload): BatchWriter | undefined {
  const db = payload.db as unknown as DrizzleAdapter
  if (!db.drizzle || !db.tables || !db.tableNameMap || !db.operators) return undefined
  const usersName = db.tableNameMap.get(snake(USERS)) ?? USERS
  const users = db.tables[usersName]
  const rels = db.tables[`${usersName}${db.relationshipsSuffix ?? '_rels'}`]
  const imports = db.tables[db.tableNameMap.get(snake(IMPORTS)) ?? snake(IMPORTS)]
  if (!users || !rels || !imports) return undefined
  const inList = db.operators.in
  const eq = db.operators.equals
  const and = db.operators.and
  const sql = db.name === 'postgres' ? pgSql : sqliteSql

  const excluded = (column: { name: string }) => sql.raw(`excluded."${column.name}"`)
  /** An empty cell (null) keeps what the account already holds. */
  const keep = (column: { name: string }) => sql`coalesce(${excluded(column)}, ${column})`
  // One INSERT … ON CONFLICT (username) DO UPDATE per chunk: new members are inserted with their code,
  // known ones updated in place (same id, same activation code), in one statement on both engines.
  const onConflict = {
    target: users.username,
    set: {
      fullName: excluded(users.fullName),
      org: excluded(users.org),
      updatedAt: excluded(users.updatedAt),
      birthDate: keep(users.birthDate),
      gender: keep(users.gender),
      admittedAt: keep(users.admittedAt),
      officialAt: keep(users.officialAt),
      phone: keep(users.phone),
      email: keep(users.email),
      status: sql`case when ${users.status} = 'du-bi' and ${excluded(users.officialAt)} is not null then 'chinh-thuc' else ${users.status} end`,
    },
  }

  return (batch, { scopeOrgIds, checkpoint }) =>
    db.drizzle.transaction(async (tx: any) => {
      await keepSqliteSettings(db)
      const now = new Date().toISOString()
      const existing: { id: ID; username: string; org: unknown }[] = await tx
        .select({ id: users.id, username: users.username, org: users.org })
        .from(users)
        .where(
          inList(
            users.username,
            batch.map((r) => r.username),
          ),
        )
      refuseOutOfScope(existing, scopeOrgIds)
      const before = new Map(existing.map((e) => [e.username, e]))
      const idOf = new Map<string, ID>()
      for (const part of chunked(batch)) {
        const written: { id: ID; username: string }[] = await tx
          .insert(users)
          .values(
            part.map(({ orgAncestors: _, ...r }) => ({
              ...r,
              status: statusOnCreate(r as MemberRecord),
              // Sealed: the plain code is never kept; the secretary's "In phiếu" issues the one a member receives.
              activationCode: sealActivationCode(payload.secret, generateActivationCode()),
              loginAttempts: 0,
              createdAt: now,
              updatedAt: now,
            })),
          )
          .onConflictDoUpdate(onConflict)
          .returning({ id: users.id, username: users.username })
        for (const row of written) idOf.set(row.username, row.id)
      }

      // orgAncestors live in the relationships table: written for new members and for those who changed org.
      const moved = batch.filter(
        (r) => before.has(r.username) && String(before.get(r.username)?.org) !== String(r.org),
      )
      const movedSet = new Set(moved)
      for (const part of chunked(moved.map((r) => idOf.get(r.username)))) {
        await tx.delete(rels).where(and(inList(rels.parent, part), eq(rels.path, 'orgAncestors')))
      }
      const links = batch
        .filter((r) => !before.has(r.username) || movedSet.has(r))
        .flatMap((r: MemberRecord) =>
          r.orgAncestors.map((orgId, i) => ({
            parent: idOf.get(r.username),
            path: 'orgAncestors',
            orgsID: orgId,
            order: i + 1,
          })),
        )
      for (const part of chunked(links)) await tx.insert(rels).values(part)

      const counts = { created: batch.length - existing.length, updated: existing.length }
      if (checkpoint) {
        await tx
          .update(imports)
          .set({
            processedRows: checkpoint.processedRows,
            created: checkpoint.created + counts.created,
            updated: checkpoint.updated + counts.updated,
            updatedAt: now,
          })
          .where(eq(imports.id, checkpoint.importId))
      }
      return counts
    })
}
