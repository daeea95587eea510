/** POST/DELETE /fn/devices and GET /fn/push/public-key on the shared test Payload, as a member's browser calls them. */
import { createECDH, randomBytes } from 'node:crypto'
import { type AccessTree, buildAccessTree, testPayload } from '@sotay/cms/testing'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { createApp, type FunctionsApp } from '../app.ts'
import { devicesRoutes } from './index.ts'

const ORIGIN = 'http://so-tay.test'
let payload: Payload
let app: FunctionsApp
let tree: AccessTree

const subscription = (endpoint = `https://push.example.vn/${randomBytes(8).toString('hex')}`) => {
  const ecdh = createECDH('prime256v1')
  ecdh.generateKeys()
  return {
    endpoint,
    keys: { p256dh: ecdh.getPublicKey().toString('base64url'), auth: randomBytes(16).toString('base64url') },
  }
}

function call(
  method: string,
  path: string,
  token?: string,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  return app.request(
    new Request(`${ORIGIN}/fn${path}`, {
      method,
      headers: {
        origin: ORIGIN,
        'content-type': 'application/json',
        'user-agent': 'Mozilla/5.0 (Linux; Android 10) Chrome/120',
        ...(token ? { authorization: `JWT ${token}` } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
  )
}

const devicesOf = async (userId: unknown) =>
  (await payload.find({ collection: 'devices', where: { user: { equals: userId } }, depth: 0 }))
    .docs as unknown as {
    endpoint: string
    lastSeenAt: string
    userAgent: string
  }[]

beforeAll(async () => {
  payload = await testPayload()
  app = createApp({ routes: [devicesRoutes({ payload, vapidPublicKey: 'BKhoa-cong-khai' })] })
  tree = await buildAccessTree(payload, `dev${Date.now().toString(36)}`)
})

describe('/fn/devices', () => {
  it('registers a browser subscription, then refreshes it on the next open', async () => {
    const sub = subscription()
    const first = await call('POST', '/devices', tree.users.memberA1.token, sub)
    expect(first.status).toBe(201)
    const again = await call('POST', '/devices', tree.users.memberA1.token, {
      kind: 'webpush',
      subscription: sub,
    })
    expect(again.status).toBe(200)
    const mine = await devicesOf(tree.users.memberA1.id)
    expect(mine.filter((d) => d.endpoint === sub.endpoint)).toHaveLength(1)
    expect(mine[0]?.userAgent).toContain('Android')
    expect(new Date(String((await again.json()).device.lastSeenAt)).getTime()).toBeGreaterThanOrEqual(
      new Date(String((await first.json()).device.lastSeenAt)).getTime(),
    )
  })

  it('moves an endpoint to whoever registers it next (a shared phone)', async () => {
    const sub = subscription()
    await call('POST', '/devices', tree.users.memberA1.token, sub)
    expect((await call('POST', '/devices', tree.users.memberB1.token, sub)).status).toBe(200)
    expect((await devicesOf(tree.users.memberA1.id)).some((d) => d.endpoint === sub.endpoint)).toBe(false)
    expect((await devicesOf(tree.users.memberB1.id)).some((d) => d.endpoint === sub.endpoint)).toBe(true)
  })

  it('registers an Android FCM token', async () => {
    const token = `fcm-${randomBytes(24).toString('base64url')}`
    expect((await call('POST', '/devices', tree.users.memberA1.token, { kind: 'fcm', token })).status).toBe(
      201,
    )
  })

  it('refuses bad input in Vietnamese and stores nothing', async () => {
    const before = (await devicesOf(tree.users.memberA1.id)).length
    const cases: [unknown, string][] = [
      [
        { endpoint: 'http://push.example.vn/x', keys: subscription().keys },
        'Địa chỉ nhận thông báo phải dùng https.',
      ],
      [{ endpoint: 'không phải địa chỉ', keys: subscription().keys }, 'Địa chỉ nhận thông báo không hợp lệ.'],
      [
        { ...subscription(), keys: { p256dh: 'abc', auth: subscription().keys.auth } },
        'Khóa mã hóa p256dh không hợp lệ.',
      ],
      [
        { ...subscription(), keys: { p256dh: subscription().keys.p256dh, auth: 'ngắn' } },
        'Khóa xác thực auth không hợp lệ.',
      ],
      [{ kind: 'fcm', token: 'x' }, 'Mã thiết bị FCM không hợp lệ.'],
      [{ kind: 'sms' }, 'Loại thiết bị phải là "webpush" hoặc "fcm".'],
    ]
    for (const [body, message] of cases) {
      const response = await call('POST', '/devices', tree.users.memberA1.token, body)
      expect(response.status).toBe(400)
      expect((await response.json()).error.message).toBe(message)
    }
    expect((await devicesOf(tree.users.memberA1.id)).length).toBe(before)
  })

  it('refuses the signed-out and other sites', async () => {
    const sub = subscription()
    const anonymous = await call('POST', '/devices', undefined, sub)
    expect(anonymous.status).toBe(401)
    expect((await anonymous.json()).error.message).toBe(
      'Bạn cần đăng nhập để nhận thông báo trên thiết bị này.',
    )
    const crossSite = await call('POST', '/devices', tree.users.memberA1.token, sub, {
      origin: 'https://ke-gian.example',
    })
    expect(crossSite.status).toBe(403)
  })

  it("unregisters one's own device, and cannot remove someone else's", async () => {
    const mine = subscription()
    const theirs = subscription()
    await call('POST', '/devices', tree.users.memberA1.token, mine)
    await call('POST', '/devices', tree.users.memberB1.token, theirs)
    const refused = await call('DELETE', '/devices', tree.users.memberA1.token, { endpoint: theirs.endpoint })
    expect(refused.status).toBe(404)
    expect((await devicesOf(tree.users.memberB1.id)).some((d) => d.endpoint === theirs.endpoint)).toBe(true)
    const removed = await call('DELETE', '/devices', tree.users.memberA1.token, { endpoint: mine.endpoint })
    expect(await removed.json()).toEqual({ removed: 1 })
    expect((await devicesOf(tree.users.memberA1.id)).some((d) => d.endpoint === mine.endpoint)).toBe(false)
  })
})

describe('/fn/push/public-key', () => {
  it('gives the VAPID public key', async () => {
    const response = await call('GET', '/push/public-key')
    expect(await response.json()).toEqual({ publicKey: 'BKhoa-cong-khai' })
  })
})
