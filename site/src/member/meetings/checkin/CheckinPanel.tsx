/** The meeting page's check-in panel: the secretary's screen for those who run it, the member's ways in for the invited. */
import type { MeetingPanelProps } from '../panels.ts'
import { MemberCheckin } from './MemberCheckin.tsx'
import { SecretaryCheckin } from './SecretaryCheckin.tsx'

export default function CheckinPanel(props: MeetingPanelProps) {
  if (props.status === 'cancelled') return null
  if (props.runs) return <SecretaryCheckin meetingId={props.meetingId} />
  if (!props.invited) return null
  if (props.checkedIn)
    return (
      <div className="mv-card" role="status">
        <p>
          <strong>Đồng chí đã điểm danh.</strong>
        </p>
      </div>
    )
  return <MemberCheckin meetingId={props.meetingId} onCheckedIn={props.refresh} />
}
