/**
 * Server-owned user fields. Field access already drops a client's write to them silently; this hook turns an
 * attempt to change one into a Vietnamese 403, so nobody believes a card number was changed when it was not,
 * and it narrows what a person may change on their own account. Trusted server code (the reissue endpoint,
 * activation, imports, the seed) writes with overrideAccess and is not checked here: it did its own checks.
 */
import {
  asSessionUser,
  canResetAccount,
  hasAnyGrant,
  type ResettableAccount,
  sameId,
} from '@sotay/content-schemas'
import { APIError, type CollectionBeforeOperationHook } from 'payload'

/**
 * Identity and account state: the card number (changed only by `reissue-card`), activation, lockout,
 * sessions, password material and whatever Payload's auth keeps. Grants have their own guard (guardGrants).
 */
export const SERVER_OWNED_USER_FIELDS = [
  'username',
  'activationCode',
  'activatedAt',
  'cardHistory',
  'loginAttempts',
  'lockUntil',
  'sessions',
  'resetPasswordToken',
  'resetPasswordExpiration',
  'salt',
  'hash',
  '_verified',
  '_verificationToken',
  'enableAPIKey',
  'apiKey',
  'apiKeyIndex',
] as const

/** All a person may change on their own account from the member app: how to reach them. */
export const SELF_EDITABLE_USER_FIELDS = ['phone', 'email', 'notificationSettings'] as const

const OWNED = new Set<string>(SERVER_OWNED_USER_FIELDS)

/**
 * Fields a member's write is already refused on by another guard, which keeps its own answer: field access
 * drops home cell and membership dates silently (member admins only), guardGrants refuses grants, and the
 * lineage hook recomputes orgAncestors.
 */
const GUARDED_ELSEWHERE = new Set(['org', 'orgAncestors', 'grants', 'status', 'admittedAt', 'officialAt'])

/** Names a person reads in the refusal; Payload's internal fields are all "trạng thái đăng nhập". */
const FIELD_NAMES: Record<string, string> = {
  username: 'số thẻ đảng viên',
  activationCode: 'mã kích hoạt',
  activatedAt: 'ngày kích hoạt',
  cardHistory: 'lịch sử số thẻ',
}
const fieldNames = (fields: string[]) => [
  ...new Set(fields.map((f) => FIELD_NAMES[f] ?? 'trạng thái đăng nhập của tài khoản')),
]

export const MESSAGES = {
  serverOwned: (fields: string[]) =>
    `Không được sửa trực tiếp ${fieldNames(fields).join(', ')}: số thẻ chỉ đổi qua "Cấp lại thẻ", trạng thái tài khoản do hệ thống quản lý.`,
  selfOnly:
    'Bạn chỉ được sửa số điện thoại, email và cài đặt thông báo của mình. Các thông tin khác do chi bộ cập nhật.',
  password:
    'Không được đặt mật khẩu cho tài khoản khác. Hãy dùng "Cấp lại mã kích hoạt" cho đảng viên trong phạm vi bạn quản lý.',
} as const

/** One comparable form for what a client sends and what is stored (ids, dates, arrays of rows). */
function comparable(value: unknown): string | null {
  if (value === undefined || value === null || value === '') return null
  if (value instanceof Date) return value.toISOString()
  if (Array.isArray(value)) return value.length ? JSON.stringify(value.map(comparable)) : null
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
    // A populated relationship and its id are the same value; row ids are the server's.
    if ('id' in value && entries.length > 0 && !entries.some(([k]) => k !== 'id' && k !== 'collection')) {
      return comparable((value as { id: unknown }).id)
    }
    return JSON.stringify(
      entries
        .filter(([k]) => k !== 'id')
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, comparable(v)]),
    )
  }
  return String(value)
}

const changedKeys = (data: Record<string, unknown>, stored: Record<string, unknown> | null) =>
  Object.keys(data).filter((key) => comparable(data[key]) !== comparable(stored?.[key]))

const refuse = (message: string) => new APIError(message, 403, null, true)

export const guardAccountFields: CollectionBeforeOperationHook<'users'> = async ({
  args,
  operation,
  overrideAccess,
  req,
}) => {
  if (operation !== 'create' && operation !== 'update') return args
  const actor = asSessionUser(req.user)
  // Trusted server code writes with overrideAccess; an anonymous write is refused by access already.
  if ((overrideAccess ?? args.overrideAccess) || !actor) return args
  const data = (args.data ?? {}) as Record<string, unknown>
  const id = (args as { id?: number | string }).id

  const stored =
    operation === 'update' && id !== undefined
      ? ((await req.payload.findByID({
          collection: 'users',
          id,
          depth: 0,
          overrideAccess: true,
          showHiddenFields: true,
          disableErrors: true,
          req,
        })) as Record<string, unknown> | null)
      : null
  const changed = changedKeys(data, stored)

  // A member admin creates accounts with a card number; after that the number is the reissue endpoint's.
  const owned = changed.filter((key) => OWNED.has(key) && !(operation === 'create' && key === 'username'))
  if (owned.length) throw refuse(MESSAGES.serverOwned(owned))

  const onSelf = id !== undefined && sameId(id, actor.id)
  if (operation === 'update' && !hasAnyGrant(actor)) {
    // A member can only update themselves (access); `password` is not in the list: a plain member gets a
    // new code from the secretary instead of changing it with nothing but a session cookie.
    const allowed = new Set<string>(SELF_EDITABLE_USER_FIELDS)
    if (changed.some((key) => !allowed.has(key) && !GUARDED_ELSEWHERE.has(key)))
      throw refuse(MESSAGES.selfOnly)
  }
  if (operation === 'update' && !onSelf && data.password !== undefined && data.password !== '') {
    if (!stored || !canResetAccount(actor, stored as unknown as ResettableAccount))
      throw refuse(MESSAGES.password)
  }
  return args
}
