/** Every row of a table as the engine stores it, with no Payload in between: what a test of "what is kept" reads. */
import type { Payload } from 'payload'

export async function rawRows(
  payload: Payload,
  table: string,
  where: string,
): Promise<Record<string, unknown>[]> {
  const db = payload.db as unknown as {
    name: string
    pool?: { query: (q: string) => Promise<{ rows: Record<string, unknown>[] }> }
    client?: { execute: (q: string) => Promise<{ rows: Record<string, unknown>[]; columns: string[] }> }
  }
  if (db.name === 'postgres') return (await db.pool!.query(`SELECT * FROM "${table}" WHERE ${where}`)).rows
  const result = await db.client!.execute(`SELECT * FROM "${table}" WHERE ${where}`)
  return result.rows.map((row) => Object.fromEntries(result.columns.map((c) => [c, row[c as never]])))
}
