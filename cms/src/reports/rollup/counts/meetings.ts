/**
 * Per cell and meeting day: the month's regular meeting (sinh hoạt thường kỳ) held (marked held, or someone
 * checked in; counted once a month, on the first one held) and posted by the 20th of the month before; attendance
 * at every meeting that has started: present is a check-in by any method, the exempt who stayed away are not
 * expected.
 */
import type { Fragment, ReportDb } from '../../sql.ts'
import type { Window } from './window.ts'

export function meetingFlows(db: ReportDb, w: Window): Fragment {
  const { sql } = db
  const m = db.table('meetings')
  const a = db.table('meeting-attendance')
  const held = (x: typeof m) => sql`(${x.status} = 'held' or exists (select 1 from ${a}
    where ${a.meeting} = ${x.id} and ${a.checkedInAt} is not null))`
  const day = db.day(m.startsAt)
  const end = [w.toAt, w.now].sort()[0]
  return sql`select ${m.org} as "org", ${day} as "day",
    count(*) as "meetingsHeld", sum(case when ${m.postedOnTime} then 1 else 0 end) as "meetingsOnTime"
    from ${m} where ${m.kind} = 'thuong-ky' and ${m.status} <> 'cancelled' and ${held(m)}
    and ${m.startsAt} >= ${w.fromAt} and ${m.startsAt} < ${end}
    and ${m.id} = (select min(first.id) from ${m} first where first.org_id = ${m.org}
      and first.month = ${m.month} and first.kind = 'thuong-ky' and first.status <> 'cancelled'
      and (first.status = 'held' or exists (select 1 from ${a} where ${a.meeting} = first.id and ${a.checkedInAt} is not null)))
    group by ${m.org}, ${day}`
}

export function attendanceFlows(db: ReportDb, w: Window): Fragment {
  const { sql } = db
  const m = db.table('meetings')
  const a = db.table('meeting-attendance')
  const day = db.day(m.startsAt)
  const end = [w.toAt, w.now].sort()[0]
  return sql`select ${a.org} as "org", ${day} as "day",
    sum(case when ${a.checkedInAt} is not null then 1 else 0 end) as "attendancePresent",
    sum(case when ${a.checkedInAt} is null and ${a.exempt} then 0 else 1 end) as "attendanceExpected"
    from ${m} join ${a} on ${a.meeting} = ${m.id}
    where ${m.status} <> 'cancelled' and ${m.startsAt} >= ${w.fromAt} and ${m.startsAt} < ${end}
    group by ${a.org}, ${day}`
}
