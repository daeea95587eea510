/**
 * GET /tasks/assignable: the orgs and members the caller may give a task to, for the phone's assign screen.
 * The scope is the org the task would come from: the one the caller's task grant names (or `org`, inside their
 * grants), or, when passing a task on (`parent`), the org that task was given to. Searching folds accents, so
 * "nguyen van" finds "Nguyễn Văn".
 */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi'
import type { Org, User } from '@sotay/cms'
import { num, sqlReaderOf } from '@sotay/cms/reports'
import {
  grantedOrgIds,
  type ID,
  idOf,
  isSuperadmin,
  orgsWithin,
  ownedWithin,
  type Ref,
  searchKey,
  TASK_MESSAGES,
  TASK_ROLES,
} from '@sotay/content-schemas'
import type { MiddlewareHandler } from 'hono'
import type { Payload, Where } from 'payload'
import type { FnEnv } from '../http/env.ts'
import { answer, json, jsonError, refusal } from '../http/json.ts'
import { mount } from '../http/mount.ts'
import type { SignedInUser } from '../session/member.ts'
import { foldedPattern, nameMatches } from './nameSearch.ts'
import { AssignableQuery, AssignableSchema } from './schemas.ts'
import { taskStanding } from './standing.ts'

const PAGE = 20
/** Members who have left or died are not given work. */
const GONE = ['da-chuyen-di', 'tu-tran']

const idParam = (raw: string): ID => (/^\d+$/.test(raw) ? Number(raw) : raw)

/** The org a new task would come from, checked against the caller's grants; null when outside them. */
async function assigningOrg(
  payload: Payload,
  user: SignedInUser,
  query: { org?: string; parent?: string },
): Promise<ID | null> {
  if (query.parent !== undefined) {
    const parent = await taskStanding(payload, user, idParam(query.parent))
    return parent?.passesOn ? (idOf(parent.task.assigneeOrg as Ref) ?? null) : null
  }
  const roots = grantedOrgIds(user, TASK_ROLES)
  if (query.org === undefined) return roots[0] ?? null
  const org = idParam(query.org)
  if (isSuperadmin(user)) return org
  if (!roots.length) return null
  const { totalDocs } = await payload.count({
    collection: 'orgs',
    where: { and: [{ id: { equals: org } }, orgsWithin(roots)] },
    overrideAccess: true,
  })
  return totalDocs ? org : null
}

/**
 * A page of the members of `org`'s subtree whose folded name holds `q`. On SQL the database matches, counts and
 * pages (the subtree by its indexed `org`/`orgAncestors`), and the page's ids are read back as the caller, so
 * the rules still decide what they see; elsewhere the names are folded here.
 */
async function memberPage(payload: Payload, user: SignedInUser, org: ID, q: string, page: number) {
  const asUser = { user, overrideAccess: false, depth: 0, pagination: false } as const
  const select = { fullName: true, org: true } as const
  const db = sqlReaderOf(payload)
  if (!db) {
    const where: Where = { and: [ownedWithin([org]), { status: { not_in: GONE } }] }
    const { docs } = await payload.find({ collection: 'users', where, select, sort: 'fullName', ...asUser })
    return pageOf(docs as User[], (u) => u.fullName, q, page)
  }
  const { sql } = db
  const u = db.table('users')
  const rels = db.table('users_rels')
  const pattern = foldedPattern(q, db.engine)
  const within = sql`${u.status} not in (${sql.join(
    GONE.map((s) => sql`${s}`),
    sql`, `,
  )}) and (${u.org} = ${org} or ${u.id} in (select ${rels.parent} from ${rels}
    where ${rels.path} = 'orgAncestors' and ${rels.orgsID} = ${org}))${pattern ? sql` and ${nameMatches(db, u.fullName, pattern)}` : sql``}`
  const [ids, counted] = await Promise.all([
    db.rows(
      sql`select ${u.id} as "id" from ${u} where ${within} order by ${u.fullName}, ${u.id}
        limit ${PAGE} offset ${(page - 1) * PAGE}`,
    ),
    db.rows(sql`select count(*) as "n" from ${u} where ${within}`),
  ])
  const total = num(counted[0]?.n)
  if (!ids.length) return { rows: [] as User[], total }
  const { docs } = await payload.find({
    collection: 'users',
    where: { id: { in: ids.map((r) => r.id as ID) } },
    select,
    sort: 'fullName',
    ...asUser,
  })
  return { rows: docs as User[], total }
}

/** A page of a list filtered by folded name. Names are folded here, not in SQL: neither engine folds Vietnamese. */
function pageOf<T>(rows: T[], name: (row: T) => string, q: string, page: number) {
  const key = searchKey(q)
  const hits = key ? rows.filter((row) => searchKey(name(row)).includes(key)) : rows
  return { rows: hits.slice((page - 1) * PAGE, page * PAGE), total: hits.length }
}

export function mountAssignable(app: OpenAPIHono<FnEnv>, member: MiddlewareHandler<FnEnv>[]): void {
  mount(
    app,
    createRoute({
      method: 'get',
      path: '/tasks/assignable',
      operationId: 'assignableTargets',
      summary: 'Tổ chức và đảng viên mình được giao nhiệm vụ (trong phạm vi phụ trách), tìm không cần dấu',
      tags: ['Nhiệm vụ'],
      middleware: member,
      request: { query: AssignableQuery },
      responses: {
        200: answer('Nơi có thể giao', AssignableSchema),
        403: refusal('Ngoài phạm vi phụ trách'),
        401: refusal('Chưa đăng nhập'),
        503: refusal('Hệ thống đang khởi động'),
      },
    }),
    async (c) => {
      const { payload, user } = c.var
      const query = c.req.valid('query')
      const org = await assigningOrg(payload, user, query)
      if (org === null)
        return jsonError(
          403,
          'outside_subtree',
          query.parent === undefined ? TASK_MESSAGES.outsideSubtree : TASK_MESSAGES.badParent,
        )
      const page = query.page ?? 1
      const q = query.q ?? ''
      const asUser = { user, overrideAccess: false, depth: 0, pagination: false } as const
      const from = (await payload.findByID({
        collection: 'orgs',
        id: org,
        depth: 0,
        overrideAccess: true,
      })) as Org
      if (query.kind === 'org') {
        const { docs } = await payload.find({
          collection: 'orgs',
          where: orgsWithin([org]),
          select: { name: true, depth: true },
          sort: 'path',
          ...asUser,
        })
        const { rows, total } = pageOf(docs as Org[], (o) => o.name, q, page)
        return json({
          from: { id: from.id, name: from.name },
          kind: 'org',
          targets: rows.map((o) => ({
            id: o.id,
            name: o.name,
            detail: o.id === from.id ? 'Tổ chức giao' : '',
          })),
          page,
          totalPages: Math.max(1, Math.ceil(total / PAGE)),
        })
      }
      const { rows, total } = await memberPage(payload, user, org, q, page)
      const orgIds = [...new Set(rows.map((u) => idOf(u.org as Ref)).filter((id) => id !== undefined))]
      const names = orgIds.length
        ? (
            await payload.find({
              collection: 'orgs',
              where: { id: { in: orgIds } },
              select: { name: true },
              ...asUser,
            })
          ).docs
        : []
      const orgName = (ref: unknown) =>
        (names as Org[]).find((o) => String(o.id) === String(idOf(ref as Ref)))?.name ?? ''
      return json({
        from: { id: from.id, name: from.name },
        kind: 'member',
        targets: rows.map((u) => ({ id: u.id, name: u.fullName, detail: orgName(u.org) })),
        page,
        totalPages: Math.max(1, Math.ceil(total / PAGE)),
      })
    },
  )
}
