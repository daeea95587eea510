import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { memoryRateLimiter } from '@sotay/cms/auth'
import { type AccessTree, buildAccessTree, testPayload } from '@sotay/cms/testing'
import type { APIGatewayProxyResult, LambdaEvent } from 'hono/aws-lambda'
import { handle } from 'hono/aws-lambda'
import { beforeAll, describe, expect, it } from 'vitest'
import { lambdaApp } from './app.ts'
import { type GatewayCall, gatewayEvent } from './gatewayEvent.ts'

const DOMAIN = 'sotay.example.vn'
const ORIGIN = `https://${DOMAIN}`

const event = (call: GatewayCall) =>
  gatewayEvent({
    ...call,
    headers: { origin: ORIGIN, 'content-type': 'application/json', ...call.headers },
  }) as unknown as LambdaEvent

let handler: (event: LambdaEvent) => Promise<APIGatewayProxyResult & { cookies?: string[] }>
let app: ReturnType<typeof lambdaApp>
let tree: AccessTree
const send = (call: GatewayCall) => handler(event(call))

beforeAll(async () => {
  const payload = await testPayload()
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sotay-lambda-'))
  app = lambdaApp({ payload, rateLimiter: memoryRateLimiter(), allowedOrigins: [ORIGIN], dataDir })
  handler = handle(app) as typeof handler
  tree = await buildAccessTree(payload, `lam${Date.now()}`)
})

describe('the functions through Hono’s AWS Lambda adapter', () => {
  it('answers every route of /fn/openapi.json with a status it documents, signed in or not', async () => {
    const doc = JSON.parse((await send({ method: 'GET', path: '/fn/openapi.json' })).body)
    const operations = Object.entries(doc.paths as Record<string, Record<string, { responses: object }>>)
      .flatMap(([route, methods]) => Object.entries(methods).map(([method, op]) => ({ route, method, op })))
      // Signing out ends the member's session: last.
      .sort((a, b) => Number(a.route === '/session/logout') - Number(b.route === '/session/logout'))
    expect(operations.length).toBeGreaterThanOrEqual(17)
    const member = tree.users.memberA1
    for (const who of [null, member]) {
      for (const { route, method, op } of operations) {
        const result = await send({
          method: method.toUpperCase(),
          path: `/fn${route.replace(/\{\w+\}/g, 'x1')}`,
          body: method === 'get' ? undefined : '{}',
          headers: who ? { authorization: `JWT ${who.token}` } : {},
        })
        const label = `${method.toUpperCase()} ${route} (${who ? 'đảng viên' : 'khách'}): ${result.body.slice(0, 200)}`
        expect(Object.keys(op.responses), label).toContain(String(result.statusCode))
        // A 404 is the function's own "not in your inbox", never "no such function".
        expect(result.statusCode, label).not.toBe(500)
        expect(result.body, label).not.toContain('Không tìm thấy chức năng này')
      }
    }
  })

  it('has no route outside /fn/openapi.json, so the test above calls every one, new ones included', async () => {
    const doc = JSON.parse((await send({ method: 'GET', path: '/fn/openapi.json' })).body)
    const documented = Object.entries(doc.paths as Record<string, object>).flatMap(([route, methods]) =>
      Object.keys(methods).map((m) => `${m.toUpperCase()} /fn${route.replace(/\{(\w+)\}/g, ':$1')}`),
    )
    // Hono lists middleware as method ALL; every handler is one method on one path.
    const routes = app.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method} ${r.path}`)
    expect(new Set(routes)).toEqual(new Set(documented))
  })

  it('reads a base64 body and cookies from the event and returns Set-Cookie apart', async () => {
    const wrong = await send({
      method: 'POST',
      path: '/fn/session/login',
      body: Buffer.from(JSON.stringify({ cardNumber: 'khong-co', password: 'sai' })).toString('base64'),
      base64: true,
    })
    expect(wrong.statusCode).toBe(401)
    expect(JSON.parse(wrong.body).error.message).toMatch(/không đúng/)

    const me = await send({
      method: 'GET',
      path: '/fn/session/me',
      cookies: [`payload-token=${tree.users.memberB1.token}`],
    })
    expect(me.statusCode).toBe(200)
    expect(JSON.parse(me.body).member.id).toBe(tree.users.memberB1.id)

    const out = await send({ method: 'POST', path: '/fn/session/logout', body: '{}' })
    expect(out.statusCode).toBe(200)
    expect(out.cookies?.[0]).toMatch(/^payload-token=; /)
  })

  it('answers the app’s own errors unchanged', async () => {
    const result = await send({ method: 'GET', path: '/fn/khong-co' })
    expect(result.statusCode).toBe(404)
    expect(JSON.parse(result.body).error.message).toMatch(/Không tìm thấy/)
  })
})
