/**
 * The Lambda handler answers GET /fn/inbox and GET /fn/calendar from the environment alone, the way the route list answers them, and
 * loads every other function on the first request that needs one.
 */
import { memoryRateLimiter } from '@sotay/cms/auth'
import { type AccessTree, buildAccessTree, testPayload } from '@sotay/cms/testing'
import type { APIGatewayProxyResult, LambdaEvent } from 'hono/aws-lambda'
import { handle } from 'hono/aws-lambda'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { mediaFileUrl } from '../inbox/list.ts'
import { tokenSources } from '../session/token.ts'
import { lambdaApp } from './app.ts'
import { type GatewayCall, gatewayEvent } from './gatewayEvent.ts'
import { lambdaHandler } from './handler.ts'
import { leanInboxFromEnv, leanSessionSettings } from './leanInbox.ts'

type Answer = APIGatewayProxyResult
const ORIGIN = 'https://sotay.example.vn'

let payload: Payload
let tree: AccessTree
let fullLoads = 0
let lambda: (event: LambdaEvent) => Promise<Answer>
let routeList: (event: LambdaEvent) => Promise<Answer>

const event = (call: GatewayCall) => gatewayEvent(call) as unknown as LambdaEvent
const inboxAs = (token?: string, query = '') =>
  event({
    method: 'GET',
    path: '/fn/inbox',
    query,
    headers: token ? { authorization: `JWT ${token}` } : {},
  })

beforeAll(async () => {
  payload = await testPayload()
  tree = await buildAccessTree(payload, `lh${Date.now()}`)
  const options = { payload, rateLimiter: memoryRateLimiter(), allowedOrigins: [ORIGIN] }
  routeList = handle(lambdaApp(options)) as typeof routeList
  lambda = lambdaHandler({
    lean: leanInboxFromEnv(async () => payload),
    full: async () => {
      fullLoads++
      return lambdaApp(options)
    },
  }) as typeof lambda
})

describe('the Lambda handler', () => {
  it('reads the session settings from the environment exactly as Payload built them', () => {
    const settings = leanSessionSettings()
    expect(settings.secret).toBe(payload.secret)
    expect(tokenSources(settings)).toEqual(tokenSources(payload))
    expect(mediaFileUrl(settings.serverURL, '/api')('biên bản 1.pdf')).toBe(
      `${payload.config.serverURL ?? ''}${payload.config.routes.api}/media/file/bi%C3%AAn%20b%E1%BA%A3n%201.pdf`,
    )
  })

  it('answers the inbox as the route list does, without loading the route list', async () => {
    const member = tree.users.memberA1
    const lean = await lambda(inboxAs(member.token))
    expect(lean.statusCode).toBe(200)
    expect(JSON.parse(lean.body)).toEqual(JSON.parse((await routeList(inboxAs(member.token))).body))
    expect((await lambda(inboxAs())).statusCode).toBe(401)
    expect((await lambda(inboxAs(`${member.token}x`))).statusCode).toBe(401)
    const wrongPage = await lambda(inboxAs(member.token, 'page=0'))
    expect(wrongPage.statusCode).toBe(400)
    expect(JSON.parse(wrongPage.body).error.message).toBe(
      JSON.parse((await routeList(inboxAs(member.token, 'page=0'))).body).error.message,
    )
    expect(fullLoads).toBe(0)
  })

  it('answers the agenda as the route list does, without loading the route list', async () => {
    const agendaAs = (token?: string, query = '') =>
      event({
        method: 'GET',
        path: '/fn/calendar',
        query,
        headers: token ? { authorization: `JWT ${token}` } : {},
      })
    const member = tree.users.memberA1
    const lean = await lambda(agendaAs(member.token))
    expect(lean.statusCode).toBe(200)
    expect(JSON.parse(lean.body)).toEqual(JSON.parse((await routeList(agendaAs(member.token))).body))
    expect((await lambda(agendaAs())).statusCode).toBe(401)
    const other = await lambda(agendaAs(member.token, `member=${tree.users.memberB1.id}`))
    expect(other.statusCode).toBe(403)
    expect(fullLoads).toBe(0)
  })

  it('records the member’s day of use for the reports shortly after the answer', async () => {
    const member = tree.users.memberB1
    expect((await lambda(inboxAs(member.token))).statusCode).toBe(200)
    const days = async () =>
      (
        await payload.find({
          collection: 'activity-days',
          where: { member: { equals: member.id } },
          depth: 0,
          overrideAccess: true,
        })
      ).totalDocs
    for (let i = 0; i < 60 && (await days()) === 0; i++) await new Promise((r) => setTimeout(r, 100))
    expect(await days()).toBe(1)
  })

  it('loads every other function once, on the first request that needs one', async () => {
    const me = event({
      method: 'GET',
      path: '/fn/session/me',
      headers: { authorization: `JWT ${tree.users.memberB1.token}` },
    })
    const first = await lambda(me)
    expect(first.statusCode).toBe(200)
    expect(JSON.parse(first.body).member.id).toBe(tree.users.memberB1.id)
    expect((await lambda(event({ method: 'GET', path: '/fn/khong-co' }))).statusCode).toBe(404)
    expect(fullLoads).toBe(1)
  })
})
