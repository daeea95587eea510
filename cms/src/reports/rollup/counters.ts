/** Which counters a roll-up row holds: flows add up over the days of a period, snapshots are read on one day. */
import type { ReportCounter } from '@sotay/content-schemas'

export const FLOW_COUNTERS = [
  'noticesReceived',
  'noticesRead',
  'deliveriesSent',
  'deliveriesFailed',
  'meetingsHeld',
  'meetingsOnTime',
  'attendancePresent',
  'attendanceExpected',
  'quizParticipants',
  'quizAttempts',
  'quizPercentSum',
  'quizPassed',
  'tasks',
  'tasksDone',
  'tasksOnTime',
  'tasksOverdue',
  'questionsAsked',
  'questionsAnswered',
  'questionsWaiting',
] as const satisfies readonly ReportCounter[]

/** `activeMonth`: members active since the 1st of the day's month (the trend's monthly "active30"). */
export const SNAPSHOT_COUNTERS = [
  'members',
  'chinhThuc',
  'duBi',
  'mienSinhHoat',
  'daChuyenDi',
  'tuTran',
  'activated',
  'cells',
  'active7',
  'active30',
  'activeMonth',
] as const

export type FlowCounter = (typeof FLOW_COUNTERS)[number]
export type SnapshotCounter = (typeof SNAPSHOT_COUNTERS)[number]
export type RollupCounter = FlowCounter | SnapshotCounter
