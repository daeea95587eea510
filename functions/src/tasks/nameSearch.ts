/**
 * An accent-folded name match the database runs: neither engine folds Vietnamese, so each letter of the folded
 * query becomes the class of every way it is written ("nguyen" matches "Nguyễn", "NGUYỄN"). SQLite's GLOB and
 * PostgreSQL's regular expressions both take such classes; only the page asked for ever leaves the database.
 */
import type { ReportDb } from '@sotay/cms/reports'
import { searchKey } from '@sotay/content-schemas'

const VARIANTS: Record<string, string> = {
  a: 'aàáảãạăằắẳẵặâầấẩẫậ',
  d: 'dđ',
  e: 'eèéẻẽẹêềếểễệ',
  i: 'iìíỉĩị',
  o: 'oòóỏõọôồốổỗộơờớởỡợ',
  u: 'uùúủũụưừứửữự',
  y: 'yỳýỷỹỵ',
}

/** Every written form of one folded character, lower and upper case. */
function formsOf(char: string): string[] {
  const lower = VARIANTS[char] ?? char
  return [...new Set([...lower, ...lower.toUpperCase()])]
}

/** GLOB (`*[nN][gG]…*`) or regular expression (`[nN][gG]…`) for a folded query; every other character literal. */
export function foldedPattern(q: string, engine: ReportDb['engine']): string | null {
  const key = searchKey(q)
  if (!key) return null
  const literal = (c: string) => (engine === 'sqlite' ? `[${c}]` : c.replace(/[\\^$.|?*+()[\]{}-]/g, '\\$&'))
  const body = [...key]
    .map((c) => {
      const forms = formsOf(c)
      return forms.length > 1 ? `[${forms.join('')}]` : literal(c)
    })
    .join('')
  return engine === 'sqlite' ? `*${body}*` : body
}

/** The condition "`column` contains the folded query", for a statement of `db`. */
export function nameMatches(db: ReportDb, column: unknown, pattern: string) {
  return db.engine === 'sqlite' ? db.sql`${column} glob ${pattern}` : db.sql`${column} ~ ${pattern}`
}
