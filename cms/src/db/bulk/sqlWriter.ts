/**
 * The bulk writer for SQLite and PostgreSQL: multi-row INSERT … ON CONFLICT through Payload's own Drizzle
 * tables (column names follow the schema), hasMany links in the relationships table beside them. Payload's
 * hooks do not run: callers write exactly the fields a document needs.
 */
import { chunks, type ID } from '@sotay/content-schemas'
import type { CollectionSlug, Payload } from 'payload'
import {
  type Column,
  type DrizzleAdapter,
  excluded,
  type QueryBuilder,
  type Row,
  relsTableOf,
  type Table,
  tableOf,
} from './drizzle.ts'
import { type HasManyField, hasManyFields, hasTimestamps } from './hasManyFields.ts'
import type { BulkDoc, BulkWriter, BulkWrites } from './types.ts'

/** Bound parameters per statement: far below SQLite's 32,766 and PostgreSQL's 65,535. */
const MAX_PARAMETERS = 8000
const IN_CHUNK = 1000

interface Shape {
  table: Table
  rels?: Table
  links: HasManyField[]
  timestamps: boolean
}

export function sqlBulkWriter(payload: Payload, db: DrizzleAdapter): BulkWriter {
  const shapes = new Map<string, Shape>()
  const shapeOf = (slug: CollectionSlug): Shape => {
    let shape = shapes.get(slug)
    if (!shape) {
      const { name, table } = tableOf(db, slug)
      const links = hasManyFields(payload, slug)
      shape = { table, rels: relsTableOf(db, name), links, timestamps: hasTimestamps(payload, slug) }
      shapes.set(slug, shape)
    }
    return shape
  }
  const column = (table: Table, field: string): Column => {
    const col = table[field]
    if (!col) throw new Error(`Không tìm thấy cột ${field}`)
    return col
  }
  const { and, equals, in: inList } = db.operators

  /** Splits documents into table rows and relationship links, stamping the times Payload would. */
  function split(shape: Shape, docs: BulkDoc[], now: string) {
    const linkNames = new Set(shape.links.map((l) => l.name))
    const rows = docs.map((doc) => {
      const row: Row = shape.timestamps ? { createdAt: now, updatedAt: now } : {}
      for (const [field, value] of Object.entries(doc)) if (!linkNames.has(field)) row[field] = value
      return row
    })
    // Drizzle drops a key that is no column without a word: say so instead of losing the value.
    for (const field of Object.keys(rows[0] ?? {})) column(shape.table, field)
    return { rows }
  }

  async function writeLinks(q: QueryBuilder, shape: Shape, parents: [ID, BulkDoc][], replace: ID[]) {
    for (const link of shape.links) {
      const carrying = parents.filter(([, doc]) => Array.isArray(doc[link.name]))
      if (!carrying.length) continue
      const rels = shape.rels
      if (!rels) throw new Error(`Không tìm thấy bảng quan hệ cho ${link.name}`)
      const replaced = new Set(replace.map(String))
      const stale = carrying.map(([id]) => id).filter((id) => replaced.has(String(id)))
      for (const part of chunks(stale, IN_CHUNK)) {
        await q.delete(rels).where(and(inList(rels.parent, part), equals(rels.path, link.name)))
      }
      const target = `${link.relationTo.replace(/-/g, '_')}ID`
      const rows = carrying.flatMap(([id, doc]) =>
        (doc[link.name] as ID[]).map((to, i) => ({
          parent: id,
          path: link.name,
          [target]: to,
          order: i + 1,
        })),
      )
      for (const part of chunks(rows, MAX_PARAMETERS / 4)) await q.insert(rels).values(part)
    }
  }

  const rowsPerStatement = (rows: Row[]) =>
    Math.max(1, Math.floor(MAX_PARAMETERS / Math.max(1, Object.keys(rows[0] ?? {}).length)))

  const writes = (q: QueryBuilder): BulkWrites => ({
    async insertIfAbsent(slug, docs, key) {
      const shape = shapeOf(slug)
      const { rows } = split(shape, docs, new Date().toISOString())
      const target = column(shape.table, key)
      const inserted = new Map<string, ID>()
      for (const part of chunks(rows, rowsPerStatement(rows))) {
        const fresh = await q
          .insert(shape.table)
          .values(part)
          .onConflictDoNothing({ target })
          .returning({ id: column(shape.table, 'id'), key: target })
        for (const row of fresh) inserted.set(String(row.key), row.id as ID)
      }
      // A document that was already there has its links: they were written in its transaction.
      const parents = docs.flatMap((d): [ID, BulkDoc][] => {
        const id = inserted.get(String(d[key]))
        return id === undefined ? [] : [[id, d]]
      })
      await writeLinks(q, shape, parents, [])
      return new Set(inserted.keys())
    },

    async upsert(slug, docs, { key, insertOnly = [] }) {
      const shape = shapeOf(slug)
      const { rows } = split(shape, docs, new Date().toISOString())
      const target = column(shape.table, key)
      const fixed = new Set([key, 'createdAt', ...insertOnly])
      const set: Row = {}
      for (const field of Object.keys(rows[0] ?? {})) {
        if (!fixed.has(field)) set[field] = excluded(db, column(shape.table, field))
      }
      const before = await idsByKey(
        q,
        shape,
        key,
        docs.map((d) => String(d[key])),
      )
      const ids = new Map<string, ID>()
      for (const part of chunks(rows, rowsPerStatement(rows))) {
        const written = await q
          .insert(shape.table)
          .values(part)
          .onConflictDoUpdate({ target, set })
          .returning({ id: column(shape.table, 'id'), key: target })
        for (const row of written) ids.set(String(row.key), row.id as ID)
      }
      await writeLinks(
        q,
        shape,
        docs.map((d) => [ids.get(String(d[key])) as ID, d]),
        [...before.values()],
      )
      return ids
    },

    async updateWhereIn(slug, field, values, data) {
      const shape = shapeOf(slug)
      const row: Row = { ...data, ...(shape.timestamps ? { updatedAt: new Date().toISOString() } : {}) }
      for (const part of chunks(values, IN_CHUNK)) {
        await q
          .update(shape.table)
          .set(row)
          .where(inList(column(shape.table, field), part))
      }
    },

    async findWhereIn(slug, field, values, fields) {
      const shape = shapeOf(slug)
      const selected = Object.fromEntries(['id', ...fields].map((f) => [f, column(shape.table, f)] as const))
      const out: BulkDoc[] = []
      for (const part of chunks(values, IN_CHUNK)) {
        out.push(
          ...(await q
            .select(selected)
            .from(shape.table)
            .where(inList(column(shape.table, field), part))),
        )
      }
      return out
    },
  })

  /** The ids of the documents holding these keys. */
  async function idsByKey(q: QueryBuilder, shape: Shape, key: string, keys: string[]) {
    const ids = new Map<string, ID>()
    if (!shape.links.length || !keys.length) return ids
    const select = { id: column(shape.table, 'id'), key: column(shape.table, key) }
    for (const part of chunks(keys, IN_CHUNK)) {
      for (const row of await q.select(select).from(shape.table).where(inList(select.key, part)))
        ids.set(String(row.key), row.id as ID)
    }
    return ids
  }

  /**
   * One prepared multi-row INSERT per chunk, its text built from the schema's column names and handed to the
   * driver with its parameters. Drizzle's builder maps every value of every row first: for the fan-out's
   * thousand-row batches that cost two to three times the statement itself.
   */
  async function appendIfAbsent(slug: CollectionSlug, docs: BulkDoc[], key: string): Promise<number> {
    const shape = shapeOf(slug)
    const { rows } = split(shape, docs, new Date().toISOString())
    if (!rows.length) return 0
    if (shape.links.some((l) => Array.isArray(docs[0]?.[l.name])))
      throw new Error(`appendIfAbsent không ghi quan hệ nhiều giá trị (${slug})`)
    const fields = Object.keys(rows[0] as Row)
    const names = fields.map((f) => `"${column(shape.table, f).name}"`).join(', ')
    const table = `"${tableOf(db, slug).name}"`
    const conflict = `ON CONFLICT ("${column(shape.table, key).name}") DO NOTHING`
    const sqlite = db.name === 'sqlite'
    // libsql binds numbers, text and null; SQLite keeps booleans as 0/1.
    const bind = (value: unknown) => (sqlite && typeof value === 'boolean' ? Number(value) : (value ?? null))
    let added = 0
    for (const part of chunks(rows, Math.min(500, rowsPerStatement(rows)))) {
      let n = 0
      const marks = part.map(() => `(${fields.map(() => (sqlite ? '?' : `$${++n}`)).join(', ')})`).join(', ')
      const text = `INSERT INTO ${table} (${names}) VALUES ${marks} ${conflict}`
      const args = part.flatMap((row) => fields.map((f) => bind(row[f])))
      if (sqlite && db.client) added += (await db.client.execute({ sql: text, args })).rowsAffected
      else if (db.pool) added += (await db.pool.query(text, args)).rowCount ?? 0
      else throw new Error('Không tìm thấy kết nối cơ sở dữ liệu')
    }
    return added
  }

  return {
    kind: 'sql',
    ...writes(db.drizzle),
    appendIfAbsent,
    transaction: (work) => db.drizzle.transaction((tx) => work(writes(tx))),
    async inRequest(req) {
      const id = await req.transactionID
      return writes((id !== undefined && db.sessions?.[String(id)]?.db) || db.drizzle)
    },
  }
}
