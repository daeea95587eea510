/**
 * GET /calendar on its hot path: the lean session check and the agenda's one statement, with no Payload in the
 * way (as `inbox/list.ts`). `index.ts` mounts it for the Node server, and reads through Payload only on MongoDB.
 */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi'
import { CALENDAR_MESSAGES, CALENDAR_RANGE_MAX_DAYS, type ID, sameId } from '@sotay/content-schemas'
import type { FnEnv } from '../http/env.ts'
import { answer, json, jsonError, refusal } from '../http/json.ts'
import type { LeanReads } from '../http/leanReads.ts'
import { mount } from '../http/mount.ts'
import { NOT_SIGNED_IN } from '../http/notSignedIn.ts'
import { refuseInvalid } from '../http/validation.ts'
import { sqlAgenda } from './agendaSql.ts'
import type { AgendaWindow } from './item.ts'
import { AgendaQuery, AgendaSchema } from './schemas.ts'

export const tags = ['Lịch của tôi']
export const signInRefusals = { 401: refusal('Chưa đăng nhập'), 503: refusal('Hệ thống đang khởi động') }
export const DAY = 86_400_000

export const agendaRoute = createRoute({
  method: 'get',
  path: '/calendar',
  operationId: 'myAgenda',
  summary: 'Lịch của tôi: việc riêng, cuộc họp, hạn nhiệm vụ trong một khoảng ngày',
  tags,
  request: { query: AgendaQuery },
  responses: {
    200: answer('Các mục lịch theo thời gian', AgendaSchema),
    400: refusal('Khoảng ngày không hợp lệ'),
    403: refusal('Lịch của người khác'),
    ...signInRefusals,
  },
})

type Query = { from?: string; to?: string; member?: string }

/** Midnight in Vietnam (UTC+7, no daylight saving) of a yyyy-mm-dd day. */
const vietnamMidnight = (day: string) => new Date(`${day}T00:00:00+07:00`)
const todayInVietnam = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10)

/** The asked window of the caller's own agenda, or the refusal: another member's, or a bad range. */
export function agendaWindow(query: Query, caller: ID): AgendaWindow | Response {
  if (query.member !== undefined && !sameId(query.member, caller))
    return jsonError(403, 'not_own_calendar', 'Bạn chỉ xem được lịch của chính mình.')
  const from = vietnamMidnight(query.from ?? todayInVietnam())
  const to = query.to ? vietnamMidnight(query.to) : new Date(from.getTime() + 31 * DAY)
  const span = (to.getTime() - from.getTime()) / DAY
  if (Number.isNaN(span) || span <= 0 || span > CALENDAR_RANGE_MAX_DAYS)
    return jsonError(400, 'bad_range', CALENDAR_MESSAGES.badRange)
  return { from, to }
}

export async function leanAgenda(lean: LeanReads, headers: Headers, query: Query): Promise<Response> {
  const member = await lean.verifier.verify(headers)
  if (!member) return jsonError(401, 'not_signed_in', NOT_SIGNED_IN)
  await lean.recordActivity(member)
  const window = agendaWindow(query, member.id)
  if (window instanceof Response) return window
  const { items, feedActive } = await sqlAgenda(lean.sql, member.id, window)
  return json({ from: window.from.toISOString(), to: window.to.toISOString(), items, feedActive })
}

/** The agenda alone, on lean reads that need no Payload (for an entry that answers it without loading Payload). */
export function agendaRoutes(lean: LeanReads | Promise<LeanReads>): OpenAPIHono<FnEnv> {
  const app = new OpenAPIHono<FnEnv>({ defaultHook: refuseInvalid() })
  mount(app, agendaRoute, async (c) => leanAgenda(await lean, c.req.raw.headers, c.req.valid('query')))
  return app
}
