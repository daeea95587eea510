/**
 * Check-in (điểm danh): the runner's rotating code (GET …/checkin-code), the member's check-in by QR or typed
 * code (POST …/checkin, or POST /meetings/checkin with a full token), the runner's list and hand tick.
 */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi'
import type { MeetingAttendance } from '@sotay/cms'
import { memoryRateLimiter, type RateLimiter } from '@sotay/cms/auth'
import {
  checkinShortCode,
  checkinToken,
  nextSlotAt,
  parseCheckinToken,
  slotAt,
  slotExpiresAt,
} from '@sotay/content-schemas/meetings/checkinCode'
import type { FnEnv } from '../../http/env.ts'
import { answer, json, jsonError, refusal } from '../../http/json.ts'
import { jsonBody } from '../../http/jsonBody.ts'
import { mount } from '../../http/mount.ts'
import { type PayloadSource, payloadReady } from '../../http/payloadReady.ts'
import { sameOrigin } from '../../http/sameOrigin.ts'
import { signedIn } from '../../http/signedIn.ts'
import { refuseInvalid } from '../../http/validation.ts'
import { MEETING_MESSAGES as M } from '../messages.ts'
import { meetingStanding } from '../standing.ts'
import { checkIn, checkinSecretOf, markPresent, meetingForTypedCode, windowRefusal } from './checkIn.ts'
import { presentAttendee } from './present.ts'
import {
  CheckinBody,
  CheckinCodeSchema,
  CheckinResultSchema,
  CheckinStandingSchema,
  CheckinsSchema,
  MeetingIdParam,
  TickBody,
  TickParam,
  TickResultSchema,
  TokenCheckinBody,
} from './schemas.ts'

export interface CheckinOptions {
  payload: PayloadSource
  allowedOrigins?: string[]
  /** Counts wrong typed codes per member (the sign-in policy's limiter; memory when not given). */
  rateLimiter?: RateLimiter
  /** The clock (tests move it); Date.now by default. */
  now?: () => number
}

/** Where the member app opens a scanned code. */
export const CHECKIN_PAGE = '/thanh-vien/diem-danh/'

const tags = ['Sinh hoạt chi bộ']
const common = { 401: refusal('Chưa đăng nhập'), 503: refusal('Hệ thống đang khởi động') }
const posting = {
  400: refusal('Mã sai, hết hạn hoặc dữ liệu không hợp lệ'),
  403: refusal('Không được mời, không phải người điều hành, hoặc không gửi từ chính trang'),
  409: refusal('Ngoài giờ điểm danh, hoặc cuộc họp đã hủy'),
  413: refusal('Dữ liệu gửi lên quá lớn'),
  415: refusal('Không phải application/json'),
  429: refusal('Nhập sai mã quá nhiều lần'),
  ...common,
}

const codeRoute = createRoute({
  method: 'get',
  path: '/meetings/{id}/checkin-code',
  operationId: 'meetingCheckinCode',
  summary: 'Mã QR và mã số điểm danh hiện tại (đổi mỗi 30 giây), cho người điều hành cuộc họp',
  tags,
  request: { params: MeetingIdParam },
  responses: {
    200: answer('Mã hiện tại', CheckinCodeSchema),
    403: refusal('Không phải người điều hành'),
    404: refusal('Không tìm thấy cuộc họp'),
    409: refusal('Ngoài giờ điểm danh, hoặc cuộc họp đã hủy'),
    ...common,
  },
})

const checkinRoute = createRoute({
  method: 'post',
  path: '/meetings/{id}/checkin',
  operationId: 'meetingCheckin',
  summary: 'Tôi điểm danh bằng mã QR hoặc mã số 6 chữ số',
  tags,
  request: {
    params: MeetingIdParam,
    body: { content: { 'application/json': { schema: CheckinBody } }, required: true },
  },
  responses: { 200: answer('Đã điểm danh', CheckinResultSchema), ...posting },
})

const tokenRoute = createRoute({
  method: 'post',
  path: '/meetings/checkin',
  operationId: 'meetingCheckinByToken',
  summary: 'Tôi điểm danh bằng mã QR (mã ghi tên cuộc họp), hoặc mã số cho cuộc họp đang điểm danh của tôi',
  tags,
  request: { body: { content: { 'application/json': { schema: TokenCheckinBody } }, required: true } },
  responses: { 200: answer('Đã điểm danh', CheckinResultSchema), ...posting },
})

const standingRoute = createRoute({
  method: 'get',
  path: '/meetings/{id}/checkin-standing',
  operationId: 'meetingCheckinStanding',
  summary: 'Tôi đứng ở đâu với cuộc họp: điều hành, được mời, đã điểm danh (cho trang Điểm danh)',
  tags,
  request: { params: MeetingIdParam },
  responses: {
    200: answer('Vị trí của tôi', CheckinStandingSchema),
    404: refusal('Không tìm thấy cuộc họp'),
    ...common,
  },
})

const listRoute = createRoute({
  method: 'get',
  path: '/meetings/{id}/checkins',
  operationId: 'meetingCheckins',
  summary: 'Danh sách được mời và ai đã có mặt, cho người điều hành',
  tags,
  request: { params: MeetingIdParam },
  responses: {
    200: answer('Danh sách điểm danh', CheckinsSchema),
    403: refusal('Không phải người điều hành'),
    404: refusal('Không tìm thấy cuộc họp'),
    ...common,
  },
})

const tickRoute = createRoute({
  method: 'post',
  path: '/meetings/{id}/attendance/{memberId}/tick',
  operationId: 'meetingTick',
  summary: 'Bí thư điểm danh hộ (hoặc bỏ điểm danh) một đảng viên',
  tags,
  request: {
    params: TickParam,
    body: { content: { 'application/json': { schema: TickBody } }, required: true },
  },
  responses: { 200: answer('Đã điểm danh hộ', TickResultSchema), 404: refusal('Không có tên'), ...posting },
})

export function checkinRoutes(options: CheckinOptions): OpenAPIHono<FnEnv> {
  const ready = payloadReady(options.payload, M.unavailable)
  const member = [ready, signedIn({ message: M.signIn })]
  const posts = [sameOrigin(options), ...member, jsonBody(4 * 1024)]
  const limiter = options.rateLimiter ?? memoryRateLimiter()
  const now = options.now ?? Date.now
  const app = new OpenAPIHono<FnEnv>({ defaultHook: refuseInvalid() })

  /** The runner's standing, or the refusal. */
  const asRunner = async (c: { var: FnEnv['Variables'] }, id: string) => {
    const standing = await meetingStanding(c.var.payload, c.var.user, id)
    if (!standing) return jsonError(404, 'not_found', M.notFound)
    if (!standing.runs) return jsonError(403, 'not_runner', M.notRunner)
    return standing
  }

  const invitedRows = async (c: { var: FnEnv['Variables'] }, meetingId: string | number) =>
    // The runner was checked; chair and recorder may not read the rows by the access rules alone.
    (
      await c.var.payload.find({
        collection: 'meeting-attendance',
        where: { meeting: { equals: meetingId } },
        depth: 1,
        limit: 0,
        pagination: false,
        overrideAccess: true,
        select: { member: true, exempt: true, reply: true, checkedInAt: true, checkinMethod: true },
        populate: { users: { fullName: true, username: true } },
      })
    ).docs as MeetingAttendance[]

  mount(app, { ...codeRoute, middleware: member }, async (c) => {
    const standing = await asRunner(c, c.req.valid('param').id)
    if (standing instanceof Response) return standing
    const { meeting } = standing
    if (meeting.status === 'cancelled') return jsonError(409, 'cancelled', M.cancelled)
    const at = now()
    const outside = windowRefusal(meeting, at)
    if (outside) return outside
    const secret = await checkinSecretOf(c.var.payload, meeting.id)
    const slot = slotAt(at)
    const origin = options.allowedOrigins?.[0] ?? new URL(c.req.url).origin
    return json({
      url: `${new URL(origin).origin}${CHECKIN_PAGE}#${checkinToken(secret, String(meeting.id), slot)}`,
      code: checkinShortCode(secret, String(meeting.id), slot),
      slot,
      expiresAt: new Date(slotExpiresAt(slot)).toISOString(),
      nextAt: new Date(nextSlotAt(slot)).toISOString(),
    })
  })

  mount(app, { ...checkinRoute, middleware: posts }, async (c) => {
    const body = c.req.valid('json')
    const proof = body.code ? { code: body.code } : body.token ? { token: tokenOf(body.token) } : null
    if (!proof) return jsonError(400, 'invalid_code', M.forged)
    const result = await checkIn(c.var.payload, c.var.user, c.req.valid('param').id, proof, limiter, now())
    return result instanceof Response ? result : json(result)
  })

  mount(app, { ...tokenRoute, middleware: posts }, async (c) => {
    const body = c.req.valid('json')
    const at = now()
    if (body.code) {
      const meetingId = await meetingForTypedCode(c.var.payload, c.var.user, body.code, at)
      if (meetingId === null) return jsonError(409, 'no_meeting_now', M.noMeetingNow)
      const result = await checkIn(c.var.payload, c.var.user, meetingId, { code: body.code }, limiter, at)
      return result instanceof Response ? result : json(result)
    }
    const token = tokenOf(body.token ?? '')
    const parsed = parseCheckinToken(token)
    if (!parsed) return jsonError(400, 'invalid_code', M.badToken)
    const result = await checkIn(c.var.payload, c.var.user, parsed.meetingId, { token }, limiter, at)
    return result instanceof Response ? result : json(result)
  })

  mount(app, { ...standingRoute, middleware: member }, async (c) => {
    const standing = await meetingStanding(c.var.payload, c.var.user, c.req.valid('param').id)
    if (!standing) return jsonError(404, 'not_found', M.notFound)
    const { meeting, attendance, runs } = standing
    return json({
      meetingId: meeting.id,
      title: meeting.title,
      runs,
      invited: Boolean(attendance),
      checkedIn: Boolean(attendance?.checkedInAt),
      online: Boolean(meeting.online),
      startsAt: meeting.startsAt,
      endsAt: meeting.endsAt,
      status: meeting.status,
    })
  })

  mount(app, { ...listRoute, middleware: member }, async (c) => {
    const standing = await asRunner(c, c.req.valid('param').id)
    if (standing instanceof Response) return standing
    const people = (await invitedRows(c, standing.meeting.id)).map(presentAttendee)
    people.sort((a, b) => a.fullName.localeCompare(b.fullName, 'vi'))
    return json({ present: people.filter((p) => p.checkedInAt).length, invited: people.length, people })
  })

  mount(app, { ...tickRoute, middleware: posts }, async (c) => {
    const { id, memberId } = c.req.valid('param')
    const standing = await asRunner(c, id)
    if (standing instanceof Response) return standing
    const { meeting } = standing
    if (meeting.status === 'cancelled') return jsonError(409, 'cancelled', M.cancelled)
    const rows = await invitedRows(c, meeting.id)
    const row = rows.find((r) => String(typeof r.member === 'object' ? r.member?.id : r.member) === memberId)
    if (!row) return jsonError(404, 'not_invited', M.notMember)
    const { present } = c.req.valid('json')
    const name = presentAttendee(row).fullName
    let updated: MeetingAttendance = row
    if (present) updated = (await markPresent(c.var.payload, row, 'manual', now())).row
    else if (row.checkedInAt)
      // Server-owned fields, written by the runner checked above.
      updated = (await c.var.payload.update({
        collection: 'meeting-attendance',
        id: row.id,
        data: { checkedInAt: null, checkinMethod: null },
        overrideAccess: true,
        depth: 0,
      })) as MeetingAttendance
    const attendee = presentAttendee({ ...updated, member: row.member })
    const count = rows.filter((r) => (r.id === row.id ? attendee.checkedInAt : r.checkedInAt)).length
    return json({ attendee, present: count, message: present ? M.ticked(name) : M.unticked(name) })
  })

  return app
}

/** The token from a scanned code: the code may hold the whole address, `…/diem-danh/#<token>`. */
function tokenOf(scanned: string): string {
  const hash = scanned.indexOf('#')
  return (hash >= 0 ? scanned.slice(hash + 1) : scanned).trim()
}
