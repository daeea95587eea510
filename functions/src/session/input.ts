/** Reads and checks the fields of session requests; each reader answers a value or a Vietnamese refusal. */
import { MESSAGES } from './messages.ts'

export type Read<T> = { ok: true; value: T } | { ok: false; message: string }

const ok = <T>(value: T): Read<T> => ({ ok: true, value })
const no = (message: string): Read<never> => ({ ok: false, message })

/** Card number or username: spaces dropped (cards are read off in groups), lower case like Payload stores it. */
export function readCardNumber(value: unknown): Read<string> {
  if (value === undefined || value === null || value === '') return no(MESSAGES.cardNumberMissing)
  if (typeof value !== 'string') return no(MESSAGES.cardNumberInvalid)
  const card = value.replace(/\s+/g, '').toLowerCase()
  if (!card) return no(MESSAGES.cardNumberMissing)
  if (card.length > 64 || !/^[\p{L}\p{N}._@-]+$/u.test(card)) return no(MESSAGES.cardNumberInvalid)
  return ok(card)
}

/** A password to check: any non-empty string of sane length (older passwords predate the policy). */
export function readPassword(value: unknown): Read<string> {
  if (value === undefined || value === null || value === '') return no(MESSAGES.passwordMissing)
  if (typeof value !== 'string' || value.length > 1024) return no(MESSAGES.passwordInvalid)
  return ok(value)
}

/** The code as printed on the slip; spaces and dashes people add while typing are dropped. */
export function readActivationCode(value: unknown): Read<string> {
  if (value === undefined || value === null || value === '') return no(MESSAGES.codeMissing)
  if (typeof value !== 'string') return no(MESSAGES.codeInvalid)
  const code = value.replace(/[\s-]+/g, '').toUpperCase()
  if (!/^[A-Z0-9]{8}$/.test(code)) return no(MESSAGES.codeInvalid)
  return ok(code)
}

/** The password policy (chính sách mật khẩu): at least 8 characters, at most 128, not the card number. */
export function readNewPassword(value: unknown, cardNumber: string): Read<string> {
  if (value === undefined || value === null || value === '') return no(MESSAGES.passwordTooShort)
  if (typeof value !== 'string') return no(MESSAGES.passwordInvalid)
  const length = [...value].length
  if (length < 8 || !value.trim()) return no(MESSAGES.passwordTooShort)
  if (length > 128) return no(MESSAGES.passwordTooLong)
  if (value.trim().toLowerCase() === cardNumber) return no(MESSAGES.passwordIsCard)
  return ok(value)
}
