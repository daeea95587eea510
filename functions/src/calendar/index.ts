/**
 * Lịch của tôi: GET /calendar (one agenda from every source, read as the member), POST/DELETE /calendar/entries,
 * POST/DELETE /calendar/feed (issue or revoke the secret link), GET /calendar/feed/{token}.ics (no cookie: the
 * token is the key; a revoked one answers 410).
 */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import type { CalendarEntry } from '@sotay/cms'
import { sqlReaderOf } from '@sotay/cms/reports'
import {
  CALENDAR_MESSAGES,
  CALENDAR_RANGE_MAX_DAYS,
  type ID,
  reminderMinutes,
  sameId,
} from '@sotay/content-schemas'
import type { Payload } from 'payload'
import type { FnEnv } from '../http/env.ts'
import { answer, json, jsonError, refusal } from '../http/json.ts'
import { jsonBody } from '../http/jsonBody.ts'
import { mount } from '../http/mount.ts'
import { type PayloadSource, payloadReady } from '../http/payloadReady.ts'
import { sameOrigin } from '../http/sameOrigin.ts'
import { signedIn } from '../http/signedIn.ts'
import { refuseInvalid } from '../http/validation.ts'
import type { SignedInUser } from '../session/member.ts'
import { feedOwner, feedText, hasActiveFeed, issueFeed, revokeFeeds } from './feed.ts'
import { calendarItem } from './item.ts'
import {
  AgendaQuery,
  AgendaSchema,
  EntryAnswerSchema,
  EntryBody,
  EntryIdParam,
  FeedAnswerSchema,
  FeedParam,
} from './schemas.ts'
import { CALENDAR_SOURCES } from './sources/index.ts'

export interface CalendarOptions {
  payload: PayloadSource
  allowedOrigins?: string[]
  /** The host in every UID (`meeting-12@<host>`): the deployment's, so UIDs stay the same across fetches. */
  uidHost?: string
}

const tags = ['Lịch của tôi']
const DAY = 86_400_000
const signInRefusals = { 401: refusal('Chưa đăng nhập'), 503: refusal('Hệ thống đang khởi động') }

/** Midnight in Vietnam (UTC+7, no daylight saving) of a yyyy-mm-dd day. */
const vietnamMidnight = (day: string) => new Date(`${day}T00:00:00+07:00`)
const todayInVietnam = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10)

/** Every source's items in [from, to), by time. */
export async function agendaItems(payload: Payload, user: SignedInUser, from: Date, to: Date) {
  const db = sqlReaderOf(payload)
  const lists = await Promise.all(
    CALENDAR_SOURCES.map((source) => source.items({ payload, db, user, from, to })),
  )
  return lists.flat().sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))
}

export function calendarRoutes(options: CalendarOptions): OpenAPIHono<FnEnv> {
  const ready = payloadReady(options.payload, 'Lịch đang khởi động, vui lòng thử lại sau ít phút.')
  const member = [ready, signedIn()]
  const app = new OpenAPIHono<FnEnv>({ defaultHook: refuseInvalid() })
  const hostOf = (url: string) => options.uidHost ?? new URL(process.env.SERVER_URL || url).hostname

  mount(
    app,
    createRoute({
      method: 'get',
      path: '/calendar',
      operationId: 'myAgenda',
      summary: 'Lịch của tôi: việc riêng, cuộc họp, hạn nhiệm vụ trong một khoảng ngày',
      tags,
      middleware: member,
      request: { query: AgendaQuery },
      responses: {
        200: answer('Các mục lịch theo thời gian', AgendaSchema),
        400: refusal('Khoảng ngày không hợp lệ'),
        403: refusal('Lịch của người khác'),
        ...signInRefusals,
      },
    }),
    async (c) => {
      const { payload, user } = c.var
      const query = c.req.valid('query')
      if (query.member !== undefined && !sameId(query.member, user.id))
        return jsonError(403, 'not_own_calendar', 'Bạn chỉ xem được lịch của chính mình.')
      const fromDay = query.from ?? todayInVietnam()
      const from = vietnamMidnight(fromDay)
      const to = query.to ? vietnamMidnight(query.to) : new Date(from.getTime() + 31 * DAY)
      const span = (to.getTime() - from.getTime()) / DAY
      if (Number.isNaN(span) || span <= 0 || span > CALENDAR_RANGE_MAX_DAYS)
        return jsonError(400, 'bad_range', CALENDAR_MESSAGES.badRange)
      const [items, feedActive] = await Promise.all([
        agendaItems(payload, user, from, to),
        hasActiveFeed(payload, user),
      ])
      return json({ from: from.toISOString(), to: to.toISOString(), items, feedActive })
    },
  )

  mount(
    app,
    createRoute({
      method: 'post',
      path: '/calendar/entries',
      operationId: 'addCalendarEntry',
      summary: 'Thêm việc vào lịch của tôi, có nhắc trước',
      tags,
      middleware: [sameOrigin(options), ...member, jsonBody(8 * 1024)],
      request: { body: { content: { 'application/json': { schema: EntryBody } }, required: true } },
      responses: {
        201: answer('Đã thêm', EntryAnswerSchema),
        400: refusal('Dữ liệu không hợp lệ'),
        403: refusal('Không gửi từ chính trang'),
        413: refusal('Quá lớn'),
        415: refusal('Không phải JSON'),
        ...signInRefusals,
      },
    }),
    async (c) => {
      const { payload, user } = c.var
      const body = c.req.valid('json')
      const entry = (await payload.create({
        collection: 'calendar-entries',
        data: {
          title: body.title,
          startsAt: new Date(body.startsAt).toISOString(),
          endsAt: body.endsAt ? new Date(body.endsAt).toISOString() : undefined,
          place: body.place?.trim() || undefined,
          note: body.note?.trim() || undefined,
          reminder: (body.reminder ?? 'none') as CalendarEntry['reminder'],
        } as never,
        depth: 0,
        user,
        overrideAccess: false,
      })) as CalendarEntry
      const item = calendarItem({
        kind: 'entry',
        id: entry.id,
        title: entry.title,
        startsAt: entry.startsAt,
        endsAt: entry.endsAt,
        place: entry.place,
        note: entry.note,
        alarmMinutes: reminderMinutes(entry.reminder),
        updatedAt: entry.updatedAt,
      })
      return json({ item, message: 'Đã thêm vào lịch.' }, { status: 201 })
    },
  )

  mount(
    app,
    createRoute({
      method: 'delete',
      path: '/calendar/entries/{id}',
      operationId: 'removeCalendarEntry',
      summary: 'Xóa một việc khỏi lịch của tôi',
      tags,
      middleware: [sameOrigin(options), ...member],
      request: { params: EntryIdParam },
      responses: {
        200: answer('Đã xóa', z.object({ message: z.string() })),
        403: refusal('Không gửi từ chính trang'),
        404: refusal('Không có, hoặc của người khác'),
        ...signInRefusals,
      },
    }),
    async (c) => {
      const { payload, user } = c.var
      const raw = c.req.valid('param').id
      const id: ID = /^\d+$/.test(raw) ? Number(raw) : raw
      const { docs } = await payload.delete({
        collection: 'calendar-entries',
        where: { id: { equals: id } },
        user,
        overrideAccess: false,
      })
      if (!docs.length) return jsonError(404, 'not_found', CALENDAR_MESSAGES.notFound)
      return json({ message: 'Đã xóa khỏi lịch.' })
    },
  )

  mount(
    app,
    createRoute({
      method: 'post',
      path: '/calendar/feed',
      operationId: 'issueCalendarFeed',
      summary: 'Tạo đường dẫn bí mật để điện thoại đăng ký lịch (đường dẫn cũ bị thu hồi)',
      tags,
      middleware: [sameOrigin(options), ...member],
      responses: {
        201: answer('Đường dẫn mới, chỉ hiện một lần', FeedAnswerSchema),
        403: refusal('Không gửi từ chính trang'),
        ...signInRefusals,
      },
    }),
    async (c) => {
      const { payload, user } = c.var
      const token = await issueFeed(payload, user.id)
      const base = new URL(c.req.url)
      const url = `${process.env.SERVER_URL || base.origin}/fn/calendar/feed/${token}.ics`
      return json(
        { url, message: 'Đã tạo đường dẫn lịch. Giữ kín đường dẫn này; tạo lại hoặc thu hồi khi cần.' },
        { status: 201 },
      )
    },
  )

  mount(
    app,
    createRoute({
      method: 'delete',
      path: '/calendar/feed',
      operationId: 'revokeCalendarFeed',
      summary: 'Thu hồi đường dẫn lịch: lịch trên điện thoại ngừng cập nhật',
      tags,
      middleware: [sameOrigin(options), ...member],
      responses: {
        200: answer('Đã thu hồi', FeedAnswerSchema),
        403: refusal('Không gửi từ chính trang'),
        ...signInRefusals,
      },
    }),
    async (c) => {
      await revokeFeeds(c.var.payload, c.var.user.id)
      return json({ url: null, message: 'Đã thu hồi đường dẫn lịch.' })
    },
  )

  mount(
    app,
    createRoute({
      method: 'get',
      path: '/calendar/feed/{file}',
      operationId: 'calendarFeed',
      summary: 'Lịch dạng iCalendar (.ics) cho ứng dụng lịch của điện thoại; không cần đăng nhập',
      tags,
      middleware: [ready],
      request: { params: FeedParam },
      responses: {
        200: { description: 'text/calendar', content: { 'text/calendar': { schema: z.string() } } },
        404: refusal('Không có đường dẫn này'),
        410: refusal('Đường dẫn đã bị thu hồi'),
        503: refusal('Hệ thống đang khởi động'),
      },
    }),
    async (c) => {
      const { payload } = c.var
      const token = c.req.valid('param').file.replace(/\.ics$/, '')
      const owner = await feedOwner(payload, token)
      if (owner === 'gone') return jsonError(410, 'feed_revoked', CALENDAR_MESSAGES.feedGone)
      if (!owner) return jsonError(404, 'not_found', CALENDAR_MESSAGES.feedGone)
      const now = new Date()
      const items = await agendaItems(
        payload,
        owner,
        new Date(now.getTime() - 60 * DAY),
        new Date(now.getTime() + 400 * DAY),
      )
      return new Response(feedText(items, hostOf(c.req.url), now), {
        headers: {
          'content-type': 'text/calendar; charset=utf-8',
          'cache-control': 'private, no-store',
          'content-disposition': 'inline; filename="lich-cua-toi.ics"',
        },
      })
    },
  )

  return app
}
