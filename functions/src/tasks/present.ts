/** A stored task or report as the member app shows it: labels in Vietnamese, dates dd/mm/yyyy HH:mm, "quá hạn" computed. */
import type { Task, TaskReport } from '@sotay/cms'
import {
  effectiveTaskStatus,
  idOf,
  type Ref,
  TASK_PRIORITIES,
  taskStatusLabel,
  viDateTime,
} from '@sotay/content-schemas'
import type { TaskReportView, TaskSummary } from './schemas.ts'

const nameOf = (ref: unknown, field: 'name' | 'fullName'): string =>
  ref && typeof ref === 'object' ? String((ref as Record<string, unknown>)[field] ?? '') : ''

export function presentTask(task: Task, now = new Date()): TaskSummary {
  const status = effectiveTaskStatus(task, now)
  return {
    id: task.id,
    title: task.title,
    description: task.description ?? null,
    dueAt: task.dueAt,
    dueLabel: viDateTime(task.dueAt),
    priority: task.priority,
    priorityLabel: TASK_PRIORITIES.find((p) => p.value === task.priority)?.label.vi ?? '',
    status,
    statusLabel: taskStatusLabel(status),
    progress: task.progress ?? 0,
    assignedTo: nameOf(task.assigneeOrg, 'name') || nameOf(task.assignee, 'fullName') || 'Đảng viên',
    assigneeOrgId: idOf(task.assigneeOrg as Ref) ?? null,
    fromOrg: nameOf(task.org, 'name'),
    parentId: idOf(task.parent as Ref) ?? null,
  }
}

export function presentReport(report: TaskReport): TaskReportView {
  const file = report.attachment && typeof report.attachment === 'object' ? report.attachment : null
  return {
    id: report.id,
    percent: report.percent,
    note: report.note ?? null,
    reporter: nameOf(report.reporter, 'fullName'),
    at: viDateTime(report.createdAt),
    attachment: file?.url ? { url: file.url, filename: file.filename ?? 'tệp đính kèm' } : null,
    comments: (report.comments ?? []).map((c) => ({
      author: c.authorName ?? '',
      text: c.text,
      at: viDateTime(c.at),
    })),
  }
}
