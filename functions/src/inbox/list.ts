/**
 * GET /inbox on its hot path: the lean session check and the SQL page, with no Payload in the way. Apart from
 * the other inbox routes so the Lambda entry can answer it before (and without) loading Payload; `index.ts`
 * mounts the same answer for the Node server.
 */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi'
import type { FnEnv } from '../http/env.ts'
import { answer, json, jsonError, refusal } from '../http/json.ts'
import type { LeanReads } from '../http/leanReads.ts'
import { mount } from '../http/mount.ts'
import { NOT_SIGNED_IN } from '../http/notSignedIn.ts'
import { refuseInvalid } from '../http/validation.ts'
import { type FileUrl, inboxPage, type PageArgs } from './queries.ts'
import { InboxPageSchema, PageQuery } from './schemas.ts'

export const tags = ['Thông báo']
export const signInRefusals = { 401: refusal('Chưa đăng nhập'), 503: refusal('Hệ thống đang khởi động') }

export const listRoute = createRoute({
  method: 'get',
  path: '/inbox',
  operationId: 'inboxList',
  summary: 'Hộp thư thông báo của đảng viên: chưa đọc trước, mới nhất trước',
  tags,
  request: { query: PageQuery },
  responses: {
    200: answer('Một trang thư', InboxPageSchema),
    400: refusal('Tham số không hợp lệ'),
    ...signInRefusals,
  },
})

/** What the hot path needs: the lean reads (SQL, session check, day of use) and where files are served. */
export interface LeanInbox extends LeanReads {
  fileUrl: FileUrl
}

/** Payload's file route for media (`/api/media/file/<name>`), as its upload fields give it. */
export function mediaFileUrl(serverURL: string, apiRoute: string): FileUrl {
  const files = `${serverURL}${apiRoute}/media/file/`
  return (name) => files + encodeURIComponent(name)
}

export async function leanInboxList(lean: LeanInbox, headers: Headers, args: PageArgs): Promise<Response> {
  const member = await lean.verifier.verify(headers)
  if (!member) return jsonError(401, 'not_signed_in', NOT_SIGNED_IN)
  await lean.recordActivity(member)
  return json(await inboxPage(lean.sql, member.id, args, lean.fileUrl))
}

/** The list alone, on a lean inbox that needs no Payload (the Lambda entry's hot path). */
export function inboxListRoutes(lean: LeanInbox | Promise<LeanInbox>): OpenAPIHono<FnEnv> {
  const app = new OpenAPIHono<FnEnv>({ defaultHook: refuseInvalid() })
  mount(app, listRoute, async (c) => leanInboxList(await lean, c.req.raw.headers, c.req.valid('query')))
  return app
}
