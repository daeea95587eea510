/**
 * Meeting minutes (biên bản): GET /meetings/{id}/minutes (read), POST …/minutes/draft (build or rebuild the
 * draft from the meeting), PUT …/minutes (the recorder's text), POST …/minutes/approve (the chair locks it),
 * GET …/minutes.pdf (the party document). Every route starts from the caller's standing to the meeting.
 *
 * The collection is write-only for the server (systemOnly), so writes here use `overrideAccess: true` after the
 * standing check; reads are done as the caller, so a member never gets a draft.
 */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import type { MeetingMinutes } from '@sotay/cms'
import {
  idOf,
  keepNotes,
  localityOf,
  MINUTES_MESSAGES,
  type MinutesGenerated,
  minutesFileName,
  viDateTime,
} from '@sotay/content-schemas'
import { APIError, type Payload } from 'payload'
import type { FnEnv } from '../../http/env.ts'
import { answer, json, jsonError, refusal } from '../../http/json.ts'
import { jsonBody } from '../../http/jsonBody.ts'
import { mount } from '../../http/mount.ts'
import { type PayloadSource, payloadReady } from '../../http/payloadReady.ts'
import { sameOrigin } from '../../http/sameOrigin.ts'
import { signedIn } from '../../http/signedIn.ts'
import { refuseInvalid } from '../../http/validation.ts'
import type { SignedInUser } from '../../session/member.ts'
import { type MeetingStanding, meetingStanding } from '../standing.ts'
import { presentMinutes, storedNotes } from './present.ts'
import { MeetingParams, MinutesAnswerSchema, MinutesBody } from './schemas.ts'
import { generatedFor } from './snapshot.ts'

export interface MinutesOptions {
  payload: PayloadSource
  allowedOrigins?: string[]
}

const tags = ['Sinh hoạt chi bộ']
const common = {
  400: refusal('Mã cuộc họp hoặc dữ liệu gửi lên không hợp lệ'),
  401: refusal('Chưa đăng nhập'),
  404: refusal('Không có cuộc họp, hoặc không được mời (không phân biệt)'),
  503: refusal('Hệ thống đang khởi động'),
}
const writes = {
  403: refusal('Không có quyền, hoặc không gửi từ chính trang'),
  409: refusal('Biên bản đã được thông qua, hoặc cuộc họp đã hủy'),
}
const request = { params: MeetingParams }

const readRoute = createRoute({
  method: 'get',
  path: '/meetings/{id}/minutes',
  operationId: 'meetingMinutes',
  summary: 'Biên bản cuộc họp (dự thảo cho người điều hành; bản đã thông qua cho mọi người được mời)',
  tags,
  request,
  responses: { 200: answer('Biên bản và việc người hỏi được làm', MinutesAnswerSchema), ...common },
})

const draftRoute = createRoute({
  method: 'post',
  path: '/meetings/{id}/minutes/draft',
  operationId: 'draftMeetingMinutes',
  summary: 'Lập (hoặc lập lại) dự thảo biên bản từ diễn biến cuộc họp, giữ nguyên phần thư ký đã ghi',
  tags,
  request,
  responses: { 200: answer('Dự thảo', MinutesAnswerSchema), ...common, ...writes },
})

const editRoute = createRoute({
  method: 'put',
  path: '/meetings/{id}/minutes',
  operationId: 'editMeetingMinutes',
  summary: 'Thư ký ghi ý kiến thảo luận, kết luận từng nội dung và kết luận chung',
  tags,
  request: { ...request, body: { content: { 'application/json': { schema: MinutesBody } }, required: true } },
  responses: {
    200: answer('Đã lưu', MinutesAnswerSchema),
    413: refusal('Dữ liệu gửi lên quá lớn'),
    415: refusal('Không phải application/json'),
    ...common,
    ...writes,
  },
})

const approveRoute = createRoute({
  method: 'post',
  path: '/meetings/{id}/minutes/approve',
  operationId: 'approveMeetingMinutes',
  summary: 'Chủ trì thông qua biên bản: phần lập từ cuộc họp được chốt lại, biên bản bị khóa',
  tags,
  request,
  responses: { 200: answer('Đã thông qua', MinutesAnswerSchema), ...common, ...writes },
})

const pdfRoute = createRoute({
  method: 'get',
  path: '/meetings/{id}/minutes.pdf',
  operationId: 'meetingMinutesPdf',
  summary: 'Biên bản dạng PDF (khổ A4, thể thức văn bản của Đảng); dự thảo có dòng "DỰ THẢO"',
  tags,
  request,
  responses: {
    200: {
      description: 'Tệp PDF',
      content: { 'application/pdf': { schema: z.string().openapi({ format: 'binary' }) } },
    },
    ...common,
  },
})

/** The minutes of a meeting as stored, whoever asks (the caller's standing was checked first). */
async function storedMinutes(payload: Payload, meetingId: string | number) {
  const { docs } = await payload.find({
    collection: 'meeting-minutes',
    where: { meeting: { equals: meetingId } },
    depth: 0,
    limit: 1,
    overrideAccess: true,
  })
  return (docs[0] as MeetingMinutes | undefined) ?? null
}

/** The same, read as the caller: null for a member while it is a draft. */
async function readableMinutes(payload: Payload, user: SignedInUser, meetingId: string | number) {
  const { docs } = await payload.find({
    collection: 'meeting-minutes',
    where: { meeting: { equals: meetingId } },
    depth: 0,
    limit: 1,
    user,
    overrideAccess: false,
  })
  return (docs[0] as MeetingMinutes | undefined) ?? null
}

const mayApprove = (s: MeetingStanding) => s.isChair || (idOf(s.meeting.chair) === undefined && s.admin)
const mayWrite = (s: MeetingStanding, doc: MeetingMinutes | null) =>
  s.runs && s.meeting.status !== 'cancelled' && doc?.status !== 'approved'

async function approverName(payload: Payload, doc: MeetingMinutes): Promise<MeetingMinutes> {
  const id = idOf(doc.approvedBy)
  if (id === undefined) return doc
  // The caller may read these minutes; the approver's name is part of them, whoever may read that user.
  const user = await payload.findByID({
    collection: 'users',
    id,
    depth: 0,
    select: { fullName: true },
    overrideAccess: true,
    disableErrors: true,
  })
  return { ...doc, approvedBy: user ?? doc.approvedBy } as MeetingMinutes
}

async function generatedOf(payload: Payload, s: MeetingStanding, doc: MeetingMinutes) {
  return doc.status === 'approved'
    ? (doc.generated as unknown as MinutesGenerated)
    : generatedFor(payload, s.meeting)
}

async function answerFor(payload: Payload, s: MeetingStanding, doc: MeetingMinutes | null, message?: string) {
  const can = {
    draft: mayWrite(s, doc),
    edit: mayWrite(s, doc),
    approve: mayApprove(s) && doc?.status === 'draft' && s.meeting.status !== 'cancelled',
  }
  if (!doc) return json({ minutes: null, can, message })
  const minutes = presentMinutes(
    await approverName(payload, doc),
    await generatedOf(payload, s, doc),
    String(s.meeting.id),
  )
  return json({ minutes, can, message })
}

const locked = () => jsonError(409, 'minutes_locked', MINUTES_MESSAGES.locked)
const isLockRefusal = (error: unknown) =>
  error instanceof APIError && error.message === MINUTES_MESSAGES.locked

/** Writes with the lock's refusal (an approval that landed between our read and this write) as a 409. */
async function lockedSafe(write: () => Promise<unknown>): Promise<Response | null> {
  try {
    await write()
    return null
  } catch (error) {
    if (isLockRefusal(error)) return locked()
    throw error
  }
}

/** Creates the draft, or refreshes its generated parts keeping what the recorder wrote. */
async function buildDraft(payload: Payload, s: MeetingStanding, doc: MeetingMinutes | null) {
  const generated = await generatedFor(payload, s.meeting)
  const notes = keepNotes(generated.items, doc ? storedNotes(doc) : [])
  const draftedAt = new Date().toISOString()
  if (doc) {
    return payload.update({
      collection: 'meeting-minutes',
      id: doc.id,
      data: { generated: generated as never, notes, draftedAt },
      depth: 0,
      overrideAccess: true,
    })
  }
  return payload.create({
    collection: 'meeting-minutes',
    data: {
      meeting: s.meeting.id,
      org: idOf(s.meeting.org) as number,
      status: 'draft',
      generated: generated as never,
      notes,
      draftedAt,
      placeName: localityOf(generated.header.superior || generated.header.organisation),
    },
    depth: 0,
    overrideAccess: true,
  })
}

export function minutesRoutes(options: MinutesOptions): OpenAPIHono<FnEnv> {
  const ready = payloadReady(options.payload, MINUTES_MESSAGES.unavailable)
  const member = [ready, signedIn({ message: MINUTES_MESSAGES.signIn })]
  const writer = [sameOrigin(options), ...member]
  const app = new OpenAPIHono<FnEnv>({ defaultHook: refuseInvalid() })
  const notFound = () => jsonError(404, 'not_found', MINUTES_MESSAGES.notFound)

  mount(app, { ...readRoute, middleware: member }, async (c) => {
    const { payload, user } = c.var
    const s = await meetingStanding(payload, user, c.req.valid('param').id)
    if (!s) return notFound()
    const doc = await readableMinutes(payload, user, s.meeting.id)
    const message = doc ? undefined : s.runs ? MINUTES_MESSAGES.noMinutes : MINUTES_MESSAGES.notApproved
    return answerFor(payload, s, doc, message)
  })

  mount(app, { ...draftRoute, middleware: writer }, async (c) => {
    const { payload, user } = c.var
    const s = await meetingStanding(payload, user, c.req.valid('param').id)
    if (!s) return notFound()
    if (!s.runs) return jsonError(403, 'forbidden', MINUTES_MESSAGES.cannotDraft)
    if (s.meeting.status === 'cancelled') return jsonError(409, 'cancelled', MINUTES_MESSAGES.cancelled)
    const existing = await storedMinutes(payload, s.meeting.id)
    if (existing?.status === 'approved') return locked()
    const refused = await lockedSafe(() => buildDraft(payload, s, existing))
    if (refused) return refused
    return answerFor(payload, s, await storedMinutes(payload, s.meeting.id), MINUTES_MESSAGES.drafted)
  })

  mount(app, { ...editRoute, middleware: [...writer, jsonBody(512 * 1024)] }, async (c) => {
    const { payload, user } = c.var
    const s = await meetingStanding(payload, user, c.req.valid('param').id)
    if (!s) return notFound()
    if (!s.runs) return jsonError(403, 'forbidden', MINUTES_MESSAGES.cannotEdit)
    if (s.meeting.status === 'cancelled') return jsonError(409, 'cancelled', MINUTES_MESSAGES.cancelled)
    let doc = await storedMinutes(payload, s.meeting.id)
    if (doc?.status === 'approved') return locked()
    const body = c.req.valid('json')
    // Editing before anyone drafted: the draft is built first, so the notes have their items.
    if (!doc) doc = (await buildDraft(payload, s, null)) as MeetingMinutes
    const generated = await generatedFor(payload, s.meeting)
    const notes = keepNotes(generated.items, storedNotes(doc))
    for (const edit of body.notes ?? []) {
      const note = notes.find((n) => n.itemKey === edit.itemKey)
      if (!note) return jsonError(400, 'unknown_item', MINUTES_MESSAGES.unknownItem)
      note.discussion = edit.discussion.trim()
      note.conclusion = edit.conclusion.trim()
    }
    const id = doc.id
    const refused = await lockedSafe(() =>
      payload.update({
        collection: 'meeting-minutes',
        id,
        data: {
          notes,
          ...(body.summary === undefined ? {} : { summary: body.summary.trim() }),
          ...(body.placeName === undefined ? {} : { placeName: body.placeName.trim() }),
        },
        depth: 0,
        overrideAccess: true,
      }),
    )
    if (refused) return refused
    return answerFor(payload, s, await storedMinutes(payload, s.meeting.id), MINUTES_MESSAGES.saved)
  })

  mount(app, { ...approveRoute, middleware: writer }, async (c) => {
    const { payload, user } = c.var
    const s = await meetingStanding(payload, user, c.req.valid('param').id)
    if (!s) return notFound()
    if (!mayApprove(s)) return jsonError(403, 'forbidden', MINUTES_MESSAGES.cannotApprove)
    const doc = await storedMinutes(payload, s.meeting.id)
    if (!doc) return jsonError(409, 'no_minutes', MINUTES_MESSAGES.noMinutes)
    if (doc.status === 'approved') return locked()
    if (s.meeting.status === 'cancelled') return jsonError(409, 'cancelled', MINUTES_MESSAGES.cancelled)
    // The generated parts are frozen as they stand now: later check-ins or votes no longer change the record.
    const generated = await generatedFor(payload, s.meeting)
    const refused = await lockedSafe(() =>
      payload.update({
        collection: 'meeting-minutes',
        id: doc.id,
        data: {
          status: 'approved',
          generated: generated as never,
          notes: keepNotes(generated.items, storedNotes(doc)),
          approvedBy: user.id,
          approvedAt: new Date().toISOString(),
        },
        depth: 0,
        overrideAccess: true,
      }),
    )
    if (refused) return refused
    return answerFor(payload, s, await storedMinutes(payload, s.meeting.id), MINUTES_MESSAGES.approved)
  })

  mount(app, { ...pdfRoute, middleware: member }, async (c) => {
    const { payload, user } = c.var
    const s = await meetingStanding(payload, user, c.req.valid('param').id)
    if (!s) return notFound()
    const doc = await readableMinutes(payload, user, s.meeting.id)
    if (!doc) {
      const exists = await storedMinutes(payload, s.meeting.id)
      return jsonError(404, 'no_minutes', exists ? MINUTES_MESSAGES.notApproved : MINUTES_MESSAGES.noMinutes)
    }
    const generated = await generatedOf(payload, s, doc)
    // pdf-lib loads on the first PDF asked for, not at a cold start.
    const { renderMinutesPdf } = await import('@sotay/cms/minutes')
    const bytes = await renderMinutesPdf({
      status: doc.status,
      generated,
      notes: keepNotes(generated.items, storedNotes(doc)),
      summary: doc.summary ?? '',
      placeName: doc.placeName ?? '',
      approvedAt: viDateTime(doc.approvedAt),
    })
    const file = minutesFileName(generated.header.organisation, generated.header.day)
    const vietnamese = `Biên bản ${generated.header.organisation} ${generated.header.day}.pdf`
    return new Response(Buffer.from(bytes), {
      headers: {
        'content-type': 'application/pdf',
        'content-disposition': `attachment; filename="${file}"; filename*=UTF-8''${encodeURIComponent(vietnamese)}`,
        'cache-control': 'private, no-store',
      },
    })
  })

  return app
}
