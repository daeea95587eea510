/**
 * The member's devices for push notices: POST /fn/devices registers or refreshes one (the app calls it on
 * every open), DELETE /fn/devices removes it, GET /fn/push/public-key gives the VAPID key to subscribe with.
 */
import { dataDir, vapidKeys } from '@sotay/cms'
import type { Payload } from 'payload'
import { readJsonObject } from '../http/body.ts'
import { json, jsonError } from '../http/json.ts'
import { refuseCrossOrigin } from '../http/origin.ts'
import type { Handler, Route } from '../http/route.ts'
import { currentUser } from '../session/member.ts'
import { readDevice, readDeviceRef } from './input.ts'
import { deleteOperation, publicKeyOperation, registerOperation } from './openapi.ts'
import { registerDevice } from './register.ts'

export interface DevicesOptions {
  payload: Payload | Promise<Payload>
  /** The VAPID public key; by default VAPID_PUBLIC_KEY or the key kept under data/ (shared with the CMS). */
  vapidPublicKey?: string
  /** Where the generated VAPID keys are kept (the CMS reads the same file); DATA_DIR or the repository's data/. */
  dataDir?: string
  /** Origins accepted besides the request's own (SERVER_URL behind a TLS proxy). */
  allowedOrigins?: string[]
}

const NOT_SIGNED_IN = 'Bạn cần đăng nhập để nhận thông báo trên thiết bị này.'

export function devicesRoutes(options: DevicesOptions): Route[] {
  const payload = Promise.resolve(options.payload)
  payload.catch(() => {})
  const publicKey = () => options.vapidPublicKey ?? vapidKeys(options.dataDir ?? dataDir()).publicKey

  /** The checks both writes share: same origin, a signed-in member, a small JSON body. */
  const guarded = (
    write: (
      p: Payload,
      user: { id: number | string },
      body: Record<string, unknown>,
      request: Request,
    ) => Promise<Response>,
  ): Handler => {
    return async (request) => {
      const crossOrigin = refuseCrossOrigin(request, { allowedOrigins: options.allowedOrigins })
      if (crossOrigin) return crossOrigin
      const p = await payload
      const user = await currentUser(p, request)
      if (!user) return jsonError(401, 'not_signed_in', NOT_SIGNED_IN)
      const body = await readJsonObject(request, { maxBytes: 8 * 1024 })
      if (!body.ok) return body.response
      return write(p, user, body.value, request)
    }
  }

  return [
    {
      method: 'POST',
      path: '/devices',
      operation: registerOperation,
      handler: guarded(async (p, user, body, request) => {
        const device = readDevice(body)
        if (!device.ok) return jsonError(400, 'invalid_device', device.message)
        const saved = await registerDevice(p, user.id, device.value, request.headers.get('user-agent'))
        const { created, ...view } = saved
        return json({ device: view }, { status: created ? 201 : 200 })
      }),
    },
    {
      method: 'DELETE',
      path: '/devices',
      operation: deleteOperation,
      handler: guarded(async (p, user, body) => {
        const ref = readDeviceRef(body)
        if (!ref.ok) return jsonError(400, 'invalid_device', ref.message)
        // With the member's own access: someone else's endpoint is simply not found.
        const { docs } = await p.delete({
          collection: 'devices' as never,
          where: { endpoint: { equals: ref.value } },
          depth: 0,
          user: user as never,
          overrideAccess: false,
        })
        if (!docs.length)
          return jsonError(
            404,
            'device_not_found',
            'Không tìm thấy thiết bị này trong danh sách nhận thông báo của bạn.',
          )
        return json({ removed: docs.length })
      }),
    },
    {
      method: 'GET',
      path: '/push/public-key',
      operation: publicKeyOperation,
      handler: () =>
        json({ publicKey: publicKey() }, { headers: { 'cache-control': 'public, max-age=3600' } }),
    },
  ]
}
