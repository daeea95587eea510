/**
 * Member reading (đọc tài liệu): lists and items of news, documents, study topics and FAQ, search and the ask
 * form's suggestions, all as the signed-in member (Payload's access rules decide), published only.
 */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi'
import type { FnEnv } from '../http/env.ts'
import { answer, json, jsonError, refusal } from '../http/json.ts'
import { mount } from '../http/mount.ts'
import { payloadReady } from '../http/payloadReady.ts'
import { signedIn } from '../http/signedIn.ts'
import { refuseInvalid } from '../http/validation.ts'
import { READING_MESSAGES } from './messages.ts'
import type { ReadingOptions } from './options.ts'
import { presentItem, presentSummary } from './present.ts'
import { readItem, readList } from './read.ts'
import {
  ItemParams,
  ListQuery,
  READING_KINDS,
  ReadingItemAnswerSchema,
  type ReadingKind,
  ReadingListSchema,
} from './schemas.ts'
import { search, searchRoute } from './search.ts'
import { suggest, suggestRoute } from './suggest.ts'

export type { ReadingOptions } from './options.ts'

const tags = ['Đọc']
const NAMES: Record<ReadingKind, string> = {
  news: 'tin tức',
  documents: 'văn bản',
  'study-topics': 'chuyên đề học tập',
  faq: 'hỏi đáp thường gặp',
}
const signInRefusals = { 401: refusal('Chưa đăng nhập'), 503: refusal('Hệ thống đang khởi động') }

const listRoute = (kind: ReadingKind) =>
  createRoute({
    method: 'get',
    path: `/reading/${kind}`,
    operationId: `readingList_${kind.replace('-', '_')}`,
    summary: `Danh sách ${NAMES[kind]} đảng viên được đọc, mới nhất trước`,
    tags,
    request: { query: ListQuery },
    responses: {
      200: answer('Một trang', ReadingListSchema),
      400: refusal('Tham số không hợp lệ'),
      ...signInRefusals,
    },
  })

const itemRoute = (kind: ReadingKind) =>
  createRoute({
    method: 'get',
    path: `/reading/${kind}/{ref}`,
    operationId: `readingItem_${kind.replace('-', '_')}`,
    summary: `Một mục ${NAMES[kind]}, toàn văn`,
    tags,
    request: { params: ItemParams },
    responses: {
      200: answer('Toàn văn', ReadingItemAnswerSchema),
      400: refusal('Địa chỉ không hợp lệ'),
      404: refusal('Không có, hoặc không được đọc (không phân biệt)'),
      ...signInRefusals,
    },
  })

export function readingRoutes(options: ReadingOptions): OpenAPIHono<FnEnv> {
  const member = [
    payloadReady(options.payload),
    signedIn({ code: 'unauthorized', message: READING_MESSAGES.signIn }),
  ]
  const app = new OpenAPIHono<FnEnv>({ defaultHook: refuseInvalid() })
  mount(app, { ...searchRoute, middleware: member }, search(options))
  mount(app, { ...suggestRoute, middleware: member }, suggest(options))

  for (const kind of READING_KINDS) {
    mount(app, { ...listRoute(kind), middleware: member }, async (c) => {
      const { payload, user } = c.var
      const found = await readList(payload, user, kind, c.req.valid('query'))
      return json({
        items: found.docs.map((doc) => presentSummary(kind, doc, user)),
        page: found.page ?? 1,
        totalPages: found.totalPages,
        total: found.totalDocs,
      })
    })
    mount(
      app,
      { ...itemRoute(kind), middleware: member },
      async (c) => {
        const { payload, user } = c.var
        const doc = await readItem(payload, user, kind, c.req.valid('param').ref)
        return doc
          ? json({ item: presentItem(kind, doc, user) })
          : jsonError(404, 'not_found', READING_MESSAGES.notFound)
      },
      // A malformed address is just as unknown as a missing one.
      refuseInvalid('not_found', 404),
    )
  }
  return app
}
