/**
 * The one typing of Payload's Drizzle adapters (db-sqlite, db-postgres) that our bulk statements use: its
 * tables, its operators and the query builder, whose shape is the same on both engines.
 */
import { sql as pgSql } from '@payloadcms/db-postgres/drizzle'
import { sql as sqliteSql } from '@payloadcms/db-sqlite/drizzle'
import type { Payload } from 'payload'

/** A column of a Payload table; `name` is its name in the database. */
export interface Column {
  name: string
}
export type Table = Record<string, Column>
export type Row = Record<string, unknown>
/** A raw expression built by `sqlOf(db)` (an aggregate, a CASE). */
export type SqlExpression = { readonly sqlExpression: unique symbol }
/** A condition built by the adapter's operators. */
export type Condition = { readonly condition: unique symbol } | undefined

interface Returning extends PromiseLike<unknown> {
  returning(fields: Record<string, Column>): Promise<Row[]>
}
interface Insert extends Returning {
  onConflictDoNothing(config?: { target: Column }): Returning
  onConflictDoUpdate(config: { target: Column; set: Record<string, unknown> }): Returning
}
interface Select extends PromiseLike<Row[]> {
  where(condition: Condition | SqlExpression): Select
  orderBy(column: Column): Select
  limit(n: number): Select
  groupBy(...columns: Column[]): Select
}

/** Drizzle's database or one of its transactions. */
export interface QueryBuilder {
  insert(table: Table): { values(rows: Row[]): Insert }
  update(table: Table): { set(values: Row): { where(condition: Condition): PromiseLike<unknown> } }
  delete(table: Table): { where(condition: Condition): PromiseLike<unknown> }
  select(fields: Record<string, Column | SqlExpression>): { from(table: Table): Select }
  transaction<T>(work: (tx: QueryBuilder) => Promise<T>): Promise<T>
}

/** node-postgres' pool or one of its clients. */
export interface PgQueryable {
  query: (text: string, values?: unknown[]) => Promise<{ rows: Row[]; rowCount: number | null }>
}

export interface DrizzleAdapter {
  name: 'sqlite' | 'postgres'
  drizzle: QueryBuilder
  tables: Record<string, Table>
  tableNameMap: Map<string, string>
  relationshipsSuffix?: string
  operators: {
    and: (...conditions: (Condition | SqlExpression)[]) => Condition
    or: (...conditions: Condition[]) => Condition
    equals: (column: Column, value: unknown) => Condition
    greater_than: (column: Column, value: unknown) => Condition
    in: (column: Column, values: readonly unknown[]) => Condition
    not_in: (column: Column, values: readonly unknown[]) => Condition
    isNull: (column: Column) => Condition
  }
  /** SQLite only: libsql's client and the settings Payload gave its first connection. */
  client?: {
    execute: ((sql: string) => Promise<unknown>) &
      ((statement: { sql: string; args: unknown[] }) => Promise<{ rowsAffected: number }>)
    /** Several statements in one transaction, one result each. */
    batch: (
      statements: { sql: string; args: unknown[] }[],
      mode: 'write' | 'read',
    ) => Promise<{ rows: Row[]; rowsAffected: number }[]>
  }
  /** PostgreSQL only: node-postgres' pool. */
  pool?: PgQueryable & { connect: () => Promise<PgQueryable & { release: () => void }> }
  /** Payload's open transactions by id: a request's writes go through its session's query builder. */
  sessions?: Record<string, { db: QueryBuilder } | undefined>
  busyTimeout?: number
  wal?: { synchronous?: string } | boolean | null
}

/** Payload's Drizzle adapter, or undefined on MongoDB. */
export function drizzleAdapterOf(payload: Payload): DrizzleAdapter | undefined {
  const db = payload.db as unknown as Partial<DrizzleAdapter>
  if (db.name !== 'sqlite' && db.name !== 'postgres') return undefined
  if (!db.drizzle || !db.tables || !db.tableNameMap || !db.operators) return undefined
  return db as DrizzleAdapter
}

/** A collection's table by its slug (`member-imports` is `member_imports`). */
export function tableOf(db: DrizzleAdapter, slug: string): { name: string; table: Table } {
  const snake = slug.replace(/-/g, '_')
  const name = db.tableNameMap.get(snake) ?? snake
  const table = db.tables[name]
  if (!table) throw new Error(`Không tìm thấy bảng của ${slug}`)
  return { name, table }
}

/** The relationships table of a collection (`users_rels`), where hasMany relationships are stored. */
export function relsTableOf(db: DrizzleAdapter, tableName: string): Table | undefined {
  return db.tables[`${tableName}${db.relationshipsSuffix ?? '_rels'}`]
}

/** The adapter's `sql` tag, for an expression the operators do not cover (an aggregate); its interpolated columns are quoted by Drizzle. */
export function sqlOf(
  db: DrizzleAdapter,
): (strings: TemplateStringsArray, ...values: unknown[]) => SqlExpression {
  const sql = db.name === 'postgres' ? pgSql : sqliteSql
  return sql as never
}

/** The value a conflicting row proposed (`excluded.col`), for ON CONFLICT … DO UPDATE. */
export function excluded(db: DrizzleAdapter, column: Column): unknown {
  const sql = db.name === 'postgres' ? pgSql : sqliteSql
  return sql.raw(`excluded."${column.name}"`)
}
