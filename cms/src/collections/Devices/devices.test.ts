/** Devices belong to one member: the rules ownDevices / registerOwnDevice / readDeliveries, each tried across. */
import type { ID } from '@sotay/content-schemas'
import { handleEndpoints, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { type AccessTree, buildAccessTree, type TreeUser } from '../../../test/fixtures/accessTree.ts'
import { testPayload } from '../../../test/payload.ts'
import { pruneStaleDevices } from './prune.ts'

let payload: Payload
let tree: AccessTree
let deviceA1: { id: number | string }
let deviceB1: { id: number | string }
const P = `TB${Date.now().toString(36)}`

const rest = (path: string, user: TreeUser, init: RequestInit = {}) =>
  handleEndpoints({
    config: payload.config,
    request: new Request(`http://localhost/api${path}`, {
      ...init,
      headers: {
        Authorization: `JWT ${user.token}`,
        'Content-Type': 'application/json',
        ...(init.headers ?? {}),
      },
    }),
  })

const device = (user: { id: ID }, name: string, lastSeenAt = new Date()) =>
  payload.create({
    collection: 'devices',
    data: {
      kind: 'fcm',
      endpoint: `${P}-${name}-${'t'.repeat(30)}`,
      user: user.id,
      lastSeenAt: lastSeenAt.toISOString(),
    },
  })

beforeAll(async () => {
  payload = await testPayload()
  tree = await buildAccessTree(payload, P)
  deviceA1 = await device(tree.users.memberA1, 'a1')
  deviceB1 = await device(tree.users.memberB1, 'b1')
})

describe('devices', () => {
  it('a member lists only their own devices', async () => {
    const body = await (await rest('/devices?limit=0&depth=0', tree.users.memberA1)).json()
    expect(body.docs.map((d: { id: unknown }) => String(d.id))).toEqual([String(deviceA1.id)])
  })

  it("a member cannot read or delete another member's device", async () => {
    expect((await rest(`/devices/${deviceB1.id}`, tree.users.memberA1)).status).toBe(404)
    const response = await rest(`/devices/${deviceB1.id}`, tree.users.memberA1, { method: 'DELETE' })
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(
      (await payload.find({ collection: 'devices', where: { id: { equals: deviceB1.id } } })).totalDocs,
    ).toBe(1)
  })

  it('an admin of the subtree does not see members’ devices either', async () => {
    const body = await (await rest('/devices?limit=0', tree.users.adminA)).json()
    expect(body.docs).toEqual([])
  })

  it('a member cannot register a device for someone else, nor move one by update', async () => {
    const forOther = await rest('/devices', tree.users.memberA1, {
      method: 'POST',
      body: JSON.stringify({
        kind: 'fcm',
        endpoint: `${P}-stolen-${'x'.repeat(30)}`,
        user: tree.users.memberB1.id,
      }),
    })
    expect(forOther.status).toBe(403)
    const moved = await rest(`/devices/${deviceA1.id}`, tree.users.memberA1, {
      method: 'PATCH',
      body: JSON.stringify({ user: tree.users.memberB1.id }),
    })
    expect(moved.status).toBe(403)
  })

  it('a member removes their own device', async () => {
    const mine = await device(tree.users.memberA1, 'a1-2')
    expect((await rest(`/devices/${mine.id}`, tree.users.memberA1, { method: 'DELETE' })).status).toBe(200)
  })
})

describe('delivery log', () => {
  it('only a system administrator reads it; nobody writes it over the API', async () => {
    expect((await rest('/deliveries?limit=1', tree.users.memberA1)).status).toBe(403)
    expect((await rest('/deliveries?limit=1', tree.users.adminA)).status).toBe(403)
    expect((await rest('/deliveries?limit=1', tree.users.superadmin)).status).toBe(200)
    const write = await rest('/deliveries', tree.users.superadmin, {
      method: 'POST',
      body: JSON.stringify({ key: `${P}:x`, notice: 'x', recipient: 'x', channel: 'email', status: 'sent' }),
    })
    expect(write.status).toBe(403)
  })
})

describe('pruneStaleDevices', () => {
  it('removes devices unseen for 60 days, and Apple endpoints unseen for 30', async () => {
    const now = new Date()
    const days = (n: number) => new Date(now.getTime() - n * 86_400_000)
    const fresh = await device(tree.users.memberA1, 'fresh', days(1))
    const old = await device(tree.users.memberA1, 'old', days(61))
    const apple = (name: string, seen: Date) =>
      payload.create({
        collection: 'devices',
        data: {
          kind: 'webpush',
          endpoint: `https://web.push.apple.com/${P}-${name}`,
          keys: { p256dh: 'x', auth: 'y' },
          user: tree.users.memberA1.id,
          lastSeenAt: seen.toISOString(),
        },
      })
    const appleOld = await apple('old', days(31))
    const appleFresh = await apple('fresh', days(3))
    await pruneStaleDevices(payload, now)
    const left = await payload.find({
      collection: 'devices',
      where: { id: { in: [fresh.id, old.id, appleOld.id, appleFresh.id] } },
      limit: 0,
    })
    expect(left.docs.map((d) => d.id).sort()).toEqual([fresh.id, appleFresh.id].sort())
  })
})
