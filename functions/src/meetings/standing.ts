/**
 * Where the caller stands to one meeting, the one check every meeting function starts from: the meeting is read
 * as the caller (`overrideAccess: false`), so someone neither invited nor a meeting admin of its subtree gets
 * null, as if it did not exist. `runs` is true for meeting admins of the subtree and for its chair and recorder.
 */

import type { Meeting, MeetingAttendance } from '@sotay/cms'
import { grantedOrgIds, type ID, idOf, idsOf, isSuperadmin, MEETING_ROLES } from '@sotay/content-schemas'
import type { Payload } from 'payload'
import type { SignedInUser } from '../session/member.ts'

export interface MeetingStanding {
  meeting: Meeting
  /** The caller's own attendance row, when they are invited. */
  attendance: MeetingAttendance | null
  /** May run the meeting: check people in by hand, show the code, open votes, write the minutes. */
  runs: boolean
  /** The meeting's chair or recorder (they run it too; the chair approves the minutes). */
  isChair: boolean
  isRecorder: boolean
  /** A meeting admin of its subtree (approves the minutes when no chair is set). */
  admin: boolean
}

export async function meetingStanding(
  payload: Payload,
  user: SignedInUser,
  meetingId: ID,
): Promise<MeetingStanding | null> {
  const meeting = (await payload.findByID({
    collection: 'meetings',
    id: meetingId,
    depth: 0,
    user,
    overrideAccess: false,
    disableErrors: true,
  })) as Meeting | null
  if (!meeting) return null
  const { docs } = await payload.find({
    collection: 'meeting-attendance',
    where: { and: [{ meeting: { equals: meeting.id } }, { member: { equals: user.id } }] },
    depth: 0,
    limit: 1,
    user,
    overrideAccess: false,
  })
  const isChair = String(idOf(meeting.chair)) === String(user.id)
  const isRecorder = String(idOf(meeting.recorder)) === String(user.id)
  const roots = new Set(grantedOrgIds(user, MEETING_ROLES).map(String))
  const lineage = [...idsOf(meeting.orgAncestors), idOf(meeting.org)]
  const admin = isSuperadmin(user) || lineage.some((org) => roots.has(String(org)))
  return {
    meeting,
    attendance: (docs[0] as MeetingAttendance | undefined) ?? null,
    runs: admin || isChair || isRecorder,
    isChair,
    isRecorder,
    admin,
  }
}
