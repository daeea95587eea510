/**
 * Keeps a refusal's field errors in the REST answer. In the production Next build Payload's error classes are
 * bundled more than once, so Payload's `formatErrors` fails `instanceof ValidationError` for an error thrown by
 * our hooks and answers `{ errors: [{ message }] }` alone: the admin then cannot put the reason on its field.
 * Only public refusals (4xx) with `data.errors` are rewritten; anything else keeps Payload's answer.
 */
import type { AfterErrorHook } from 'payload'

interface FieldErrors {
  status?: number
  isPublic?: boolean
  data?: { errors?: { path?: string; message?: string }[] }
}

export const keepFieldErrors: AfterErrorHook = ({ error, result }) => {
  const { status, isPublic, data } = error as Error & FieldErrors
  if (!result || !Array.isArray(data?.errors) || isPublic === false) return
  if (status === undefined || status < 400 || status >= 500) return
  return { response: { errors: [{ name: error.name, message: error.message, data }] }, status }
}
