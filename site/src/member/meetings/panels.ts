/**
 * What the meeting page hands each of its panels (check-in, online room, votes, minutes), each in its own
 * folder beside this file. The page owns loading the meeting; a panel that changes something calls `refresh`.
 */
export interface MeetingPanelProps {
  meetingId: string
  /** The caller may run this meeting (secretary or committee of its subtree, chair, recorder). */
  runs: boolean
  /** The caller is invited (holds an attendance row), so may check in, join the room, vote. */
  invited: boolean
  /** The caller has checked in (on site or online). */
  checkedIn: boolean
  /** The meeting has an online room. */
  online: boolean
  startsAt: string
  endsAt: string
  status: 'scheduled' | 'held' | 'cancelled'
  refresh: () => void
}
