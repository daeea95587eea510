/** The zod schemas of the session requests: each validates, normalises and documents one field, refusing in Vietnamese. */
import { z } from '@hono/zod-openapi'
import { MESSAGES } from './messages.ts'

/** A string field whose absence (missing, null, '') and wrong type have their own messages. */
const text = (missing: string, invalid: string) =>
  z.string({ error: (issue) => (issue.input === undefined || issue.input === null ? missing : invalid) })

/** Card number or username: spaces dropped (cards are read off in groups), lower case like Payload stores it. */
export const CardNumber = text(MESSAGES.cardNumberMissing, MESSAGES.cardNumberInvalid)
  .transform((value) => value.replace(/\s+/g, '').toLowerCase())
  .pipe(
    z
      .string()
      .min(1, MESSAGES.cardNumberMissing)
      .max(64, MESSAGES.cardNumberInvalid)
      .regex(/^[\p{L}\p{N}._@-]+$/u, MESSAGES.cardNumberInvalid),
  )
  .openapi({ description: 'Số thẻ đảng viên (hoặc tên đăng nhập)', example: '0123 4567 8901' })

/** A password to check: any non-empty string of sane length (older passwords predate the policy). */
export const Password = text(MESSAGES.passwordMissing, MESSAGES.passwordInvalid)
  .min(1, MESSAGES.passwordMissing)
  .max(1024, MESSAGES.passwordInvalid)

/** The code as printed on the slip; spaces and dashes people add while typing are dropped. */
export const ActivationCode = text(MESSAGES.codeMissing, MESSAGES.codeInvalid)
  .min(1, MESSAGES.codeMissing)
  .transform((value) => value.replace(/[\s-]+/g, '').toUpperCase())
  .pipe(z.string().regex(/^[A-Z0-9]{8}$/, MESSAGES.codeInvalid))
  .openapi({ description: 'Mã kích hoạt 8 ký tự in trên phiếu', example: 'AB12-CD34' })

/** The password policy (chính sách mật khẩu): at least 8 characters, at most 128 (checked against the card below). */
export const NewPassword = text(MESSAGES.passwordTooShort, MESSAGES.passwordInvalid)
  .refine((value) => [...value].length >= 8 && value.trim() !== '', MESSAGES.passwordTooShort)
  .refine((value) => [...value].length <= 128, MESSAGES.passwordTooLong)
  .openapi({ description: 'Mật khẩu mới: 8 đến 128 ký tự, khác số thẻ' })

export const LoginBody = z.object({ cardNumber: CardNumber, password: Password })

export const ActivateBody = z
  .object({ cardNumber: CardNumber, activationCode: ActivationCode, newPassword: NewPassword })
  .refine((body) => body.newPassword.trim().toLowerCase() !== body.cardNumber, {
    message: MESSAGES.passwordIsCard,
    path: ['newPassword'],
  })

export const ResetBody = z.object({ cardNumber: CardNumber })
