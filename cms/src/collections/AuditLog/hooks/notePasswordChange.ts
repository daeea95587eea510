/**
 * A new password is hashed and dropped from the data before `afterChange` runs on an update, so it is noted
 * here, by document id, for that write's audit entry to name (never to value).
 */
import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

const KEY = 'auditPasswordSet'

const noted = (req: PayloadRequest): Set<string> => {
  req.context[KEY] ??= new Set<string>()
  return req.context[KEY] as Set<string>
}

export const notePasswordChange: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (
    operation === 'update' &&
    originalDoc?.id != null &&
    typeof data.password === 'string' &&
    data.password
  ) {
    noted(req).add(String(originalDoc.id))
  }
  return data
}

/** Whether this write set a password (and forgets it, so a later write in the request is not mistaken). */
export function passwordWasSet(req: PayloadRequest, id: unknown, data: Record<string, unknown> | undefined) {
  if (typeof data?.password === 'string' && data.password) return true
  return noted(req).delete(String(id))
}
