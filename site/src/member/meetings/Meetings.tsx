/**
 * Sinh hoạt chi bộ: my meetings, one meeting's page, and for a runner the "Lên lịch họp" form and for a
 * committee "Theo dõi sinh hoạt". The open page lives in the address's hash: #<id>, #moi, #theo-doi, #bao-cao.
 */
import { useHashRef } from '../reading/hashRef.ts'
import type { SectionProps } from '../types.ts'
import { AttendanceReport } from './AttendanceReport.tsx'
import { MeetingList } from './MeetingList.tsx'
import { MeetingPage } from './MeetingPage.tsx'
import { Oversight } from './Oversight.tsx'
import { ScheduleForm } from './ScheduleForm.tsx'
import './meetings.css'

export default function Meetings(_props: Partial<SectionProps>) {
  const [ref, go] = useHashRef()
  if (ref === 'moi') return <ScheduleForm onDone={(id) => go(id ? String(id) : '')} />
  if (ref === 'theo-doi') return <Oversight onBack={() => go('')} />
  if (ref === 'bao-cao') return <AttendanceReport onBack={() => go('')} />
  if (ref) return <MeetingPage id={ref} onBack={() => go('')} />
  return <MeetingList open={(id) => go(String(id))} />
}
