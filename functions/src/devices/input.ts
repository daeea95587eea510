/** The zod schemas of what a browser or the Android app sends to register a device; every refusal says why in Vietnamese. */

import { z } from '@hono/zod-openapi'
import type { DeviceKind } from '@sotay/content-schemas'

export interface DeviceInput {
  kind: DeviceKind
  endpoint: string
  keys?: { p256dh: string; auth: string }
}

type JsonObject = Record<string, unknown>
type Read<T> = { ok: true; value: T } | { ok: false; message: string }

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]'])

const base64urlBytes = (value: unknown): number =>
  typeof value === 'string' && /^[A-Za-z0-9_-]+={0,2}$/.test(value)
    ? Buffer.from(value, 'base64url').length
    : -1

/** A push service URL: https (plain http only on this machine, for development and tests). */
function readEndpoint(value: unknown): Read<string> {
  if (typeof value !== 'string' || !value.trim())
    return { ok: false, message: 'Thiếu địa chỉ nhận thông báo (endpoint).' }
  if (value.length > 2048) return { ok: false, message: 'Địa chỉ nhận thông báo quá dài.' }
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return { ok: false, message: 'Địa chỉ nhận thông báo không hợp lệ.' }
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) {
    return { ok: false, message: 'Địa chỉ nhận thông báo phải dùng https.' }
  }
  return { ok: true, value: url.href }
}

function readFcmToken(value: unknown): Read<string> {
  if (typeof value !== 'string' || !/^[A-Za-z0-9_:.-]{20,4096}$/.test(value)) {
    return { ok: false, message: 'Mã thiết bị FCM không hợp lệ.' }
  }
  return { ok: true, value }
}

/** A Web Push subscription as `PushSubscription.toJSON()` gives it, or `{ kind: 'fcm', token }`. */
function readDevice(body: JsonObject): Read<DeviceInput> {
  const kind = body.kind ?? 'webpush'
  if (kind === 'fcm') {
    const token = readFcmToken(body.token)
    return token.ok ? { ok: true, value: { kind: 'fcm', endpoint: token.value } } : token
  }
  if (kind !== 'webpush') return { ok: false, message: 'Loại thiết bị phải là "webpush" hoặc "fcm".' }
  const subscription = (
    typeof body.subscription === 'object' && body.subscription ? body.subscription : body
  ) as JsonObject
  const endpoint = readEndpoint(subscription.endpoint)
  if (!endpoint.ok) return endpoint
  const keys = (subscription.keys ?? {}) as JsonObject
  // P-256 public key, uncompressed (65 bytes), and a 16-byte auth secret (RFC 8291).
  if (base64urlBytes(keys.p256dh) !== 65) return { ok: false, message: 'Khóa mã hóa p256dh không hợp lệ.' }
  if (base64urlBytes(keys.auth) !== 16) return { ok: false, message: 'Khóa xác thực auth không hợp lệ.' }
  return {
    ok: true,
    value: {
      kind: 'webpush',
      endpoint: endpoint.value,
      keys: { p256dh: String(keys.p256dh), auth: String(keys.auth) },
    },
  }
}

/** DELETE names the device by its endpoint (Web Push) or token (FCM). */
function readDeviceRef(body: JsonObject): Read<string> {
  if (typeof body.token === 'string') return readFcmToken(body.token)
  const subscription = (
    typeof body.subscription === 'object' && body.subscription ? body.subscription : body
  ) as JsonObject
  return readEndpoint(subscription.endpoint)
}

/** Runs a reader as a zod transform: its value, or its Vietnamese message as the issue. */
const checkedBy =
  <T>(read: (body: JsonObject) => Read<T>) =>
  (body: JsonObject, ctx: z.RefinementCtx): T => {
    const result = read(body)
    if (result.ok) return result.value
    ctx.addIssue({ code: 'custom', message: result.message })
    return z.NEVER
  }

/** What both calls may carry, documented only: the readers above check every field and say what is wrong. */
const deviceFields = {
  kind: z
    .unknown()
    .optional()
    .openapi({ type: 'string', enum: ['webpush', 'fcm'], description: 'Mặc định webpush' }),
  endpoint: z
    .unknown()
    .optional()
    .openapi({ type: 'string', description: 'PushSubscription.endpoint (https)' }),
  keys: z
    .unknown()
    .optional()
    .openapi({ type: 'object', description: 'PushSubscription.keys: p256dh, auth' }),
  subscription: z.unknown().optional().openapi({ type: 'object', description: 'PushSubscription.toJSON()' }),
  token: z.unknown().optional().openapi({ type: 'string', description: 'Mã FCM của ứng dụng Android' }),
}

/** POST /fn/devices: `PushSubscription.toJSON()` (bare or as `subscription`) or `{ kind: 'fcm', token }`. */
export const DeviceBody = z
  .looseObject(deviceFields)
  .transform(checkedBy(readDevice))
  .openapi({ description: 'Đăng ký Web Push (PushSubscription.toJSON()) hoặc mã FCM của ứng dụng Android' })

/** DELETE /fn/devices names the device by its endpoint (Web Push) or token (FCM). */
export const DeviceRefBody = z.looseObject(deviceFields).transform(checkedBy(readDeviceRef))
