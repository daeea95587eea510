/**
 * The online meeting room on Janus (videoroom): a signed, short-lived ticket for those invited, online attendance
 * once Janus lists the member's feed, and the runner's list with mute and kick. Every call starts from
 * `meetingStanding` (the meeting read as the caller).
 */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi'
import type { MeetingAttendance } from '@sotay/cms'
import { idOf } from '@sotay/content-schemas'
import type { FnEnv } from '../../http/env.ts'
import { answer, json, jsonError, refusal } from '../../http/json.ts'
import { mount } from '../../http/mount.ts'
import { type PayloadSource, payloadReady } from '../../http/payloadReady.ts'
import { sameOrigin } from '../../http/sameOrigin.ts'
import { signedIn } from '../../http/signedIn.ts'
import { refuseInvalid } from '../../http/validation.ts'
import { type MeetingStanding, meetingStanding } from '../standing.ts'
import {
  AUDIO_BITRATE,
  doorToken,
  feedId,
  type JanusOptions,
  JanusUnavailable,
  meetingRoom,
  removedMark,
  signToken,
  VIDEO_BITRATE,
} from './janus.ts'
import { ROOM_MARGIN_AFTER_MINUTES, ROOM_MARGIN_BEFORE_MINUTES, ROOM_MESSAGES } from './messages.ts'
import {
  MeetingIdParam,
  ParticipantParam,
  RoomJoinedSchema,
  RoomModerationSchema,
  RoomParticipantsSchema,
  RoomTicketSchema,
} from './schemas.ts'

export interface RoomOptions {
  payload: PayloadSource
  /** Janus as started by the stack; null or absent: rooms are off and every call says so. */
  janus?: JanusOptions | null
  allowedOrigins?: string[]
  /** The clock (tests move it). */
  now?: () => Date
}

/** The browser's ticket lasts about the length of a long meeting. */
const TICKET_HOURS = 2
const MINUTE = 60_000

const tags = ['Phòng họp trực tuyến']
const common = {
  401: refusal('Chưa đăng nhập'),
  403: refusal('Không được mời, không phải người điều hành, hoặc không gửi từ chính trang'),
  503: refusal('Hệ thống đang khởi động, hoặc Janus không chạy'),
}
const request = { params: MeetingIdParam }

const ticketRoute = createRoute({
  method: 'post',
  path: '/meetings/{id}/room',
  operationId: 'meetingRoomTicket',
  summary: 'Vào phòng họp trực tuyến: mã vào phòng đã ký, ngắn hạn, chỉ cho người được mời',
  tags,
  request,
  responses: {
    200: answer('Mã vào phòng', RoomTicketSchema),
    409: refusal('Cuộc họp không có phòng, đã hủy, hoặc ngoài giờ mở phòng'),
    ...common,
  },
})

const joinedRoute = createRoute({
  method: 'post',
  path: '/meetings/{id}/room/joined',
  operationId: 'meetingRoomJoined',
  summary: 'Ghi nhận dự họp trực tuyến, sau khi máy chủ thấy đồng chí trong phòng',
  tags,
  request,
  responses: {
    200: answer('Đã ghi nhận', RoomJoinedSchema),
    409: refusal('Janus chưa thấy đồng chí trong phòng'),
    ...common,
  },
})

const participantsRoute = createRoute({
  method: 'get',
  path: '/meetings/{id}/room/participants',
  operationId: 'meetingRoomParticipants',
  summary: 'Người đang ở trong phòng họp (cho người điều hành)',
  tags,
  request,
  responses: { 200: answer('Danh sách trong phòng', RoomParticipantsSchema), ...common },
})

const moderation = (action: 'mute' | 'kick', summary: string) =>
  createRoute({
    method: 'post',
    path: `/meetings/{id}/room/participants/{memberId}/${action}`,
    operationId: action === 'mute' ? 'meetingRoomMute' : 'meetingRoomKick',
    summary,
    tags,
    request: { params: ParticipantParam },
    responses: {
      200: answer('Đã làm', RoomModerationSchema),
      404: refusal('Người này không có trong phòng'),
      409: refusal('Người này chưa bật micro'),
      ...common,
    },
  })

const readmitRoute = createRoute({
  method: 'post',
  path: '/meetings/{id}/room/participants/{memberId}/readmit',
  operationId: 'meetingRoomReadmit',
  summary: 'Cho một người đã bị mời ra được vào lại phòng họp',
  tags,
  request: { params: ParticipantParam },
  responses: {
    200: answer('Đã cho vào lại', RoomModerationSchema),
    404: refusal('Người này không bị mời ra'),
    ...common,
  },
})

const inWindow = (standing: MeetingStanding, now: Date) => {
  const opens = new Date(standing.meeting.startsAt).getTime() - ROOM_MARGIN_BEFORE_MINUTES * MINUTE
  const closes = new Date(standing.meeting.endsAt).getTime() + ROOM_MARGIN_AFTER_MINUTES * MINUTE
  return now.getTime() >= opens && now.getTime() <= closes
}

const janusDown = (error: unknown) => {
  if (!(error instanceof JanusUnavailable)) throw error
  console.error('[fn] Janus', error.message)
  return jsonError(503, 'janus_down', ROOM_MESSAGES.janusDown, { 'retry-after': '10' })
}

export function meetingRoomRoutes(options: RoomOptions): OpenAPIHono<FnEnv> {
  const janus = options.janus ?? null
  const now = options.now ?? (() => new Date())
  const ready = payloadReady(options.payload, ROOM_MESSAGES.unavailable)
  const member = [ready, signedIn({ message: ROOM_MESSAGES.signIn })]
  const posting = [sameOrigin(options), ...member]
  const app = new OpenAPIHono<FnEnv>({ defaultHook: refuseInvalid() })
  const off = () => jsonError(503, 'janus_off', ROOM_MESSAGES.janusOff)
  const notInvited = () => jsonError(403, 'not_invited', ROOM_MESSAGES.notInvited)
  const runnersOnly = () => jsonError(403, 'runners_only', ROOM_MESSAGES.runnersOnly)

  mount(app, { ...ticketRoute, middleware: posting }, async (c) => {
    const { payload, user } = c.var
    const standing = await meetingStanding(payload, user, c.req.valid('param').id)
    if (!standing || (!standing.attendance && !standing.runs)) return notInvited()
    const { meeting } = standing
    if (!meeting.online) return jsonError(409, 'no_room', ROOM_MESSAGES.noRoom)
    if (meeting.status === 'cancelled') return jsonError(409, 'cancelled', ROOM_MESSAGES.cancelled)
    if (!inWindow(standing, now())) return jsonError(409, 'outside_window', ROOM_MESSAGES.outsideWindow)
    if (!janus) return off()
    // Sized for everyone invited (a count only, whoever asks: the caller may not read the others' rows).
    const invited = await payload.count({
      collection: 'meeting-attendance',
      where: { meeting: { equals: meeting.id } },
      overrideAccess: true,
    })
    try {
      const room = meetingRoom(janus, meeting.id)
      const keys = await room.ensure(Math.min(100, Math.max(3, invited.totalDocs + 2)), meeting.title)
      // Removed by the runner: kept out until let back in (Janus's door list holds the mark).
      if ((await room.doorList()).includes(removedMark(janus.tokenSecret, meeting.id, user.id)))
        return jsonError(403, 'removed', ROOM_MESSAGES.removed)
      const roomToken = doorToken(janus.tokenSecret, meeting.id, user.id)
      await room.door('add', [roomToken])
      const expiresAt = new Date(now().getTime() + TICKET_HOURS * 60 * MINUTE)
      return json({
        janusPath: '/janus',
        token: signToken(janus.tokenSecret, expiresAt),
        expiresAt: expiresAt.toISOString(),
        room: keys.room,
        pin: keys.pin,
        display: user.fullName || user.username || 'Đảng viên',
        feedId: feedId(janus.tokenSecret, user.id),
        roomToken,
        audioBitrate: AUDIO_BITRATE,
        videoBitrate: VIDEO_BITRATE,
      })
    } catch (error) {
      return janusDown(error)
    }
  })

  mount(app, { ...joinedRoute, middleware: posting }, async (c) => {
    const { payload, user } = c.var
    const standing = await meetingStanding(payload, user, c.req.valid('param').id)
    const row = standing?.attendance
    if (!standing || !row) return notInvited()
    if (!janus) return off()
    if (row.checkedInAt)
      return json({
        checkedInAt: row.checkedInAt,
        checkinMethod: row.checkinMethod ?? 'online',
        message: ROOM_MESSAGES.counted,
      })
    let inRoom: boolean
    try {
      const mine = feedId(janus.tokenSecret, user.id)
      inRoom = (await meetingRoom(janus, standing.meeting.id).participants()).some((p) => p.id === mine)
    } catch (error) {
      return janusDown(error)
    }
    if (!inRoom) return jsonError(409, 'not_in_room', ROOM_MESSAGES.notInRoom)
    // Check-in fields are server-owned (no member may write them); Janus has just listed this member's own
    // feed in the meeting's room, which only an invited member's signed ticket opens.
    const updated = (await payload.update({
      collection: 'meeting-attendance',
      id: row.id,
      data: { checkedInAt: now().toISOString(), checkinMethod: 'online' },
      depth: 0,
      overrideAccess: true,
    })) as MeetingAttendance
    return json({
      checkedInAt: updated.checkedInAt ?? '',
      checkinMethod: updated.checkinMethod ?? 'online',
      message: ROOM_MESSAGES.counted,
    })
  })

  /** The runner's view: Janus's participants, each named by the attendance row whose feed it is. */
  const roster = async (
    standing: MeetingStanding,
    payload: FnEnv['Variables']['payload'],
    caller: FnEnv['Variables']['user'],
  ) => {
    if (!janus) return null
    const room = meetingRoom(janus, standing.meeting.id)
    const [inRoom, doorList] = await Promise.all([room.participants(), room.doorList()])
    // Every invited row, to name each feed: the runner may not read them all (a chair without a grant), and
    // only the caller's standing as a runner, checked before, lets this through.
    const { docs } = await payload.find({
      collection: 'meeting-attendance',
      where: { meeting: { equals: standing.meeting.id } },
      depth: 1,
      limit: 1000,
      overrideAccess: true,
    })
    const byFeed = new Map(
      (docs as MeetingAttendance[]).map((row) => [feedId(janus.tokenSecret, idOf(row.member) ?? ''), row]),
    )
    const participants = inRoom.map((p) => {
      const row = byFeed.get(p.id)
      const person = row && typeof row.member === 'object' ? row.member : null
      return {
        feedId: p.id,
        memberId: row ? (idOf(row.member) ?? null) : null,
        name: person?.fullName || p.display || 'Khách',
        publishing: Boolean(p.publisher),
        talking: Boolean(p.talking),
        checkedIn: Boolean(row?.checkedInAt),
        you: p.id === feedId(janus.tokenSecret, caller.id),
      }
    })
    const marks = new Set(doorList)
    const removed = (docs as MeetingAttendance[])
      .filter((row) => marks.has(removedMark(janus.tokenSecret, standing.meeting.id, idOf(row.member) ?? '')))
      .map((row) => ({
        memberId: idOf(row.member) ?? '',
        name: (typeof row.member === 'object' ? row.member.fullName : '') || 'Đảng viên',
      }))
    return { participants, removed }
  }

  mount(app, { ...participantsRoute, middleware: member }, async (c) => {
    const { payload, user } = c.var
    const standing = await meetingStanding(payload, user, c.req.valid('param').id)
    if (!standing) return notInvited()
    if (!standing.runs) return runnersOnly()
    try {
      const list = await roster(standing, payload, user)
      return list ? json(list) : off()
    } catch (error) {
      return janusDown(error)
    }
  })

  for (const action of ['mute', 'kick'] as const) {
    const route = moderation(
      action,
      action === 'mute' ? 'Tắt tiếng một người trong phòng' : 'Mời một người ra khỏi phòng',
    )
    mount(app, { ...route, middleware: posting }, async (c) => {
      const { payload, user } = c.var
      const { id, memberId } = c.req.valid('param')
      const standing = await meetingStanding(payload, user, id)
      if (!standing) return notInvited()
      if (!standing.runs) return runnersOnly()
      if (!janus) return off()
      try {
        const room = meetingRoom(janus, standing.meeting.id)
        const feed = feedId(janus.tokenSecret, memberId)
        if (!(await room.participants()).some((p) => p.id === feed))
          return jsonError(404, 'not_in_room', ROOM_MESSAGES.participantAbsent)
        if (action === 'kick') {
          // Off the door list first, so neither this ticket nor a new one lets them straight back in.
          await room.door('remove', [doorToken(janus.tokenSecret, standing.meeting.id, memberId)])
          await room.door('add', [removedMark(janus.tokenSecret, standing.meeting.id, memberId)])
        }
        const done = action === 'mute' ? await room.mute(feed) : await room.kick(feed)
        // 428: no such stream, they have not published a microphone yet.
        if (done.error_code === 428) return jsonError(409, 'no_microphone', ROOM_MESSAGES.noMicrophone)
        if (done.error_code) throw new JanusUnavailable(done.error ?? action)
        return json({ message: action === 'mute' ? ROOM_MESSAGES.muted : ROOM_MESSAGES.kicked })
      } catch (error) {
        return janusDown(error)
      }
    })
  }

  mount(app, { ...readmitRoute, middleware: posting }, async (c) => {
    const { payload, user } = c.var
    const { id, memberId } = c.req.valid('param')
    const standing = await meetingStanding(payload, user, id)
    if (!standing) return notInvited()
    if (!standing.runs) return runnersOnly()
    if (!janus) return off()
    try {
      const room = meetingRoom(janus, standing.meeting.id)
      const mark = removedMark(janus.tokenSecret, standing.meeting.id, memberId)
      if (!(await room.doorList()).includes(mark))
        return jsonError(404, 'not_removed', ROOM_MESSAGES.notRemoved)
      // Their next ticket puts them back on the door list.
      await room.door('remove', [mark])
      return json({ message: ROOM_MESSAGES.readmitted })
    } catch (error) {
      return janusDown(error)
    }
  })

  return app
}
