/** Tasks (Nhiệm vụ): what the member app sends and gets, as zod schemas (validation, OpenAPI, wire types). */
import { z } from '@hono/zod-openapi'
import {
  TASK_COMMENT_MAX,
  TASK_DESCRIPTION_MAX,
  TASK_MESSAGES,
  TASK_PRIORITIES,
  TASK_STATUSES,
  TASK_TITLE_MAX,
} from '@sotay/content-schemas'

const Id = z.union([z.number().int(), z.string()])
const priorities = TASK_PRIORITIES.map((p) => p.value) as [string, ...string[]]
const statuses = TASK_STATUSES.map((s) => s.value) as [string, ...string[]]

export const TaskSummarySchema = z
  .object({
    id: Id,
    title: z.string(),
    description: z.string().nullable(),
    dueAt: z.string(),
    dueLabel: z.string().openapi({ description: 'dd/mm/yyyy HH:mm, giờ Việt Nam' }),
    priority: z.enum(priorities),
    priorityLabel: z.string(),
    status: z.enum(statuses),
    statusLabel: z.string(),
    progress: z.number(),
    assignedTo: z.string().openapi({ description: 'Tên tổ chức hoặc đảng viên nhận nhiệm vụ' }),
    assigneeOrgId: Id.nullable(),
    fromOrg: z.string(),
    parentId: Id.nullable(),
  })
  .openapi('TaskSummary')

export const TaskCommentSchema = z.object({ author: z.string(), text: z.string(), at: z.string() })

export const TaskReportSchema = z
  .object({
    id: Id,
    percent: z.number(),
    note: z.string().nullable(),
    reporter: z.string(),
    at: z.string().openapi({ description: 'dd/mm/yyyy HH:mm' }),
    attachment: z.object({ url: z.string(), filename: z.string() }).nullable(),
    comments: z.array(TaskCommentSchema),
  })
  .openapi('TaskReport')

export const TaskDetailSchema = z
  .object({
    task: TaskSummarySchema,
    reports: z.array(TaskReportSchema),
    subTasks: z.array(TaskSummarySchema),
    canReport: z.boolean(),
    canPassOn: z
      .boolean()
      .openapi({ description: 'Bí thư của tổ chức được giao: có thể giao tiếp cho đảng viên' }),
  })
  .openapi('TaskDetail')

export const MyTasksSchema = z.object({ tasks: z.array(TaskSummarySchema) }).openapi('MyTasks')

export const TaskOverviewSchema = z
  .object({
    counts: z.record(z.string(), z.number()).openapi({ description: 'Số nhiệm vụ theo trạng thái' }),
    total: z.number(),
    tasks: z.array(TaskSummarySchema.extend({ subTasks: z.array(TaskSummarySchema) })),
  })
  .openapi('TaskOverview')

const text = (max: number, message: string) =>
  z
    .string({ error: message })
    .transform((v) => v.trim())
    .refine((v) => [...v].length <= max, message)

export const AssignBody = z
  .object({
    title: text(TASK_TITLE_MAX, TASK_MESSAGES.emptyTitle).refine(
      (v) => v.length > 0,
      TASK_MESSAGES.emptyTitle,
    ),
    description: text(TASK_DESCRIPTION_MAX, 'Nội dung quá dài.').optional(),
    dueAt: z
      .string({ error: TASK_MESSAGES.badDue })
      .refine((v) => !Number.isNaN(Date.parse(v)), TASK_MESSAGES.badDue),
    priority: z.enum(priorities, { error: 'Mức độ không hợp lệ.' }).optional(),
    org: Id.optional().openapi({ description: 'Tổ chức giao; mặc định: tổ chức mình phụ trách' }),
    assigneeOrgs: z.array(Id).max(200).optional(),
    assignees: z.array(Id).max(200).optional(),
    parent: Id.optional().openapi({ description: 'Giao tiếp: nhiệm vụ chi bộ mình được giao' }),
  })
  .refine((b) => (b.assigneeOrgs?.length ?? 0) + (b.assignees?.length ?? 0) > 0, TASK_MESSAGES.noAssignee)

export const AssignAnswerSchema = z.object({ tasks: z.array(TaskSummarySchema), message: z.string() })

export const ReportForm = z.object({
  percent: z.string().openapi({ description: 'Số nguyên 0–100' }),
  note: z.string().optional(),
  file: z.any().optional().openapi({ type: 'string', format: 'binary' }),
})

export const ReportAnswerSchema = z.object({
  report: TaskReportSchema,
  task: TaskSummarySchema,
  message: z.string(),
})

export const CommentBody = z.object({
  text: text(TASK_COMMENT_MAX, `Ý kiến tối đa ${TASK_COMMENT_MAX} ký tự.`).refine(
    (v) => v.length > 0,
    'Xin nhập ý kiến.',
  ),
})
export const CommentAnswerSchema = z.object({ report: TaskReportSchema })

export const TaskIdParam = z.object({ id: z.string().openapi({ param: { name: 'id', in: 'path' } }) })
export const OverviewQuery = z.object({
  page: z.coerce.number().int().min(1).max(1000).optional(),
})

export const AssignableQuery = z.object({
  kind: z.enum(['org', 'member'], { error: 'Chọn giao cho tổ chức hoặc đảng viên.' }).default('member'),
  q: z.string().max(100, 'Từ khóa tối đa 100 ký tự.').optional(),
  page: z.coerce.number().int().min(1).max(1000).optional(),
  org: z.string().optional().openapi({ description: 'Tổ chức giao; mặc định: tổ chức mình phụ trách' }),
  parent: z.string().optional().openapi({ description: 'Giao tiếp nhiệm vụ này: trong tổ chức được giao' }),
})

export const AssignableSchema = z
  .object({
    from: z.object({ id: Id, name: z.string() }).openapi({ description: 'Tổ chức giao nhiệm vụ' }),
    kind: z.enum(['org', 'member']),
    targets: z.array(
      z.object({
        id: Id,
        name: z.string(),
        detail: z.string().openapi({ description: 'Chi bộ của đảng viên' }),
      }),
    ),
    page: z.number(),
    totalPages: z.number(),
  })
  .openapi('AssignableTargets')

export type TaskSummary = z.infer<typeof TaskSummarySchema>
export type TaskReportView = z.infer<typeof TaskReportSchema>
export type TaskDetail = z.infer<typeof TaskDetailSchema>
export type MyTasks = z.infer<typeof MyTasksSchema>
export type TaskOverview = z.infer<typeof TaskOverviewSchema>
export type AssignAnswer = z.infer<typeof AssignAnswerSchema>
export type ReportAnswer = z.infer<typeof ReportAnswerSchema>
export type AssignableTargets = z.infer<typeof AssignableSchema>
