/**
 * What each named access rule promises, said in terms of the actor's standing to a target in cell A1. The
 * matrix finds the rule of each collection and operation in the config by identity and looks it up here;
 * a rule that is not here (an inline function, Payload's default, `undeclaredAccess`) fails the matrix.
 */
import {
  addOwnCalendarEntry,
  askQuestion,
  CONTENT_ROLES,
  createByMemberAdmins,
  createContent,
  createMeetings,
  createNotices,
  createOrgChanges,
  createOrgs,
  createQuizzes,
  createSurveys,
  createTasks,
  deleteQuestions,
  MEETING_ROLES,
  MEMBER_ROLES,
  manageByMemberAdmins,
  manageContent,
  manageLocks,
  manageMeetings,
  manageMembers,
  manageNotices,
  manageOrgChanges,
  manageOrgs,
  manageQuizzes,
  manageSurveys,
  manageTasks,
  markOwnInboxRead,
  NOTICE_ROLES,
  ORG_ROLES,
  ownCalendar,
  ownDevices,
  ownPreferences,
  QUESTION_ROLES,
  type Role,
  readAttendance,
  readByMemberAdmins,
  readContent,
  readContentVersions,
  readDeliveries,
  readInbox,
  readLocks,
  readMedia,
  readMeetingMinutes,
  readMeetingRecords,
  readMeetings,
  readNotices,
  readOrgChanges,
  readOrgs,
  readProfileCorrections,
  readQuestions,
  readQuizAttempts,
  readQuizzes,
  readSurveyParticipation,
  readSurveys,
  readTaskReports,
  readTasks,
  readUsers,
  registerOwnDevice,
  replyToOwnInvitation,
  reportOnOwnTask,
  requestProfileCorrection,
  STUDY_ROLES,
  systemOnly,
  TASK_ROLES,
  unlockAccounts,
  updateQuestions,
} from '@sotay/content-schemas'
import { readAuditLog } from '../../src/collections/AuditLog/access.ts'
import type { Actor } from './actors.ts'

type Promise = (actor: Actor, operation?: string) => boolean

const covers =
  (roles: readonly Role[]): Promise =>
  (a) =>
    a.coveringRoles.some((r) => r === 'superadmin' || roles.includes(r))
const isSuperadmin: Promise = (a) => a.coveringRoles.includes('superadmin')

export const PROMISES = new Map<unknown, { says: string; allows: Promise }>([
  [
    readContent,
    {
      says: 'its audience, and content admins of its subtree',
      allows: (a) => covers(CONTENT_ROLES)(a) || a.homeInCell,
    },
  ],
  [
    readMedia,
    {
      says: 'its audience, and content admins of its subtree',
      allows: (a) => covers(CONTENT_ROLES)(a) || a.homeInCell,
    },
  ],
  [createContent, { says: 'content admins of the subtree', allows: covers(CONTENT_ROLES) }],
  [manageContent, { says: 'content admins of the subtree', allows: covers(CONTENT_ROLES) }],
  [readContentVersions, { says: 'content admins of the subtree', allows: covers(CONTENT_ROLES) }],
  [readOrgs, { says: 'anyone signed in', allows: (a) => a.signedIn }],
  [createOrgs, { says: 'committees of the subtree', allows: covers(ORG_ROLES) }],
  [manageOrgs, { says: 'committees of the subtree', allows: covers(ORG_ROLES) }],
  [readUsers, { says: 'admins of the subtree (and the person)', allows: (a) => a.coveringRoles.length > 0 }],
  [createByMemberAdmins, { says: 'member admins of the subtree', allows: covers(MEMBER_ROLES) }],
  [manageByMemberAdmins, { says: 'member admins of the subtree', allows: covers(MEMBER_ROLES) }],
  [readByMemberAdmins, { says: 'member admins of the subtree', allows: covers(MEMBER_ROLES) }],
  [manageMembers, { says: 'member admins of the subtree (and the person)', allows: covers(MEMBER_ROLES) }],
  [readNotices, { says: 'notice admins of the subtree', allows: covers(NOTICE_ROLES) }],
  [createNotices, { says: 'notice admins of the subtree', allows: covers(NOTICE_ROLES) }],
  [manageNotices, { says: 'notice admins of the subtree', allows: covers(NOTICE_ROLES) }],
  [
    readInbox,
    {
      says: 'the recipient, and notice admins of the subtree',
      allows: (a) => a.isSubject || covers(NOTICE_ROLES)(a),
    },
  ],
  [markOwnInboxRead, { says: 'the recipient', allows: (a) => a.isSubject }],
  [ownDevices, { says: 'the device owner', allows: (a) => a.isSubject }],
  [registerOwnDevice, { says: 'the device owner', allows: (a) => a.isSubject }],
  [readDeliveries, { says: 'the superadmin', allows: isSuperadmin }],
  [
    readQuestions,
    {
      says: 'the asker, and answerers of the subtree',
      allows: (a) => a.isSubject || covers(QUESTION_ROLES)(a),
    },
  ],
  [askQuestion, { says: 'anyone signed in', allows: (a) => a.signedIn }],
  // The target is waiting for a person, so the asker may no longer change it.
  [updateQuestions, { says: 'answerers of the subtree', allows: covers(QUESTION_ROLES) }],
  [deleteQuestions, { says: 'the superadmin', allows: isSuperadmin }],
  [
    readProfileCorrections,
    {
      says: 'the member who asked, and member admins of the subtree',
      allows: (a) => a.isSubject || covers(MEMBER_ROLES)(a),
    },
  ],
  // Bound to the asker and their own cell by a hook, whatever the request names.
  [requestProfileCorrection, { says: 'anyone signed in, for themself', allows: (a) => a.signedIn }],
  // Creating the target meeting of A1 invited the people at home in A1.
  [
    readMeetings,
    {
      says: 'the people invited, and meeting admins of the subtree',
      allows: (a) => a.homeInCell || covers(MEETING_ROLES)(a),
    },
  ],
  [createMeetings, { says: 'meeting admins of the subtree', allows: covers(MEETING_ROLES) }],
  [manageMeetings, { says: 'meeting admins of the subtree', allows: covers(MEETING_ROLES) }],
  [
    readAttendance,
    {
      says: 'the member invited, and meeting admins of the subtree',
      allows: (a) => a.isSubject || covers(MEETING_ROLES)(a),
    },
  ],
  // The target vote belongs to a meeting of A1, whose creation invited the people at home in A1.
  [
    readMeetingRecords,
    {
      says: 'the people invited to the meeting, and meeting admins of the subtree',
      allows: (a) => a.homeInCell || covers(MEETING_ROLES)(a),
    },
  ],
  // The target minutes are a draft of a meeting of A1 that the subject chairs and records.
  [
    readMeetingMinutes,
    {
      says: 'meeting admins of the subtree and the chair and recorder (the draft); everyone invited once approved',
      allows: (a) => a.isSubject || covers(MEETING_ROLES)(a),
    },
  ],
  [replyToOwnInvitation, { says: 'the member invited', allows: (a) => a.isSubject }],
  [readLocks, { says: 'admins', allows: (a) => a.anyGrant }],
  // The target lock is on a news item of A1, in the member's name: whoever may edit that item takes it over
  // or releases it, and nobody creates a lock in someone else's name.
  [
    manageLocks,
    {
      says: 'whoever may edit the locked document, in their own name',
      allows: (a, operation) => operation !== 'create' && covers(CONTENT_ROLES)(a),
    },
  ],
  [ownPreferences, { says: 'the person who saved them', allows: (a) => a.isSubject }],
  [systemOnly, { says: 'the server only', allows: () => false }],
  [readAuditLog, { says: 'the superadmin, and committees of its subtree', allows: covers(['committee']) }],
  // The target account is a plain member of A1, not the actor.
  [unlockAccounts, { says: 'member admins of the subtree, for others', allows: covers(MEMBER_ROLES) }],
  // The target quiz of A1 is published (samples.ts), so it is sent to the people at home in A1.
  [
    readQuizzes,
    {
      says: 'members of its subtree once sent, and study admins of the subtree',
      allows: (a) => a.homeInCell || covers(STUDY_ROLES)(a),
    },
  ],
  [createQuizzes, { says: 'study admins of the subtree', allows: covers(STUDY_ROLES) }],
  [manageQuizzes, { says: 'study admins of the subtree', allows: covers(STUDY_ROLES) }],
  [
    readQuizAttempts,
    {
      says: 'the member who sat it, and study admins of the subtree',
      allows: (a) => a.isSubject || covers(STUDY_ROLES)(a),
    },
  ],
  // The target task is assigned by A1 to the member of A1 (not to the cell).
  [
    readTasks,
    {
      says: 'the member assigned, and task admins of the subtree',
      allows: (a) => a.isSubject || covers(TASK_ROLES)(a),
    },
  ],
  [createTasks, { says: 'task admins of the subtree', allows: covers(TASK_ROLES) }],
  [manageTasks, { says: 'task admins of the subtree', allows: covers(TASK_ROLES) }],
  [
    readTaskReports,
    {
      says: 'the reporter and the member assigned, and task admins of the subtree',
      allows: (a) => a.isSubject || covers(TASK_ROLES)(a),
    },
  ],
  // The task is the member's own; a cell's secretary reports only on tasks given to the cell itself.
  [reportOnOwnTask, { says: 'the member assigned', allows: (a) => a.isSubject || isSuperadmin(a) }],
  [ownCalendar, { says: 'the owner only', allows: (a) => a.isSubject }],
  [addOwnCalendarEntry, { says: 'anyone signed in, for themself', allows: (a) => a.signedIn }],
  // Province committees (a committee grant on a top-level org) too; the tree has none besides the superadmin.
  [readOrgChanges, { says: 'the superadmin and province committees', allows: isSuperadmin }],
  [createOrgChanges, { says: 'the superadmin and province committees', allows: isSuperadmin }],
  [manageOrgChanges, { says: 'the superadmin and province committees', allows: isSuperadmin }],
  // The target survey of A1 is published (samples.ts), so it is sent to the people at home in A1.
  [
    readSurveys,
    {
      says: 'members of its subtree once sent, and study admins of the subtree',
      allows: (a) => a.homeInCell || covers(STUDY_ROLES)(a),
    },
  ],
  [createSurveys, { says: 'study admins of the subtree', allows: covers(STUDY_ROLES) }],
  [manageSurveys, { says: 'study admins of the subtree', allows: covers(STUDY_ROLES) }],
  [
    readSurveyParticipation,
    {
      says: 'the member who answered, and study admins of the subtree',
      allows: (a) => a.isSubject || covers(STUDY_ROLES)(a),
    },
  ],
])
