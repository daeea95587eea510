/**
 * Nhiệm vụ: GET /tasks (mine), GET /tasks/overview (what my subtree assigned, with sub-assignments' progress),
 * GET /tasks/{id}, POST /tasks (assign, or pass on), POST /tasks/{id}/reports (progress, multipart with a file),
 * POST /tasks/reports/{id}/comments, GET /tasks/assignable (whom the caller may give a task to). Everything is read and written as the caller, except the stored file.
 */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi'
import type { Task, TaskReport } from '@sotay/cms'
import {
  grantedOrgIds,
  type ID,
  idOf,
  isSuperadmin,
  percentProblem,
  type Ref,
  storedOrgPaths,
  TASK_MESSAGES,
  TASK_ROLES,
  TASK_STATUSES,
  underPaths,
} from '@sotay/content-schemas'
import {
  MULTIPART_OVERHEAD_BYTES,
  maxUploadBytes,
  uploadTooLargeMessage,
} from '@sotay/content-schemas/media/uploadLimits'
import { bodyLimit } from 'hono/body-limit'
import { APIError, type Payload, type Where } from 'payload'
import type { FnEnv } from '../http/env.ts'
import { answer, json, jsonError, refusal } from '../http/json.ts'
import { jsonBody } from '../http/jsonBody.ts'
import { mount } from '../http/mount.ts'
import { type PayloadSource, payloadReady } from '../http/payloadReady.ts'
import { sameOrigin } from '../http/sameOrigin.ts'
import { signedIn } from '../http/signedIn.ts'
import { refuseInvalid } from '../http/validation.ts'
import type { SignedInUser } from '../session/member.ts'
import { mountAssignable } from './assignable.ts'
import { attachmentProblem, storeAttachment } from './attachment.ts'
import { presentReport, presentTask } from './present.ts'
import {
  AssignAnswerSchema,
  AssignBody,
  CommentAnswerSchema,
  CommentBody,
  MyTasksSchema,
  OverviewQuery,
  ReportAnswerSchema,
  ReportForm,
  TaskDetailSchema,
  TaskIdParam,
  TaskOverviewSchema,
} from './schemas.ts'
import { taskStanding } from './standing.ts'

export interface TasksOptions {
  payload: PayloadSource
  allowedOrigins?: string[]
}

const tags = ['Nhiệm vụ']
const signInRefusals = { 401: refusal('Chưa đăng nhập'), 503: refusal('Hệ thống đang khởi động') }
const writeRefusals = {
  403: refusal('Không gửi từ chính trang, hoặc ngoài phạm vi'),
  413: refusal('Dữ liệu hoặc tệp quá lớn'),
  415: refusal('Sai kiểu dữ liệu hoặc kiểu tệp'),
}
const OVERVIEW_PAGE = 50

/** A refusal a Payload hook raised in Vietnamese (assignee outside the subtree...), or a plain 403. */
function refusedBy(error: unknown): Response {
  if (error instanceof APIError && error.status < 500) {
    const status = error.status
    const code = status === 403 ? 'outside_subtree' : status === 404 ? 'not_found' : 'refused'
    return jsonError(status, code, error.message)
  }
  const forbidden = (error as { status?: number })?.status === 403
  if (forbidden) return jsonError(403, 'outside_subtree', TASK_MESSAGES.outsideSubtree)
  const message = (error as { data?: { errors?: { message?: string }[] } })?.data?.errors?.[0]?.message
  if ((error as { status?: number })?.status === 400)
    return jsonError(400, 'invalid_input', message ?? 'Dữ liệu không hợp lệ.')
  throw error
}

async function reportsOf(payload: Payload, user: SignedInUser, task: ID): Promise<TaskReport[]> {
  const { docs } = await payload.find({
    collection: 'task-reports',
    where: { task: { equals: task } },
    sort: '-createdAt',
    depth: 1,
    limit: 100,
    user,
    overrideAccess: false,
  })
  return docs as TaskReport[]
}

async function subTasksOf(payload: Payload, user: SignedInUser, parents: ID[]): Promise<Task[]> {
  if (!parents.length) return []
  const { docs } = await payload.find({
    collection: 'tasks',
    where: { parent: { in: parents } },
    depth: 1,
    limit: 0,
    pagination: false,
    user,
    overrideAccess: false,
  })
  return docs as Task[]
}

const idParam = (raw: string): ID => (/^\d+$/.test(raw) ? Number(raw) : raw)

export function tasksRoutes(options: TasksOptions): OpenAPIHono<FnEnv> {
  const ready = payloadReady(
    options.payload,
    'Chức năng nhiệm vụ đang khởi động, vui lòng thử lại sau ít phút.',
  )
  const member = [ready, signedIn()]
  const app = new OpenAPIHono<FnEnv>({ defaultHook: refuseInvalid() })
  // Before /tasks/{id}, which would take "assignable" for an id.
  mountAssignable(app, member)

  mount(
    app,
    createRoute({
      method: 'get',
      path: '/tasks',
      operationId: 'myTasks',
      summary: 'Nhiệm vụ giao cho tôi hoặc cho chi bộ tôi làm bí thư',
      tags,
      middleware: member,
      responses: { 200: answer('Nhiệm vụ của tôi', MyTasksSchema), ...signInRefusals },
    }),
    async (c) => {
      const { payload, user } = c.var
      const exact = grantedOrgIds(user, TASK_ROLES)
      const mine: Where[] = [{ assignee: { equals: user.id } }]
      if (exact.length) mine.push({ assigneeOrg: { in: exact } })
      const { docs } = await payload.find({
        collection: 'tasks',
        where: { and: [{ or: mine }, { status: { not_equals: 'da-huy' } }] },
        sort: 'dueAt',
        depth: 1,
        limit: 100,
        user,
        overrideAccess: false,
      })
      return json({ tasks: (docs as Task[]).map((t) => presentTask(t)) })
    },
  )

  mount(
    app,
    createRoute({
      method: 'get',
      path: '/tasks/overview',
      operationId: 'taskOverview',
      summary: 'Nhiệm vụ tổ chức mình đã giao: trạng thái và tiến độ của từng nơi, kể cả giao tiếp',
      tags,
      middleware: member,
      request: { query: OverviewQuery },
      responses: {
        200: answer('Tổng quan', TaskOverviewSchema),
        403: refusal('Không phụ trách tổ chức nào'),
        ...signInRefusals,
      },
    }),
    async (c) => {
      const { payload, user } = c.var
      const roots = grantedOrgIds(user, TASK_ROLES)
      if (!roots.length && !isSuperadmin(user))
        return jsonError(403, 'no_grant', 'Chỉ cấp ủy, bí thư xem được tổng quan nhiệm vụ đã giao.')
      const page = c.req.valid('query').page ?? 1
      // Top-level tasks assigned by my subtree; sub-assignments show under their parent. The subtree is a range of
      // the stored org path: the lineage links (`orgAncestors`) joined every count to the links table, seconds a
      // request on PostgreSQL for a province's 10,000 tasks.
      const given: Where = {
        and: [
          { parent: { exists: false } },
          roots.length ? underPaths((await storedOrgPaths(payload, roots)).map((org) => org.path)) : {},
        ],
      }
      const asUser = { user, overrideAccess: false } as const
      const now = new Date().toISOString()
      const open: Where = { status: { in: ['chua-bat-dau', 'dang-lam'] } }
      const countOf = async (where: Where) =>
        (await payload.count({ collection: 'tasks', where: { and: [given, where] }, ...asUser })).totalDocs
      const [found, notStarted, doing, done, cancelled, overdue] = await Promise.all([
        payload.find({
          collection: 'tasks',
          where: given,
          sort: 'dueAt',
          depth: 1,
          limit: OVERVIEW_PAGE,
          page,
          ...asUser,
        }),
        countOf({ and: [{ status: { equals: 'chua-bat-dau' } }, { dueAt: { greater_than_equal: now } }] }),
        countOf({ and: [{ status: { equals: 'dang-lam' } }, { dueAt: { greater_than_equal: now } }] }),
        countOf({ status: { equals: 'hoan-thanh' } }),
        countOf({ status: { equals: 'da-huy' } }),
        countOf({ and: [open, { dueAt: { less_than: now } }] }),
      ])
      const tasks = found.docs as Task[]
      const children = await subTasksOf(
        payload,
        user,
        tasks.map((t) => t.id),
      )
      const counts: Record<string, number> = {
        'chua-bat-dau': notStarted,
        'dang-lam': doing,
        'hoan-thanh': done,
        'qua-han': overdue,
        'da-huy': cancelled,
      }
      for (const s of TASK_STATUSES) counts[s.value] ??= 0
      return json({
        counts,
        total: found.totalDocs,
        tasks: tasks.map((t) => ({
          ...presentTask(t),
          subTasks: children
            .filter((s) => String(idOf(s.parent as Ref)) === String(t.id))
            .map((s) => presentTask(s)),
        })),
      })
    },
  )

  mount(
    app,
    createRoute({
      method: 'get',
      path: '/tasks/{id}',
      operationId: 'taskDetail',
      summary: 'Một nhiệm vụ: báo cáo tiến độ, ý kiến và các phần đã giao tiếp',
      tags,
      middleware: member,
      request: { params: TaskIdParam },
      responses: {
        200: answer('Nhiệm vụ', TaskDetailSchema),
        404: refusal('Không có hoặc không được xem'),
        ...signInRefusals,
      },
    }),
    async (c) => {
      const { payload, user } = c.var
      const standing = await taskStanding(payload, user, idParam(c.req.valid('param').id))
      if (!standing) return jsonError(404, 'not_found', TASK_MESSAGES.notFound)
      const [reports, subTasks] = await Promise.all([
        reportsOf(payload, user, standing.task.id),
        subTasksOf(payload, user, [standing.task.id]),
      ])
      return json({
        task: presentTask(standing.task),
        reports: reports.map(presentReport),
        subTasks: subTasks.map((t) => presentTask(t)),
        canReport: standing.own,
        canPassOn: standing.passesOn,
      })
    },
  )

  mount(
    app,
    createRoute({
      method: 'post',
      path: '/tasks',
      operationId: 'assignTask',
      summary:
        'Giao nhiệm vụ cho tổ chức hoặc đảng viên trong phạm vi mình (hoặc giao tiếp nhiệm vụ chi bộ được giao)',
      tags,
      middleware: [sameOrigin(options), ...member, jsonBody(16 * 1024)],
      request: { body: { content: { 'application/json': { schema: AssignBody } }, required: true } },
      responses: {
        201: answer('Đã giao', AssignAnswerSchema),
        400: refusal('Dữ liệu không hợp lệ'),
        ...writeRefusals,
        ...signInRefusals,
      },
    }),
    async (c) => {
      const { payload, user } = c.var
      const body = c.req.valid('json')
      let org: Ref | undefined = body.org
      if (body.parent !== undefined) {
        const parent = await taskStanding(payload, user, body.parent)
        if (!parent?.passesOn) return jsonError(403, 'outside_subtree', TASK_MESSAGES.badParent)
        org = idOf(parent.task.assigneeOrg as Ref)
      }
      org ??= grantedOrgIds(user, TASK_ROLES)[0]
      if (org === undefined) return jsonError(403, 'outside_subtree', TASK_MESSAGES.outsideSubtree)
      const targets = [
        ...(body.assigneeOrgs ?? []).map((id) => ({ assigneeOrg: id })),
        ...(body.assignees ?? []).map((id) => ({ assignee: id })),
      ]
      const created: Task[] = []
      try {
        for (const target of targets)
          created.push(
            (await payload.create({
              collection: 'tasks',
              data: {
                title: body.title,
                description: body.description || undefined,
                dueAt: new Date(body.dueAt).toISOString(),
                priority: (body.priority ?? 'binh-thuong') as Task['priority'],
                org: org as number,
                parent: body.parent as number | undefined,
                ...target,
              } as never,
              depth: 1,
              user,
              overrideAccess: false,
            })) as Task,
          )
      } catch (error) {
        // All or nothing: the tasks made before the refused one are taken back (the server made them as the caller).
        for (const done of created)
          await payload
            .delete({ collection: 'tasks', id: done.id, overrideAccess: true })
            .catch(() => undefined)
        return refusedBy(error)
      }
      return json(
        { tasks: created.map((t) => presentTask(t)), message: `Đã giao nhiệm vụ cho ${created.length} nơi.` },
        { status: 201 },
      )
    },
  )

  const limit = maxUploadBytes()
  mount(
    app,
    createRoute({
      method: 'post',
      path: '/tasks/{id}/reports',
      operationId: 'reportTaskProgress',
      summary: 'Báo cáo tiến độ nhiệm vụ của mình: tỉ lệ %, ghi chú, một tệp (PDF hoặc ảnh)',
      tags,
      middleware: [
        sameOrigin(options),
        ...member,
        bodyLimit({
          maxSize: limit + MULTIPART_OVERHEAD_BYTES,
          onError: () => jsonError(413, 'file_too_large', uploadTooLargeMessage(limit)),
        }),
      ],
      request: {
        params: TaskIdParam,
        body: { content: { 'multipart/form-data': { schema: ReportForm } }, required: true },
      },
      responses: {
        201: answer('Đã ghi nhận báo cáo', ReportAnswerSchema),
        400: refusal('Tỉ lệ ngoài 0–100 hoặc dữ liệu không hợp lệ'),
        404: refusal('Không có nhiệm vụ này'),
        ...writeRefusals,
        ...signInRefusals,
      },
    }),
    async (c) => {
      const { payload, user } = c.var
      const form = c.req.valid('form')
      const percent = /^\s*-?\d+(\.\d+)?\s*$/.test(form.percent) ? Number(form.percent) : Number.NaN
      const problem = percentProblem(percent)
      if (problem) return jsonError(400, 'bad_percent', problem)
      const standing = await taskStanding(payload, user, idParam(c.req.valid('param').id))
      if (!standing) return jsonError(404, 'not_found', TASK_MESSAGES.notFound)
      if (!standing.own)
        return jsonError(
          403,
          'not_own_task',
          standing.task.status === 'da-huy' ? TASK_MESSAGES.cancelled : TASK_MESSAGES.notOwn,
        )
      const file = form.file instanceof File && form.file.size > 0 ? form.file : null
      let attachment: ID | undefined
      if (file) {
        const early = attachmentProblem(file)
        if (early) return jsonError(early.status, early.code, early.message)
        const bytes = new Uint8Array(await file.arrayBuffer())
        const late = attachmentProblem(file, bytes)
        if (late) return jsonError(late.status, late.code, late.message)
        try {
          attachment = (await storeAttachment(payload, file, bytes, idOf(standing.task.org as Ref) as ID)).id
        } catch {
          // Payload's own file checks (a damaged PDF, an image sharp cannot read) refuse it: nothing was stored.
          return jsonError(415, 'file_type', TASK_MESSAGES.badFile)
        }
      }
      try {
        const report = (await payload.create({
          collection: 'task-reports',
          data: {
            task: standing.task.id,
            percent,
            note: form.note?.trim() || undefined,
            attachment,
          } as never,
          depth: 1,
          user,
          overrideAccess: false,
        })) as TaskReport
        const task = (await payload.findByID({
          collection: 'tasks',
          id: standing.task.id,
          depth: 1,
          user,
          overrideAccess: false,
        })) as Task
        return json(
          {
            report: presentReport(report),
            task: presentTask(task),
            message: `Đã báo cáo hoàn thành ${percent}%.`,
          },
          { status: 201 },
        )
      } catch (error) {
        if (attachment !== undefined)
          await payload
            .delete({ collection: 'media', id: attachment, overrideAccess: true })
            .catch(() => undefined)
        return refusedBy(error)
      }
    },
  )

  mount(
    app,
    createRoute({
      method: 'post',
      path: '/tasks/reports/{id}/comments',
      operationId: 'commentOnTaskReport',
      summary: 'Góp ý kiến vào một báo cáo tiến độ (người giao hoặc người được giao)',
      tags,
      middleware: [sameOrigin(options), ...member, jsonBody(8 * 1024)],
      request: {
        params: TaskIdParam,
        body: { content: { 'application/json': { schema: CommentBody } }, required: true },
      },
      responses: {
        201: answer('Đã ghi ý kiến', CommentAnswerSchema),
        400: refusal('Ý kiến trống hoặc quá dài'),
        404: refusal('Không có báo cáo này'),
        ...writeRefusals,
        ...signInRefusals,
      },
    }),
    async (c) => {
      const { payload, user } = c.var
      const id = idParam(c.req.valid('param').id)
      const report = (await payload.findByID({
        collection: 'task-reports',
        id,
        depth: 0,
        user,
        overrideAccess: false,
        disableErrors: true,
      })) as TaskReport | null
      if (!report)
        return jsonError(404, 'not_found', 'Không tìm thấy báo cáo này, hoặc bạn không có quyền xem.')
      const comments = [
        ...(report.comments ?? []),
        {
          author: user.id,
          authorName: String(user.fullName ?? ''),
          text: c.req.valid('json').text,
          at: new Date().toISOString(),
        },
      ]
      // Reports are never edited by clients; whoever reads the report (checked above, as the caller) may comment.
      const updated = (await payload.update({
        collection: 'task-reports',
        id,
        data: { comments } as never,
        depth: 1,
        overrideAccess: true,
      })) as TaskReport
      return json({ report: presentReport(updated) }, { status: 201 })
    },
  )

  return app
}
