/** The member's inbox (hộp thư thông báo): GET /inbox, GET /inbox/{id}, POST /inbox/{id}/read. */
import type { Where } from 'payload'
import { json, jsonError } from '../http/json.ts'
import { refuseCrossOrigin } from '../http/origin.ts'
import type { Route } from '../http/route.ts'
import { INBOX_MESSAGES } from './messages.ts'
import { itemOperation, listOperation, readOperation } from './openapi.ts'
import { type InboxOptions, itemIdFrom, type Signed, signedIn } from './options.ts'
import { type InboxRowDoc, presentRows } from './present.ts'

export type { InboxOptions } from './options.ts'

const MAX_LIMIT = 50

function pageArgs(url: URL): { page: number; limit: number } | Response {
  const page = url.searchParams.get('page') ?? '1'
  const limit = url.searchParams.get('limit') ?? '20'
  if (!/^\d{1,5}$/.test(page) || Number(page) < 1)
    return jsonError(400, 'invalid_input', INBOX_MESSAGES.badPage)
  if (!/^\d{1,2}$/.test(limit) || Number(limit) < 1 || Number(limit) > MAX_LIMIT)
    return jsonError(400, 'invalid_input', INBOX_MESSAGES.badLimit)
  return { page: Number(page), limit: Number(limit) }
}

/** One of the signed-in member's own rows (admins too read only their own here), or null. */
async function ownRow({ payload, user }: Signed, raw: string): Promise<InboxRowDoc | null> {
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
  return (docs[0] as unknown as InboxRowDoc | undefined) ?? null
}

export function inboxRoutes(options: InboxOptions): Route[] {
  const signIn = signedIn(options)
  const mine = (user: Signed['user']): Where => ({ recipient: { equals: user.id } })

  const list: Route = {
    method: 'GET',
    path: '/inbox',
    operation: listOperation,
    handler: async (request) => {
      const args = pageArgs(new URL(request.url))
      if (args instanceof Response) return args
      const signed = await signIn(request)
      if (signed instanceof Response) return signed
      const { payload, user } = signed
      const [found, unread] = await Promise.all([
        payload.find({
          collection: 'inbox',
          where: mine(user),
          // Unread first (false sorts before true on every engine), then the newest.
          sort: ['read', '-sentAt'],
          ...args,
          depth: 0,
          user,
          overrideAccess: false,
        }),
        payload.count({
          collection: 'inbox',
          where: { and: [mine(user), { read: { equals: false } }] },
          user,
          overrideAccess: false,
        }),
      ])
      return json({
        items: await presentRows(payload, found.docs as unknown as InboxRowDoc[], false),
        page: found.page,
        totalPages: found.totalPages,
        total: found.totalDocs,
        unread: unread.totalDocs,
      })
    },
  }

  const item: Route = {
    method: 'GET',
    path: '/inbox/{id}',
    operation: itemOperation,
    handler: async (request) => {
      const id = itemIdFrom(request)
      if (!id) return jsonError(400, 'invalid_input', INBOX_MESSAGES.badId)
      const signed = await signIn(request)
      if (signed instanceof Response) return signed
      const row = await ownRow(signed, id)
      const [view] = row ? await presentRows(signed.payload, [row], true) : []
      return view ? json({ item: view }) : jsonError(404, 'not_found', INBOX_MESSAGES.notFound)
    },
  }

  const markRead: Route = {
    method: 'POST',
    path: '/inbox/{id}/read',
    operation: readOperation,
    handler: async (request) => {
      const crossOrigin = refuseCrossOrigin(request, { allowedOrigins: options.allowedOrigins })
      if (crossOrigin) return crossOrigin
      const id = itemIdFrom(request)
      if (!id) return jsonError(400, 'invalid_input', INBOX_MESSAGES.badId)
      const signed = await signIn(request)
      if (signed instanceof Response) return signed
      const row = await ownRow(signed, id)
      if (!row) return jsonError(404, 'not_found', INBOX_MESSAGES.notFound)
      // Marking twice keeps the first reading time: the report counts when people first read.
      if (row.read) return json({ id: row.id, read: true, readAt: row.readAt ?? null })
      const readAt = new Date().toISOString()
      await signed.payload.update({
        collection: 'inbox',
        id: row.id,
        data: { read: true, readAt },
        depth: 0,
        user: signed.user,
        overrideAccess: false,
      })
      return json({ id: row.id, read: true, readAt })
    },
  }

  return [list, item, markRead]
}
