/**
 * Lịch của tôi: GET /calendar (one agenda from every source, read as the member), POST/DELETE /calendar/entries,
 * POST/DELETE /calendar/feed (issue or revoke the secret link), GET /calendar/feed/{token}.ics (no cookie: the
 * token is the key; a revoked one answers 410).
 */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import type { CalendarEntry } from '@sotay/cms'
import { CALENDAR_MESSAGES, type ID, reminderMinutes } from '@sotay/content-schemas'
import type { Payload } from 'payload'
import type { FnEnv } from '../http/env.ts'
import { answer, json, jsonError, refusal } from '../http/json.ts'
import { jsonBody } from '../http/jsonBody.ts'
import { leanReadsFor, recordActivity } from '../http/leanReads.ts'
import { mount } from '../http/mount.ts'
import { type PayloadSource, payloadReady } from '../http/payloadReady.ts'
import { sameOrigin } from '../http/sameOrigin.ts'
import { NOT_SIGNED_IN, signedIn } from '../http/signedIn.ts'
import { refuseInvalid } from '../http/validation.ts'
import { currentUser, type SignedInUser } from '../session/member.ts'
import type { SessionVerifierOptions } from '../session/verifier.ts'
import { agendaRoute, agendaWindow, DAY, leanAgenda, signInRefusals, tags } from './agenda.ts'
import { AGENDA, arrange, sqlAgenda } from './agendaSql.ts'
import { feedOwner, feedText, hasActiveFeed, issueFeed, leanFeedOwner, revokeFeeds } from './feed.ts'
import { type AgendaWindow, calendarItem } from './item.ts'
import { EntryAnswerSchema, EntryBody, EntryIdParam, FeedAnswerSchema, FeedParam } from './schemas.ts'
import { CALENDAR_SOURCES } from './sources/index.ts'

export interface CalendarOptions extends SessionVerifierOptions {
  payload: PayloadSource
  allowedOrigins?: string[]
  /** The host in every UID (`meeting-12@<host>`): the deployment's, so UIDs stay the same across fetches. */
  uidHost?: string
}

/** Every source's items in [from, to), read through Payload as the member (MongoDB: no SQL). */
export async function agendaItems(payload: Payload, user: SignedInUser, window: AgendaWindow) {
  const query = { payload, user, ...window }
  return arrange(
    await Promise.all(
      CALENDAR_SOURCES.map(async (source) => source.present(await source.read(query), window)),
    ),
  )
}

export function calendarRoutes(options: CalendarOptions): OpenAPIHono<FnEnv> {
  const ready = payloadReady(options.payload, 'Lịch đang khởi động, vui lòng thử lại sau ít phút.')
  const member = [ready, signedIn()]
  const app = new OpenAPIHono<FnEnv>({ defaultHook: refuseInvalid() })
  const leanOf = leanReadsFor(options)
  const hostOf = (url: string) => options.uidHost ?? new URL(process.env.SERVER_URL || url).hostname

  mount(app, { ...agendaRoute, middleware: [ready] }, async (c) => {
    const { payload } = c.var
    const query = c.req.valid('query')
    const lean = leanOf(payload)
    if (lean) return leanAgenda(lean, c.req.raw.headers, query)
    const user = await currentUser(payload, c.req.raw)
    if (!user) return jsonError(401, 'not_signed_in', NOT_SIGNED_IN)
    await recordActivity(payload, user)
    const window = agendaWindow(query, user.id)
    if (window instanceof Response) return window
    const [items, feedActive] = await Promise.all([
      agendaItems(payload, user, window),
      hasActiveFeed(payload, user),
    ])
    return json({ from: window.from.toISOString(), to: window.to.toISOString(), items, feedActive })
  })

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
      const lean = leanOf(payload)
      const owner = lean ? await leanFeedOwner(lean.sql, token) : await feedOwner(payload, token)
      if (owner === 'gone') return jsonError(410, 'feed_revoked', CALENDAR_MESSAGES.feedGone)
      if (owner === null) return jsonError(404, 'not_found', CALENDAR_MESSAGES.feedGone)
      const now = new Date()
      const window = { from: new Date(now.getTime() - 60 * DAY), to: new Date(now.getTime() + 400 * DAY) }
      const items = lean
        ? (await sqlAgenda(lean.sql, owner as ID, window, AGENDA.feed)).items
        : await agendaItems(payload, owner as SignedInUser, window)
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
