/**
 * A refusal that belongs to one field: the admin shows `message` under that field and, as the toast, the same
 * Vietnamese sentence instead of Payload's "Field sau không hợp lệ: <path>". API clients get the message and
 * `data.errors[{ path, message }]` as for Payload's own validation. Payload 3.90.1's form shows it under the field
 * and then drops it within seconds, with the toast, when it merges the next server form state (a field `validate`
 * with the same rule did not keep it there on Documents, a drafts collection); Documents/admin/ClassifiedRefusal
 * keeps its reason in view from the field's value.
 */
import { type PayloadRequest, ValidationError } from 'payload'

export function fieldRefusal(
  req: PayloadRequest,
  collection: string | undefined,
  path: string,
  message: string,
  status = 400,
): ValidationError {
  const error = new ValidationError({ collection, errors: [{ path, message }], req }, req.t)
  error.message = message
  // A refusal by rights (403) or state (409) keeps its status; the field still carries the reason.
  error.status = status
  return error
}
