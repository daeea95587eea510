/**
 * Votes (biểu quyết): the runner opens and closes them; a member present (checked in, on site or online) casts
 * one ballot. A secret vote's ballot leaves only "has voted" and a count (cms MeetingBallots/castBallot.ts).
 */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi'
import type { MeetingBallot, MeetingVote } from '@sotay/cms'
import { ballotKey, castBallot } from '@sotay/cms/meeting-ballots'
import { DEFAULT_VOTE_CHOICES, idOf } from '@sotay/content-schemas'
import type { FnEnv } from '../../http/env.ts'
import { answer, json, jsonError, refusal } from '../../http/json.ts'
import { jsonBody } from '../../http/jsonBody.ts'
import { mount } from '../../http/mount.ts'
import { type PayloadSource, payloadReady } from '../../http/payloadReady.ts'
import { sameOrigin } from '../../http/sameOrigin.ts'
import { signedIn } from '../../http/signedIn.ts'
import { refuseInvalid } from '../../http/validation.ts'
import { MeetingIdParam } from '../checkin/schemas.ts'
import { MEETING_MESSAGES as M } from '../messages.ts'
import { type MeetingStanding, meetingStanding } from '../standing.ts'
import { finalCounts, presentVote } from './present.ts'
import { BallotBody, OpenVoteBody, VoteAnswerSchema, VoteParam, VotesSchema } from './schemas.ts'

export interface VotesOptions {
  payload: PayloadSource
  allowedOrigins?: string[]
}

const tags = ['Sinh hoạt chi bộ']
const common = {
  401: refusal('Chưa đăng nhập'),
  403: refusal('Không có quyền, hoặc không gửi từ chính trang'),
  404: refusal('Không tìm thấy cuộc họp hoặc biểu quyết'),
  503: refusal('Hệ thống đang khởi động'),
}
const posting = {
  400: refusal('Dữ liệu không hợp lệ'),
  409: refusal('Đã biểu quyết, biểu quyết đã kết thúc, hoặc cuộc họp đã hủy'),
  413: refusal('Dữ liệu gửi lên quá lớn'),
  415: refusal('Không phải application/json'),
  ...common,
}

const listRoute = createRoute({
  method: 'get',
  path: '/meetings/{id}/votes',
  operationId: 'meetingVotes',
  summary: 'Các biểu quyết của cuộc họp: tôi đã biểu quyết chưa; kết quả (người điều hành: trực tiếp)',
  tags,
  request: { params: MeetingIdParam },
  responses: { 200: answer('Các biểu quyết', VotesSchema), ...common },
})

const openRoute = createRoute({
  method: 'post',
  path: '/meetings/{id}/votes',
  operationId: 'openMeetingVote',
  summary: 'Mở một biểu quyết (công khai hoặc kín) về một nội dung',
  tags,
  request: {
    params: MeetingIdParam,
    body: { content: { 'application/json': { schema: OpenVoteBody } }, required: true },
  },
  responses: { 201: answer('Đã mở biểu quyết', VoteAnswerSchema), ...posting },
})

const ballotRoute = createRoute({
  method: 'post',
  path: '/meetings/{id}/votes/{voteId}/ballot',
  operationId: 'castMeetingBallot',
  summary: 'Tôi biểu quyết (một lần, khi đã có mặt)',
  tags,
  request: {
    params: VoteParam,
    body: { content: { 'application/json': { schema: BallotBody } }, required: true },
  },
  responses: { 200: answer('Đã ghi nhận', VoteAnswerSchema), ...posting },
})

const closeRoute = createRoute({
  method: 'post',
  path: '/meetings/{id}/votes/{voteId}/close',
  operationId: 'closeMeetingVote',
  summary: 'Kết thúc biểu quyết và ghi kết quả',
  tags,
  request: { params: VoteParam },
  responses: { 200: answer('Đã kết thúc', VoteAnswerSchema), ...posting },
})

export function votesRoutes(options: VotesOptions): OpenAPIHono<FnEnv> {
  const ready = payloadReady(options.payload, M.unavailable)
  const member = [ready, signedIn({ message: M.signIn })]
  const posts = [sameOrigin(options), ...member, jsonBody(8 * 1024)]
  const app = new OpenAPIHono<FnEnv>({ defaultHook: refuseInvalid() })

  const standingOf = async (c: { var: FnEnv['Variables'] }, id: string) =>
    (await meetingStanding(c.var.payload, c.var.user, id)) ?? jsonError(404, 'not_found', M.notFound)

  /** The vote of this meeting; votes are systemOnly to write, read here after the standing check. */
  const voteOf = async (c: { var: FnEnv['Variables'] }, standing: MeetingStanding, voteId: string) => {
    const vote = (await c.var.payload.findByID({
      collection: 'meeting-votes',
      id: voteId,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
    })) as MeetingVote | null
    if (!vote || String(idOf(vote.meeting)) !== String(standing.meeting.id))
      return jsonError(404, 'vote_not_found', M.voteNotFound)
    return vote
  }

  /** My ballots on these votes ("has voted", and the choice of an open vote), systemOnly rows read as the server. */
  const ballotsOf = async (c: { var: FnEnv['Variables'] }, votes: MeetingVote[]) => {
    if (!votes.length) return new Map<string, MeetingBallot>()
    const { docs } = await c.var.payload.find({
      collection: 'meeting-ballots',
      where: { id: { in: votes.map((v) => ballotKey(v.id, c.var.user.id)) } },
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
    })
    return new Map((docs as MeetingBallot[]).map((b) => [String(idOf(b.vote)), b]))
  }

  const present = (standing: MeetingStanding) => Boolean(standing.attendance?.checkedInAt)

  mount(app, { ...listRoute, middleware: member }, async (c) => {
    const standing = await standingOf(c, c.req.valid('param').id)
    if (standing instanceof Response) return standing
    if (!standing.runs && !standing.attendance) return jsonError(404, 'not_found', M.notFound)
    const { docs } = await c.var.payload.find({
      collection: 'meeting-votes',
      where: { meeting: { equals: standing.meeting.id } },
      sort: 'createdAt',
      depth: 0,
      limit: 100,
      // The standing check above is the rule (invited or runs); chair and recorder run it without a grant.
      overrideAccess: true,
    })
    const votes = docs as MeetingVote[]
    const mine = await ballotsOf(c, votes)
    const reader = { runs: standing.runs, present: present(standing) }
    return json({
      votes: votes.map((v) => presentVote(v, { ...reader, ballot: mine.get(String(v.id)) })),
      runs: standing.runs,
      present: reader.present,
    })
  })

  mount(app, { ...openRoute, middleware: posts }, async (c) => {
    const standing = await standingOf(c, c.req.valid('param').id)
    if (standing instanceof Response) return standing
    if (!standing.runs) return jsonError(403, 'not_runner', M.notRunner)
    if (standing.meeting.status === 'cancelled') return jsonError(409, 'cancelled', M.cancelled)
    const body = c.req.valid('json')
    const labels = body.choices ?? [...DEFAULT_VOTE_CHOICES]
    if (new Set(labels.map((l) => l.toLocaleLowerCase('vi'))).size !== labels.length)
      return jsonError(400, 'duplicate_choices', M.duplicateChoices)
    // Votes are the server's to write (systemOnly): the runner was checked above.
    const vote = (await c.var.payload.create({
      collection: 'meeting-votes',
      data: {
        meeting: standing.meeting.id,
        question: body.question,
        agendaItem: body.agendaItem || undefined,
        secret: body.secret,
        choices: labels.map((label) => ({ label, count: 0 })),
        status: 'open',
        votersCount: 0,
        counts: {},
        org: idOf(standing.meeting.org) as number,
      },
      overrideAccess: true,
      depth: 0,
    })) as MeetingVote
    const answerVote = presentVote(vote, { runs: true, present: present(standing), ballot: undefined })
    return json({ vote: answerVote, message: M.opened }, { status: 201 })
  })

  mount(app, { ...ballotRoute, middleware: posts }, async (c) => {
    const { id, voteId } = c.req.valid('param')
    const standing = await standingOf(c, id)
    if (standing instanceof Response) return standing
    if (!standing.attendance) return jsonError(403, 'not_invited', M.notInvited)
    const vote = await voteOf(c, standing, voteId)
    if (vote instanceof Response) return vote
    if (vote.status === 'closed') return jsonError(409, 'vote_closed', M.voteClosed)
    if (!present(standing)) return jsonError(403, 'not_present', M.notPresent)
    const wanted = c.req.valid('json').choice.trim()
    const choice = vote.choices.find((ch) => ch.id === wanted || ch.label === wanted)
    if (!choice?.id) return jsonError(400, 'bad_choice', M.badChoice)
    const outcome = await castBallot(c.var.payload, {
      vote: vote.id,
      member: c.var.user.id,
      choiceId: choice.id,
      choiceLabel: choice.label,
      secret: Boolean(vote.secret),
    })
    if (outcome === 'again') return jsonError(409, 'already_voted', M.alreadyVoted)
    const fresh = (await voteOf(c, standing, voteId)) as MeetingVote
    const ballot = { choice: vote.secret ? null : choice.label } as MeetingBallot
    const answerVote = presentVote(fresh, { runs: standing.runs, present: true, ballot })
    return json({ vote: answerVote, message: vote.secret ? M.votedSecret : M.voted })
  })

  mount(app, { ...closeRoute, middleware: posts }, async (c) => {
    const { id, voteId } = c.req.valid('param')
    const standing = await standingOf(c, id)
    if (standing instanceof Response) return standing
    if (!standing.runs) return jsonError(403, 'not_runner', M.notRunner)
    const vote = await voteOf(c, standing, voteId)
    if (vote instanceof Response) return vote
    if (vote.status === 'closed') return jsonError(409, 'vote_closed', M.voteClosed)
    // Server-owned result fields, written for the runner checked above; the minutes read `counts`.
    const closed = (await c.var.payload.update({
      collection: 'meeting-votes',
      id: vote.id,
      data: { status: 'closed', closedAt: new Date().toISOString(), counts: finalCounts(vote) },
      overrideAccess: true,
      depth: 0,
    })) as MeetingVote
    const mine = (await ballotsOf(c, [closed])).get(String(closed.id))
    return json({
      vote: presentVote(closed, { runs: true, present: present(standing), ballot: mine }),
      message: M.closed,
    })
  })

  return app
}
