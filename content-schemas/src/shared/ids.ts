/** Relationship values arrive as ids or as populated docs depending on depth; these read both. */
export type ID = number | string
export type Ref = ID | { id: ID } | null | undefined

export function idOf(ref: Ref): ID | undefined {
  if (ref === null || ref === undefined) return undefined
  return typeof ref === 'object' ? ref.id : ref
}

export function idsOf(refs: Ref[] | null | undefined): ID[] {
  return (refs ?? []).map(idOf).filter((id): id is ID => id !== undefined)
}

/** Ids compare equal whatever their form: SQLite gives numbers, query strings give strings. */
export const sameId = (a: Ref, b: Ref): boolean => String(idOf(a)) === String(idOf(b))
