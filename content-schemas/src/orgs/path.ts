/**
 * The materialised org path shared with the lists work: an org's lineage root first, ids as stored,
 * '/' on both ends (`/1/12/40/`). A subtree is then one indexed range on the text, not a join.
 */
import type { Where } from 'payload'
import type { ID } from '../shared/ids.ts'

export const orgPathOf = (lineage: readonly ID[]): string => `/${lineage.join('/')}/`

/**
 * Rows whose `field` lies under `path`: `path <= field < path with its last '/' raised to '0'`. '0' is the
 * character after '/', so the range holds exactly the strings starting with `path` under byte order
 * (SQLite's BINARY, PostgreSQL's C collation) and under MongoDB's string order alike.
 */
export function pathPrefixRange(field: string, path: string): Where {
  return {
    and: [{ [field]: { greater_than_equal: path } }, { [field]: { less_than: `${path.slice(0, -1)}0` } }],
  }
}
