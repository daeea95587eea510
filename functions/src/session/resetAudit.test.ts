/** A reset (cấp lại mã kích hoạt) through /fn/session/reset is audited: who, whose account, from where; never the code. */

import { type AccessTree, buildAccessTree, testPayload } from '@sotay/cms/testing'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { FunctionsApp } from '../app.ts'
import { call, cookieOf, importedMember, sessionApp } from './testing.ts'

let payload: Payload
let app: FunctionsApp
let tree: AccessTree

beforeAll(async () => {
  payload = await testPayload()
  app = sessionApp(payload)
  tree = await buildAccessTree(payload, `rsa${Date.now()}`)
})

describe('POST /fn/session/reset and the audit log', () => {
  it('records the reset with the secretary, the member, the cell and the address, without the new code', async () => {
    const m = await importedMember(payload, tree.orgs.a1, 'Lò Văn Sáng')
    const session = cookieOf(
      await call(app, '/session/login', {
        body: { cardNumber: tree.users.secretaryA1.username, password: 'MatKhau@2026' },
      }),
    )
    const response = await call(app, '/session/reset', {
      body: { cardNumber: m.cardNumber },
      cookie: session,
      ip: '203.0.113.50',
    })
    expect(response.status).toBe(200)
    const { activationCode } = await response.json()

    const found = await payload.find({
      collection: 'audit-log',
      where: { and: [{ collectionSlug: { equals: 'users' } }, { docId: { equals: String(m.id) } }] },
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
    const entries = found.docs as any[]
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({
      action: 'reset',
      actor: tree.users.secretaryA1.id,
      actorName: tree.users.secretaryA1.fullName,
      docTitle: 'Lò Văn Sáng',
      org: tree.orgs.a1.id,
      ip: '203.0.113.50',
    })
    expect(entries[0].changes).toContainEqual({ field: 'activationCode', secret: true })
    // The old password stops working: a new (random) one is named, never valued.
    expect(entries[0].changes).toContainEqual({ field: 'password', secret: true })
    expect(JSON.stringify(entries)).not.toContain(activationCode)
    expect(JSON.stringify(entries)).not.toContain(m.activationCode)
  })
})
