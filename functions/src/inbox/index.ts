/** The member's inbox (hộp thư thông báo): GET /inbox, GET /inbox/{id}, POST /inbox/{id}/read. */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi'
import type { Payload } from 'payload'
import type { FnEnv } from '../http/env.ts'
import { answer, json, jsonError, refusal } from '../http/json.ts'
import { leanReadsFor, recordActivity } from '../http/leanReads.ts'
import { mount } from '../http/mount.ts'
import { type PayloadSource, payloadReady } from '../http/payloadReady.ts'
import { sameOrigin } from '../http/sameOrigin.ts'
import { NOT_SIGNED_IN, signedIn } from '../http/signedIn.ts'
import { refuseInvalid } from '../http/validation.ts'
import { currentUser, type SignedInUser } from '../session/member.ts'
import type { SessionVerifierOptions } from '../session/verifier.ts'
import { type LeanInbox, leanInboxList, listRoute, mediaFileUrl, signInRefusals, tags } from './list.ts'
import { INBOX_MESSAGES } from './messages.ts'
import { type InboxRowDoc, presentRows } from './present.ts'
import type { PageArgs } from './queries.ts'
import { InboxItemAnswerSchema, type InboxPage, ItemParams, ReadReceiptSchema } from './schemas.ts'

export interface InboxOptions extends SessionVerifierOptions {
  /** Payload (Local API); a promise lets the server answer before the CMS has finished loading. */
  payload: PayloadSource
  /** Origins accepted for POST besides the request's own (SERVER_URL behind a TLS proxy). */
  allowedOrigins?: string[]
}

const itemRoute = createRoute({
  method: 'get',
  path: '/inbox/{id}',
  operationId: 'inboxItem',
  summary: 'Một thông báo trong hộp thư, toàn văn và tệp đính kèm',
  tags,
  request: { params: ItemParams },
  responses: {
    200: answer('Thông báo', InboxItemAnswerSchema),
    400: refusal('Mã không hợp lệ'),
    404: refusal('Không có trong hộp thư của người này'),
    ...signInRefusals,
  },
})

const readRoute = createRoute({
  method: 'post',
  path: '/inbox/{id}/read',
  operationId: 'inboxMarkRead',
  summary: 'Đánh dấu đã đọc (gọi lại nhiều lần vẫn giữ thời điểm đọc đầu tiên)',
  tags,
  request: { params: ItemParams },
  responses: {
    200: answer('Đã đánh dấu', ReadReceiptSchema),
    400: refusal('Mã không hợp lệ'),
    403: refusal('Không gửi từ chính trang'),
    404: refusal('Không có trong hộp thư của người này'),
    ...signInRefusals,
  },
})

/** One of the signed-in member's own rows (admins too read only their own here), or null. */
async function ownRow(payload: Payload, user: SignedInUser, raw: string): Promise<InboxRowDoc | null> {
  const id = raw.includes(':') ? raw : `${raw}:${user.id}`
  const { docs } = await payload.find({
    collection: 'inbox',
    where: { and: [{ id: { equals: id } }, { recipient: { equals: user.id } }] },
    depth: 0,
    limit: 1,
    pagination: false,
    user,
    overrideAccess: false,
  })
  return (docs[0] as InboxRowDoc | undefined) ?? null
}

/** The page through Payload's Local API, where there is no SQL (MongoDB). */
async function payloadInboxPage(payload: Payload, user: SignedInUser, args: PageArgs): Promise<InboxPage> {
  const mine = { recipient: { equals: user.id } }
  const [found, unread] = await Promise.all([
    payload.find({
      collection: 'inbox',
      where: mine,
      // Unread first (false sorts before true on every engine), then the newest.
      sort: ['read', '-sentAt'],
      ...args,
      depth: 0,
      user,
      overrideAccess: false,
    }),
    payload.count({
      collection: 'inbox',
      where: { and: [mine, { read: { equals: false } }] },
      user,
      overrideAccess: false,
    }),
  ])
  return {
    items: await presentRows(payload, found.docs as InboxRowDoc[], false),
    page: found.page ?? args.page,
    totalPages: found.totalPages,
    total: found.totalDocs,
    unread: unread.totalDocs,
  }
}

export function inboxRoutes(options: InboxOptions): OpenAPIHono<FnEnv> {
  const ready = payloadReady(options.payload)
  const member = [ready, signedIn()]
  const readsOf = leanReadsFor(options)
  const leanInboxes = new WeakMap<Payload, LeanInbox>()
  // The list's hot path on SQL engines needs only Payload's database, secret and a few settings.
  const leanOf = (payload: Payload): LeanInbox | null => {
    const reads = readsOf(payload)
    if (!reads) return null
    let lean = leanInboxes.get(payload)
    if (!lean) {
      lean = { ...reads, fileUrl: mediaFileUrl(payload.config.serverURL ?? '', payload.config.routes.api) }
      leanInboxes.set(payload, lean)
    }
    return lean
  }
  const app = new OpenAPIHono<FnEnv>({ defaultHook: refuseInvalid() })

  mount(app, { ...listRoute, middleware: [ready] }, async (c) => {
    const { payload } = c.var
    const args = c.req.valid('query')
    const lean = leanOf(payload)
    if (lean) return leanInboxList(lean, c.req.raw.headers, args)
    const member = await currentUser(payload, c.req.raw)
    if (!member) return jsonError(401, 'not_signed_in', NOT_SIGNED_IN)
    await recordActivity(payload, member)
    return json(await payloadInboxPage(payload, member, args))
  })

  mount(app, { ...itemRoute, middleware: member }, async (c) => {
    const { payload, user } = c.var
    const row = await ownRow(payload, user, c.req.valid('param').id)
    const [view] = row ? await presentRows(payload, [row], true) : []
    return view ? json({ item: view }) : jsonError(404, 'not_found', INBOX_MESSAGES.notFound)
  })

  mount(app, { ...readRoute, middleware: [sameOrigin(options), ...member] }, async (c) => {
    const { payload, user } = c.var
    const row = await ownRow(payload, user, c.req.valid('param').id)
    if (!row) return jsonError(404, 'not_found', INBOX_MESSAGES.notFound)
    // Marking twice keeps the first reading time: the report counts when people first read.
    if (row.read) return json({ id: row.id, read: true, readAt: row.readAt ?? null })
    const readAt = new Date().toISOString()
    await payload.update({
      collection: 'inbox',
      id: row.id,
      data: { read: true, readAt },
      depth: 0,
      user,
      overrideAccess: false,
    })
    return json({ id: row.id, read: true, readAt })
  })

  return app
}
