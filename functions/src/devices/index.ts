/**
 * The member's devices for push notices: POST /fn/devices registers or refreshes one (the app calls it on
 * every open), DELETE /fn/devices removes it, GET /fn/push/public-key gives the VAPID key to subscribe with.
 */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi'
import { dataDir, vapidKeys } from '@sotay/cms'
import type { FnEnv } from '../http/env.ts'
import { answer, json, jsonError, refusal } from '../http/json.ts'
import { jsonBody } from '../http/jsonBody.ts'
import { mount } from '../http/mount.ts'
import { type PayloadSource, payloadReady } from '../http/payloadReady.ts'
import { sameOrigin } from '../http/sameOrigin.ts'
import { signedIn } from '../http/signedIn.ts'
import { refuseInvalid } from '../http/validation.ts'
import { DeviceBody, DeviceRefBody } from './input.ts'
import { registerDevice } from './register.ts'
import { PushPublicKeySchema, RegisteredDeviceSchema, RemovedDevicesSchema } from './schemas.ts'

export interface DevicesOptions {
  payload: PayloadSource
  /** The VAPID public key; by default VAPID_PUBLIC_KEY or the key kept under data/ (shared with the CMS). */
  vapidPublicKey?: string
  /** Where the generated VAPID keys are kept (the CMS reads the same file); DATA_DIR or the repository's data/. */
  dataDir?: string
  /** Origins accepted besides the request's own (SERVER_URL behind a TLS proxy). */
  allowedOrigins?: string[]
}

const NOT_SIGNED_IN = 'Bạn cần đăng nhập để nhận thông báo trên thiết bị này.'
const tags = ['Thông báo']
const writeRefusals = {
  400: refusal('Dữ liệu thiết bị không hợp lệ'),
  401: refusal('Chưa đăng nhập'),
  403: refusal('Yêu cầu không đến từ trang của hệ thống'),
  413: refusal('Dữ liệu gửi lên quá lớn'),
  415: refusal('Không phải application/json'),
  503: refusal('Hệ thống đang khởi động'),
}

const registerRoute = createRoute({
  method: 'post',
  path: '/devices',
  operationId: 'registerDevice',
  summary: 'Đăng ký hoặc làm mới thiết bị nhận thông báo đẩy (gọi mỗi lần mở ứng dụng)',
  tags,
  request: { body: { required: true, content: { 'application/json': { schema: DeviceBody } } } },
  responses: {
    200: answer('Đã làm mới thiết bị', RegisteredDeviceSchema),
    201: answer('Đã đăng ký thiết bị mới', RegisteredDeviceSchema),
    ...writeRefusals,
  },
})

const unregisterRoute = createRoute({
  method: 'delete',
  path: '/devices',
  operationId: 'unregisterDevice',
  summary: 'Thôi nhận thông báo đẩy trên một thiết bị của mình',
  tags,
  request: { body: { required: true, content: { 'application/json': { schema: DeviceRefBody } } } },
  responses: {
    200: answer('Đã xóa', RemovedDevicesSchema),
    404: refusal('Không có thiết bị này trong danh sách của bạn'),
    ...writeRefusals,
  },
})

const publicKeyRoute = createRoute({
  method: 'get',
  path: '/push/public-key',
  operationId: 'pushPublicKey',
  summary: 'Khóa công khai VAPID để trình duyệt đăng ký nhận thông báo đẩy',
  tags,
  responses: { 200: answer('Khóa công khai (base64url)', PushPublicKeySchema) },
})

export function devicesRoutes(options: DevicesOptions): OpenAPIHono<FnEnv> {
  const publicKey = () => options.vapidPublicKey ?? vapidKeys(options.dataDir ?? dataDir()).publicKey
  // Same origin, a signed-in member, then a small JSON body: the checks both writes share.
  const write = [
    sameOrigin(options),
    payloadReady(options.payload),
    signedIn({ message: NOT_SIGNED_IN }),
    jsonBody(8 * 1024),
  ]
  const invalidDevice = refuseInvalid('invalid_device')
  const app = new OpenAPIHono<FnEnv>({ defaultHook: refuseInvalid() })

  mount(
    app,
    { ...registerRoute, middleware: write },
    async (c) => {
      const { payload, user } = c.var
      const saved = await registerDevice(
        payload,
        user.id,
        c.req.valid('json'),
        c.req.header('user-agent') ?? null,
      )
      const { created, ...view } = saved
      return json({ device: view }, { status: created ? 201 : 200 })
    },
    invalidDevice,
  )

  mount(
    app,
    { ...unregisterRoute, middleware: write },
    async (c) => {
      const { payload, user } = c.var
      // With the member's own access: someone else's endpoint is simply not found.
      const { docs } = await payload.delete({
        collection: 'devices',
        where: { endpoint: { equals: c.req.valid('json') } },
        depth: 0,
        user,
        overrideAccess: false,
      })
      if (!docs.length)
        return jsonError(
          404,
          'device_not_found',
          'Không tìm thấy thiết bị này trong danh sách nhận thông báo của bạn.',
        )
      return json({ removed: docs.length })
    },
    invalidDevice,
  )

  mount(app, publicKeyRoute, () =>
    json({ publicKey: publicKey() }, { headers: { 'cache-control': 'public, max-age=3600' } }),
  )
  return app
}
