/**
 * Every access rule of the handbook, as named functions. Each returns a boolean or a Where, subtrees as one
 * range on the materialised `orgPath` (or the tree's own `path`, see paths.ts), so they run in the database.
 */
import type { Access, FieldAccess, Where } from 'payload'
import { type ID, idOf, idsOf, type Ref, sameId } from '../shared/ids.ts'
import { taskStanding } from '../tasks/lookup.ts'
import { chairedOrRecordedMeetingIds, invitedMeetingIds, orgIsWithin, topLevelOrgIds } from './lookup.ts'
import { orgPaths, orgsUnder, ownedUnder } from './paths.ts'
import {
  CONTENT_ROLES,
  MEETING_ROLES,
  MEMBER_ROLES,
  NOTICE_ROLES,
  ORG_ROLES,
  QUESTION_ROLES,
  type Role,
  STUDY_ROLES,
  TASK_ROLES,
} from './roles.ts'
import {
  asSessionUser,
  grantedOrgIds,
  hasAnyGrant,
  isSuperadmin,
  memberScope,
  type SessionUser,
} from './session.ts'
import { published } from './where.ts'

/** Only users holding an admin grant reach /admin; members use the site. */
export const canUseAdmin = ({ req }: { req: { user?: unknown } }): boolean =>
  hasAnyGrant(asSessionUser(req.user))

/** Published content a reader may see: the public, all members, or members of the owning subtree. */
export function readableContent(user: ReturnType<typeof asSessionUser>, versioned = true): Where {
  const gate: Where[] = versioned ? [published] : []
  if (!user) return { and: [...gate, { audience: { equals: 'public' } }] }
  const audiences: Where[] = [{ audience: { in: ['public', 'members'] } }]
  const scope = memberScope(user)
  if (scope.length) audiences.push({ and: [{ audience: { equals: 'org' } }, { org: { in: scope } }] })
  return { and: [...gate, { or: audiences }] }
}

const readOwned =
  (versioned: boolean): Access =>
  async ({ req }) => {
    const user = asSessionUser(req.user)
    if (isSuperadmin(user)) return true
    const administered = grantedOrgIds(user, CONTENT_ROLES)
    const asReader = readableContent(user, versioned)
    return administered.length ? { or: [asReader, await ownedUnder(req, administered)] } : asReader
  }

/** Read content: what the reader may see as a member, plus everything (drafts too) in their admin subtree. */
export const readContent: Access = readOwned(true)

/** Read media files: the same audiences, without drafts (uploads have no publish state). */
export const readMedia: Access = readOwned(false)

/**
 * Version history holds every draft and every past audience of a document, so it is for the admins of the
 * document's subtree only, never for readers. The Where is on the version collection, hence `version.`.
 */
export const readContentVersions: Access = async ({ req }) => {
  const user = asSessionUser(req.user)
  if (isSuperadmin(user)) return true
  const roots = grantedOrgIds(user, CONTENT_ROLES)
  return roots.length ? ownedUnder(req, roots, 'version.orgPath') : false
}

/** Create an org-owned document: `data.org` must lie inside one of the user's granted subtrees. */
export const createOwnedBy =
  (roles: readonly Role[]): Access =>
  async ({ req, data }) => {
    const user = asSessionUser(req.user)
    if (isSuperadmin(user)) return true
    const roots = grantedOrgIds(user, roles)
    if (!roots.length) return false
    // Without an org Payload is asking "may this user ever create here?" (the admin's create form), or the
    // org is left to its default, which is the author's own grant org and so inside their subtree.
    if (data?.org === undefined) return true
    return orgIsWithin(req, data.org, roots)
  }

/** Update or delete org-owned documents inside the user's subtrees; moving one out of them is refused. */
export const manageOwnedBy =
  (roles: readonly Role[]): Access =>
  async ({ req, data }) => {
    const user = asSessionUser(req.user)
    if (isSuperadmin(user)) return true
    const roots = grantedOrgIds(user, roles)
    if (!roots.length) return false
    if (data?.org !== undefined && !(await orgIsWithin(req, data.org, roots))) return false
    return ownedUnder(req, roots)
  }

export const createContent = createOwnedBy(CONTENT_ROLES)
export const manageContent = manageOwnedBy(CONTENT_ROLES)

/** The tree's names and shape are not secret: any signed-in user may read orgs; the public may not. */
export const readOrgs: Access = ({ req }) => Boolean(req.user)

/** A committee creates orgs under an org inside its subtree; only a superadmin creates a root. */
export const createOrgs: Access = async ({ req, data }) => {
  const user = asSessionUser(req.user)
  if (isSuperadmin(user)) return true
  const roots = grantedOrgIds(user, ORG_ROLES)
  if (!roots.length) return false
  // The admin's create form asks with empty data; a real create always names the new org.
  if (!data || Object.keys(data).length === 0) return true
  return Boolean(data.parent) && orgIsWithin(req, data.parent, roots)
}

/** Update or delete orgs inside one's subtree; re-parenting must stay inside it too. */
export const manageOrgs: Access = async ({ req, data }) => {
  const user = asSessionUser(req.user)
  if (isSuperadmin(user)) return true
  const roots = grantedOrgIds(user, ORG_ROLES)
  if (!roots.length) return false
  if (data?.parent !== undefined && !(await orgIsWithin(req, data.parent, roots))) return false
  return orgsUnder(req, roots)
}

/** Users: everyone reads themselves; admins read the people of their subtree. */
export const readUsers: Access = async ({ req }) => {
  const user = asSessionUser(req.user)
  if (!user) return false
  if (isSuperadmin(user)) return true
  const self: Where = { id: { equals: user.id } }
  const roots = grantedOrgIds(user)
  if (!roots.length) return self
  const subtree = await ownedUnder(req, roots)
  // Most admins live inside what they administer: then the subtree alone holds them, and the list stays one
  // range the database walks in order (an `or` with the id makes it collect and sort the whole subtree).
  const paths = await orgPaths(req, roots)
  const home = user.orgPath
  return home && paths.some((path) => home.startsWith(path)) ? subtree : { or: [self, subtree] }
}

/** Member-admin documents (accounts, member lists): created, changed and removed inside one's subtree. */
export const createByMemberAdmins = createOwnedBy(MEMBER_ROLES)
export const manageByMemberAdmins = manageOwnedBy(MEMBER_ROLES)

/** Member lists are personal data: only member admins of the owning subtree see them. */
export const readByMemberAdmins: Access = async ({ req }) => {
  const user = asSessionUser(req.user)
  if (isSuperadmin(user)) return true
  const roots = grantedOrgIds(user, MEMBER_ROLES)
  return roots.length ? ownedUnder(req, roots) : false
}

/** Members may edit their own profile; member admins manage the accounts of their subtree. */
export const manageMembers: Access = async (args) => {
  const user = asSessionUser(args.req.user)
  if (!user) return false
  const asAdmin = await manageOwnedBy(MEMBER_ROLES)(args)
  if (asAdmin === true) return true
  const self: Where = { id: { equals: user.id } }
  return asAdmin ? { or: [self, asAdmin] } : self
}

/** Fields only member admins may change (status, home cell, card history, activation). */
export const memberAdminField: FieldAccess = ({ req }) =>
  grantedOrgIds(asSessionUser(req.user), MEMBER_ROLES).length > 0

/** True when a member admin's grants cover the account's home cell (its `org` or one of its ancestors). */
function administersAccount(user: SessionUser, account: { org?: Ref; orgAncestors?: Ref[] | null }): boolean {
  const roots = new Set(grantedOrgIds(user, MEMBER_ROLES).map(String))
  return [...idsOf(account.orgAncestors), idOf(account.org)].some(
    (id) => id !== undefined && roots.has(String(id)),
  )
}

/**
 * Personal and account fields of a user (card number, birth date, phone, status, activation, card history...):
 * read by the person themself and by member admins (MEMBER_ROLES) whose subtree holds the account. Content
 * roles (editor) see names and cells only: what they need to credit an author, nothing more.
 */
export const readPersonalField: FieldAccess = ({ req, doc }) => {
  const user = asSessionUser(req.user)
  if (!user) return false
  if (isSuperadmin(user)) return true
  if (doc && sameId(doc.id as Ref, user.id)) return true
  if (!grantedOrgIds(user, MEMBER_ROLES).length) return false
  // Asked without a document (a query on the field, the admin's form shape): only member admins may.
  return doc ? administersAccount(user, doc as { org?: Ref; orgAncestors?: Ref[] | null }) : true
}

/**
 * Payload's own unlock operation: member admins, for accounts of their subtree other than their own (Payload
 * adds this Where to its lookup of the account). POST /api/users/unlock (cms/src/auth/payloadDoors.ts) checks
 * canResetAccount on top, which also keeps a secretary off admin accounts in their cell.
 */
export const unlockAccounts: Access = async ({ req }) => {
  const user = asSessionUser(req.user)
  if (!user) return false
  if (isSuperadmin(user)) return true
  const roots = grantedOrgIds(user, MEMBER_ROLES)
  return roots.length ? { and: [await ownedUnder(req, roots), { id: { not_equals: user.id } }] } : false
}

/** A person's own documents (`ownerField` is them), plus those `within` the subtrees they hold `roles` on. */
function ownOrWithin(ownerField: string, roles: readonly Role[], within: (roots: ID[]) => Where): Access {
  return ({ req }) => {
    const user = asSessionUser(req.user)
    if (!user) return false
    if (isSuperadmin(user)) return true
    const own: Where = { [ownerField]: { equals: user.id } }
    const roots = grantedOrgIds(user, roles)
    return roots.length ? { or: [own, within(roots)] } : own
  }
}

/** A person's own documents (`ownerField` is them), plus those of the subtrees they hold `roles` on, by path. */
function ownOrUnder(ownerField: string, roles: readonly Role[]): Access {
  return async ({ req }) => {
    const user = asSessionUser(req.user)
    if (!user) return false
    if (isSuperadmin(user)) return true
    const own: Where = { [ownerField]: { equals: user.id } }
    const roots = grantedOrgIds(user, roles)
    return roots.length ? { or: [own, await ownedUnder(req, roots)] } : own
  }
}

/** Notices: only their senders' admins read them; members read their own inbox rows instead. */
export const readNotices: Access = async ({ req }) => {
  const user = asSessionUser(req.user)
  if (isSuperadmin(user)) return true
  const roots = grantedOrgIds(user, NOTICE_ROLES)
  return roots.length ? ownedUnder(req, roots) : false
}

/** A notice's target subtree must lie inside the sender's grants, like its sending org (`data.org`). */
const targetWithin = async (req: Parameters<Access>[0]['req'], data: Record<string, unknown> | undefined) => {
  if (data?.targetOrg === undefined) return true
  const roots = grantedOrgIds(asSessionUser(req.user), NOTICE_ROLES)
  return orgIsWithin(req, data.targetOrg as Ref, roots)
}

/** Send a notice from an org inside one's subtree, to a subtree inside one's grants. */
export const createNotices: Access = async (args) => {
  const allowed = await createOwnedBy(NOTICE_ROLES)(args)
  if (!allowed || isSuperadmin(asSessionUser(args.req.user))) return allowed
  return targetWithin(args.req, args.data)
}

/** Edit or delete notices of one's subtree; retargeting outside one's grants is refused. */
export const manageNotices: Access = async (args) => {
  const allowed = await manageOwnedBy(NOTICE_ROLES)(args)
  if (!allowed || allowed === true) return allowed
  return (await targetWithin(args.req, args.data)) ? allowed : false
}

/** Inbox rows: a member reads only their own; notice admins also read the rows of recipients in their subtree. */
export const readInbox: Access = async ({ req }) => {
  const user = asSessionUser(req.user)
  if (!user) return false
  if (isSuperadmin(user)) return true
  const own: Where = { recipient: { equals: user.id } }
  const roots = grantedOrgIds(user, NOTICE_ROLES)
  if (!roots.length) return own
  // Each granted org's subtree as one range on the row's stored `orgPath` (an index, no lineage join).
  return { or: [own, await ownedUnder(req, roots)] }
}

/** Only the recipient marks their own row read (đánh dấu đã đọc); nobody else writes inbox rows but the fan-out. */
export const markOwnInboxRead: Access = ({ req }) => {
  const user = asSessionUser(req.user)
  return user ? { recipient: { equals: user.id } } : false
}

/** Written by the server alone (jobs and hooks, with overrideAccess): no client door creates, changes or removes it. */
export const systemOnly: Access = () => false

/**
 * Fields the server owns (lineage, counters, job progress, extracted text): no client writes them, and the
 * hooks that own them compute them anyway. Payload applies field access before the collection's
 * beforeChange hooks, so those hooks can still set them.
 */
export const serverOwned: FieldAccess = () => false
export const serverOwnedField = { create: serverOwned, update: serverOwned }

/** Used for any collection operation nobody declared a rule for: refused, and reported by the access matrix. */
export const undeclaredAccess: Access = () => false

/** Devices (thiết bị nhận thông báo): a member sees and removes only their own; no admin reads them. */
export const ownDevices: Access = ({ req }) => {
  const user = asSessionUser(req.user)
  return user ? { user: { equals: user.id } } : false
}

/** A device is registered for oneself only (the /fn/devices function does it on the member's behalf). */
export const registerOwnDevice: Access = ({ req, data }) => {
  const user = asSessionUser(req.user)
  if (!user) return false
  if (!data) return true
  return String(data.user) === String(user.id)
}

/** The delivery log (nhật ký gửi thông báo) is written by the server; only a system administrator reads it. */
export const readDeliveries: Access = ({ req }) => isSuperadmin(asSessionUser(req.user))

/** Questions assigned to one of `roots` or to an org below them (the cell, later the committee above). */
const assignedWithin = (roots: ID[]): Where => ({
  or: [{ assignedOrg: { in: roots } }, { assignedAncestors: { in: roots } }],
})

/** Questions (câu hỏi): the asker reads their own; secretaries and committees those assigned inside their subtree. */
export const readQuestions: Access = ownOrWithin('asker', QUESTION_ROLES, assignedWithin)

/** Any signed-in user may ask; the question is bound to them and their home cell by a hook. */
export const askQuestion: Access = ({ req }) => Boolean(req.user)

/** Admins update questions assigned inside their subtree; the asker only their own automatically answered one. */
export const updateQuestions: Access = ({ req }) => {
  const user = asSessionUser(req.user)
  if (!user) return false
  if (isSuperadmin(user)) return true
  const ownAuto: Where = { and: [{ asker: { equals: user.id } }, { status: { equals: 'auto' } }] }
  const roots = grantedOrgIds(user, QUESTION_ROLES)
  return roots.length ? { or: [ownAuto, assignedWithin(roots)] } : ownAuto
}

/** Questions are a record of what members asked: only a system administrator deletes one. */
export const deleteQuestions: Access = ({ req }) => isSuperadmin(asSessionUser(req.user))

/** Answer fields are written by secretaries and committees, never by the asker. */
export const answerField: FieldAccess = ({ req }) =>
  grantedOrgIds(asSessionUser(req.user), QUESTION_ROLES).length > 0

/** A member may only send their automatically answered question to a person (auto → pending). */
export const questionStatusField: FieldAccess = ({ req, data, doc, id }) => {
  if (grantedOrgIds(asSessionUser(req.user), QUESTION_ROLES).length > 0) return true
  // Asking: the function sets "answered automatically" or "waiting"; nobody asks an answered question.
  if (id === undefined)
    return data?.status === undefined || data.status === 'auto' || data.status === 'pending'
  return doc?.status === 'auto' && data?.status === 'pending'
}

/** What `canResetAccount` reads of the account to reset, as stored (org + orgAncestors + grants). */
export interface ResettableAccount {
  id: ID
  org?: Ref
  orgAncestors?: Ref[] | null
  grants?: { role: Role; org: Ref }[] | null
}

/**
 * Reset a member's password (cấp lại mã kích hoạt): a member admin, for a member account inside one of
 * their subtrees. Never one's own account, and never an account holding admin grants unless a superadmin
 * asks (a secretary must not take over a committee account that happens to live in their cell).
 */
export function canResetAccount(actor: SessionUser | null, account: ResettableAccount): boolean {
  if (!actor || sameId(actor.id, account.id)) return false
  if (isSuperadmin(actor)) return true
  if (account.grants?.length) return false
  const roots = new Set(grantedOrgIds(actor, MEMBER_ROLES).map(String))
  const lineage = [...idsOf(account.orgAncestors), idOf(account.org)]
  return lineage.some((id) => id !== undefined && roots.has(String(id)))
}

/** Correction requests (đề nghị sửa thông tin): the member reads their own; member admins those of their subtree. */
export const readProfileCorrections: Access = ownOrUnder('member', MEMBER_ROLES)

/** Any signed-in person may ask to correct their own record; a hook binds the request to them and their cell. */
export const requestProfileCorrection: Access = ({ req }) => Boolean(req.user)

/** Meetings: the people invited to them (an attendance row), and meeting admins of the subtree. */
export const readMeetings: Access = async ({ req }) => {
  const user = asSessionUser(req.user)
  if (!user) return false
  if (isSuperadmin(user)) return true
  const invited: Where = { id: { in: await invitedMeetingIds(req, user.id) } }
  const roots = grantedOrgIds(user, MEETING_ROLES)
  return roots.length ? { or: [invited, await ownedUnder(req, roots)] } : invited
}

/** Schedule a meeting of an org inside one's subtree. */
export const createMeetings = createOwnedBy(MEETING_ROLES)

/** Edit or cancel meetings of one's subtree. */
export const manageMeetings = manageOwnedBy(MEETING_ROLES)

/** Attendance rows: the member reads their own; meeting admins those of meetings in their subtree. */
export const readAttendance: Access = ownOrUnder('member', MEETING_ROLES)

/** Only the invited member replies (Có mặt / Vắng); check-in fields are the server's. */
export const replyToOwnInvitation: Access = ({ req }) => {
  const user = asSessionUser(req.user)
  return user ? { member: { equals: user.id } } : false
}

/** What belongs to a meeting (votes, minutes): the people invited to it, and meeting admins of the subtree. */
export const readMeetingRecords: Access = async ({ req }) => {
  const user = asSessionUser(req.user)
  if (!user) return false
  if (isSuperadmin(user)) return true
  const invited: Where = { meeting: { in: await invitedMeetingIds(req, user.id) } }
  const roots = grantedOrgIds(user, MEETING_ROLES)
  return roots.length ? { or: [invited, await ownedUnder(req, roots)] } : invited
}

/**
 * Meeting minutes: meeting admins of the subtree and the meeting's chair and recorder read the draft; everyone
 * invited reads them once approved (never the draft, which may still change).
 */
export const readMeetingMinutes: Access = async ({ req }) => {
  const user = asSessionUser(req.user)
  if (!user) return false
  if (isSuperadmin(user)) return true
  const [invited, runs] = await Promise.all([
    invitedMeetingIds(req, user.id),
    chairedOrRecordedMeetingIds(req, user.id),
  ])
  const allowed: Where[] = [
    { and: [{ meeting: { in: invited } }, { status: { equals: 'approved' } }] },
    { meeting: { in: runs } },
  ]
  const roots = grantedOrgIds(user, MEETING_ROLES)
  if (roots.length) allowed.push(await ownedUnder(req, roots))
  return { or: allowed }
}

/**
 * Quizzes and contests (trắc nghiệm, hội thi): a published one is sent to every member of its org's subtree;
 * study admins of the subtree read drafts too. Correct answers are hidden from members by `quizKeyField`.
 */
const sentToSubtree =
  (roles: Role[]): Access =>
  async ({ req }) => {
    const user = asSessionUser(req.user)
    if (!user) return false
    if (isSuperadmin(user)) return true
    const scope = memberScope(user)
    const sent: Where = { and: [{ published: { equals: true } }, { org: { in: scope } }] }
    const roots = grantedOrgIds(user, roles)
    if (!roots.length) return scope.length ? sent : false
    const administered = await ownedUnder(req, roots)
    return scope.length ? { or: [sent, administered] } : administered
  }
export const readQuizzes: Access = sentToSubtree(STUDY_ROLES)

/** Write quizzes and contests of one's subtree. */
export const createQuizzes = createOwnedBy(STUDY_ROLES)
export const manageQuizzes = manageOwnedBy(STUDY_ROLES)

/** Correct answers and explanations: read only by those who write the quiz; members get them after submitting. */
export const quizKeyField: FieldAccess = ({ req }) => {
  const user = asSessionUser(req.user)
  return isSuperadmin(user) || grantedOrgIds(user, STUDY_ROLES).length > 0
}

/** Attempts (lượt làm bài): the member reads their own; study admins those of members in their subtree. */
export const readQuizAttempts: Access = ownOrUnder('member', STUDY_ROLES)

/** Surveys (khảo sát): a published one is sent to every member of its org's subtree; study admins write them. */
export const readSurveys: Access = sentToSubtree(STUDY_ROLES)
export const createSurveys = createOwnedBy(STUDY_ROLES)
export const manageSurveys = manageOwnedBy(STUDY_ROLES)

/**
 * Who answered a survey (survey-participation): the member their own row, study admins their subtree's rows.
 * The answers themselves (survey-answers) are `systemOnly`: results are read through the survey functions.
 */
export const readSurveyParticipation: Access = ownOrUnder('member', STUDY_ROLES)

/**
 * Tasks and their reports: the person they name (`ownerFields`), and task admins whose subtree holds the
 * assigning org (the assigner's side) or the org the task was given to (`assigneeLineage`, its secretary).
 */
const taskReaders =
  (ownerFields: string[]): Access =>
  async ({ req }) => {
    const user = asSessionUser(req.user)
    if (!user) return false
    if (isSuperadmin(user)) return true
    const own: Where[] = ownerFields.map((field) => ({ [field]: { equals: user.id } }))
    const roots = grantedOrgIds(user, TASK_ROLES)
    if (!roots.length) return { or: own }
    return { or: [...own, await ownedUnder(req, roots), { assigneeLineage: { in: roots } }] }
  }

/** Tasks (nhiệm vụ): the member assigned, the secretary of the cell assigned, and the assigner's subtree. */
export const readTasks: Access = taskReaders(['assignee'])

/** Assign a task from an org inside one's subtree; a hook refuses an assignee outside that org's subtree. */
export const createTasks = createOwnedBy(TASK_ROLES)

/** The assigner's side edits or cancels the tasks of its subtree. */
export const manageTasks = manageOwnedBy(TASK_ROLES)

/** Progress reports: their reporter, the task's assignee, and whoever reads the task as an admin. */
export const readTaskReports: Access = taskReaders(['reporter', 'taskAssignee'])

/**
 * Report progress only on one's own task: assigned to oneself, or to an org one holds a task grant on
 * exactly (its secretary does it themself). A cancelled task takes no report.
 */
export const reportOnOwnTask: Access = async ({ req, data }) => {
  const user = asSessionUser(req.user)
  if (!user) return false
  if (isSuperadmin(user)) return true
  // Without a task Payload asks "may this user ever report?": anyone signed in may, on their own tasks.
  if (data?.task === undefined) return true
  const task = await taskStanding(req, data.task as Ref)
  if (!task || task.status === 'da-huy') return false
  if (sameId(idOf(task.assignee), user.id)) return true
  const org = idOf(task.assigneeOrg)
  return org !== undefined && grantedOrgIds(user, TASK_ROLES).some((id) => sameId(id, org))
}

/** Personal calendar entries (Lịch của tôi) and feed links: their owner only, nobody else, no admin. */
export const ownCalendar: Access = ({ req }) => {
  const user = asSessionUser(req.user)
  return user ? { owner: { equals: user.id } } : false
}

/** Anyone signed in adds entries to their own calendar; a hook binds the entry to them. */
export const addOwnCalendarEntry: Access = ({ req }) => Boolean(req.user)

/** A province committee: a committee grant on an org at the top of the tree (the superadmin too). */
async function provinceRoots(req: Parameters<Access>[0]['req']): Promise<ID[]> {
  return topLevelOrgIds(req, grantedOrgIds(asSessionUser(req.user), ['committee']))
}

/** Reorganisations of the tree (org-changes): the superadmin, and committees of the province they are in. */
export const readOrgChanges: Access = async ({ req }) => {
  if (isSuperadmin(asSessionUser(req.user))) return true
  const roots = await provinceRoots(req)
  return roots.length ? ownedUnder(req, roots) : false
}

/** Every org a change names lies inside one of the province roots. */
async function namesOnlyWithin(req: Parameters<Access>[0]['req'], data: unknown, roots: ID[]) {
  const named = data as { source?: Ref; target?: Ref } | undefined
  for (const org of [named?.source, named?.target]) {
    if (org !== undefined && org !== null && !(await orgIsWithin(req, org, roots))) return false
  }
  return true
}

/**
 * Start a reorganisation (merge, move, split): the superadmin, and province committees for orgs inside
 * their province only.
 */
export const createOrgChanges: Access = async ({ req, data }) => {
  if (isSuperadmin(asSessionUser(req.user))) return true
  const roots = await provinceRoots(req)
  return roots.length > 0 && namesOnlyWithin(req, data, roots)
}

/** Re-run a change (a dry run, then for real) inside one's province; a hook refuses one that is done. */
export const manageOrgChanges: Access = async ({ req, data }) => {
  if (isSuperadmin(asSessionUser(req.user))) return true
  const roots = await provinceRoots(req)
  if (!roots.length || !(await namesOnlyWithin(req, data, roots))) return false
  return ownedUnder(req, roots)
}
