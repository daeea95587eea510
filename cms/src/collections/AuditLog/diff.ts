/**
 * Which fields a write changed, compared by stored value: relationships as ids (the written document may be
 * populated to some depth while the previous one is not), layout fields flattened like the database does.
 */
import type { Field } from 'payload'
import type { FieldChange } from './entry.ts'
import { isSecretName, redact } from './redact.ts'

/** Bookkeeping every write or sign-in touches; recording it would only be noise. */
const IGNORED = new Set([
  'id',
  'createdAt',
  'updatedAt',
  'sessions',
  'loginAttempts',
  'lockUntil',
  'resetPasswordToken',
  'resetPasswordExpiration',
])

type Doc = Record<string, unknown> | null | undefined

/** The named fields of a level, with rows, collapsibles and unnamed tabs looked through. */
function namedFields(fields: Field[]): Field[] {
  return fields.flatMap((field): Field[] => {
    if ('name' in field && field.name) return [field]
    if (field.type === 'tabs') {
      return field.tabs.flatMap((tab) =>
        'name' in tab && tab.name ? [{ ...tab, type: 'group' } as Field] : namedFields(tab.fields),
      )
    }
    return 'fields' in field ? namedFields(field.fields) : []
  })
}

const idOfRef = (value: unknown): unknown => {
  if (!value || typeof value !== 'object') return value
  const ref = value as { id?: unknown; relationTo?: unknown; value?: unknown }
  if ('relationTo' in ref && 'value' in ref) return { relationTo: ref.relationTo, value: idOfRef(ref.value) }
  return 'id' in ref ? ref.id : value
}

/** A field's value in a form that compares equal whenever the stored data is equal. */
function stored(field: Field, value: unknown): unknown {
  // An empty list or text and none are the same stored state (a new document's empty arrays are no change).
  if (value === undefined || value === null || value === '') return null
  if (Array.isArray(value) && value.length === 0) return null
  switch (field.type) {
    case 'relationship':
    case 'upload':
      return Array.isArray(value) ? value.map(idOfRef) : idOfRef(value)
    case 'array':
      return Array.isArray(value) ? value.map((row) => storedRow(field.fields, row as Doc)) : value
    case 'group':
      return 'fields' in field ? storedRow(field.fields, value as Doc) : value
    case 'blocks':
      // Blocks are compared as written; their content is summarised by `redact`.
      return value
    default:
      return value
  }
}

/** A row or group; array rows keep their row id out so that reordering-free edits compare by content. */
function storedRow(fields: Field[], row: Doc): Record<string, unknown> | null {
  if (!row) return null
  const out: Record<string, unknown> = {}
  for (const field of namedFields(fields)) {
    if ('name' in field && field.name !== 'id') out[field.name] = stored(field, row[field.name])
  }
  return out
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/**
 * The changes between `before` and `after` (either may be absent: a create has no before, a delete no after).
 * Secret fields are listed by name only; every other value goes through `redact`.
 */
export function changedFields(fields: Field[], before: Doc, after: Doc): FieldChange[] {
  const changes: FieldChange[] = []
  for (const field of namedFields(fields)) {
    if (!('name' in field) || IGNORED.has(field.name)) continue
    // Hidden fields (an account's hash, salt, sessions) are in the stored document but never in the written
    // one, so they would always look changed; a new password is named by the caller from the request instead.
    if ('hidden' in field && field.hidden === true) continue
    const name = field.name
    // A field the written document does not carry (not readable by its author) is unknown, not emptied.
    if (before && after && !(name in after)) continue
    const was = before ? stored(field, before[name]) : null
    const now = after ? stored(field, after[name]) : null
    if (same(was, now)) continue
    if (isSecretName(name)) {
      changes.push({ field: name, secret: true })
      continue
    }
    const change: FieldChange = { field: name }
    if (before) change.before = redact(was)
    if (after) change.after = redact(now)
    changes.push(change)
  }
  return changes
}
