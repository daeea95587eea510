/**
 * Regular cell meetings (sinh hoạt thường kỳ) per cell and month: held (marked held, or someone checked in), and
 * posted by the 20th of the month before (the 20th rule). Attendance over every meeting that has started.
 */
import type { ID } from '@sotay/content-schemas'
import type { Period } from '../period.ts'
import type { ReportDb, Row } from '../sql.ts'

export function countMeetings(db: ReportDb, orgs: ID[], period: Period, byMonth = false): Promise<Row[]> {
  const { sql } = db
  const m = db.table('meetings')
  const a = db.table('meeting-attendance')
  const held = sql`(${m.status} = 'held' or exists (select 1 from ${a}
    where ${a.meeting} = ${m.id} and ${a.checkedInAt} is not null))`
  return db.perOrgs(
    orgs,
    (inOrgs) => sql`select ${m.org} as "org"${byMonth ? sql`, ${m.month} as "month"` : sql``},
      count(distinct case when ${held} then ${m.month} end) as "meetingsHeld",
      count(distinct case when ${m.postedOnTime} then ${m.month} end) as "meetingsOnTime"
      from ${m} where ${m.kind} = 'thuong-ky' and ${m.status} <> 'cancelled'
      and ${m.month} >= ${period.months[0]} and ${m.month} <= ${period.months.at(-1)} and ${inOrgs(m.org)}
      group by ${m.org}${byMonth ? sql`, ${m.month}` : sql``}`,
  )
}

export function countAttendance(db: ReportDb, orgs: ID[], period: Period, byMonth = false): Promise<Row[]> {
  const { sql } = db
  const m = db.table('meetings')
  const a = db.table('meeting-attendance')
  const month = db.month(m.startsAt)
  const end = [period.toAt, period.now].sort()[0]
  // Present is a check-in by any method; the exempt who stayed away are not expected (countPresence).
  return db.perOrgs(
    orgs,
    (inOrgs) => sql`select ${a.org} as "org"${byMonth ? sql`, ${month} as "month"` : sql``},
      sum(case when ${a.checkedInAt} is not null then 1 else 0 end) as "attendancePresent",
      sum(case when ${a.checkedInAt} is null and ${a.exempt} then 0 else 1 end) as "attendanceExpected"
      from ${a} join ${m} on ${m.id} = ${a.meeting}
      where ${m.status} <> 'cancelled' and ${m.startsAt} >= ${period.fromAt} and ${m.startsAt} < ${end}
      and ${inOrgs(a.org)}
      group by ${a.org}${byMonth ? sql`, ${month}` : sql``}`,
  )
}
