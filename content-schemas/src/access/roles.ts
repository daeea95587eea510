/** Admin roles and what each may do; a grant {role, org} covers that org and everything below it. */
import { label } from '../shared/label.ts'

export const ROLES = ['superadmin', 'editor', 'committee', 'secretary'] as const
export type Role = (typeof ROLES)[number]

export const ROLE_LABELS: Record<Role, ReturnType<typeof label>> = {
  superadmin: label('Quản trị hệ thống', 'System administrator'),
  editor: label('Biên tập viên', 'Editor'),
  committee: label('Cấp ủy / Văn phòng', 'Committee staff'),
  secretary: label('Bí thư chi bộ', 'Cell secretary'),
}

/** Who may write the handbook's content (news, documents, study topics, FAQ, media). */
export const CONTENT_ROLES: Role[] = ['superadmin', 'editor', 'committee', 'secretary']
/** Who may create and edit organisations below their own. */
export const ORG_ROLES: Role[] = ['superadmin', 'committee']
/** Who may issue, edit and reset member accounts. */
export const MEMBER_ROLES: Role[] = ['superadmin', 'committee', 'secretary']
/** Who may hand out admin grants (never above their own role or outside their subtree). */
export const GRANT_ROLES: Role[] = ['superadmin', 'committee']
/** Who may send notices (thông báo) to the members of their subtree and read their delivery reports. */
export const NOTICE_ROLES: Role[] = ['superadmin', 'committee', 'secretary']
/** Who reads and answers members' questions (hỏi đáp) assigned inside their subtree. */
export const QUESTION_ROLES: Role[] = ['superadmin', 'committee', 'secretary']
/** Who schedules and runs meetings (sinh hoạt chi bộ, họp cấp ủy) of their subtree and reads their attendance. */
export const MEETING_ROLES: Role[] = ['superadmin', 'committee', 'secretary']
/** Write quizzes and contests for their subtree and read its results (trắc nghiệm, hội thi). */
export const STUDY_ROLES: Role[] = ['superadmin', 'committee', 'secretary']
/** Who assigns tasks (giao nhiệm vụ) inside their subtree and follows their progress. */
export const TASK_ROLES: Role[] = ['superadmin', 'committee', 'secretary']
