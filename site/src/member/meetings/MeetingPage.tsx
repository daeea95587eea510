/** One meeting: time, place, agenda, documents to read and save, my reply, the four panels, and for a runner the attendance. */
import { viDateTime } from '@sotay/content-schemas/text/dates'
import type { MeetingAnswer, MeetingDetail } from '@sotay/functions/types'
import { useCallback, useEffect, useState } from 'react'
import { fn } from '../api.ts'
import { ErrorBox } from '../Field.tsx'
import { AttendanceList } from './AttendanceList.tsx'
import CheckinPanel from './checkin/CheckinPanel.tsx'
import { DocumentSave } from './DocumentSave.tsx'
import MinutesPanel from './minutes/MinutesPanel.tsx'
import type { MeetingPanelProps } from './panels.ts'
import { ReplyForm } from './ReplyForm.tsx'
import RoomPanel from './room/RoomPanel.tsx'
import VotesPanel from './votes/VotesPanel.tsx'

export function MeetingPage({ id, onBack }: { id: string; onBack: () => void }) {
  const [meeting, setMeeting] = useState<MeetingDetail | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [version, setVersion] = useState(0)
  const refresh = useCallback(() => setVersion((v) => v + 1), [])
  useEffect(() => {
    void version
    fn<MeetingAnswer>(`/meetings/${encodeURIComponent(id)}`).then((r) =>
      r.ok ? setMeeting(r.data.meeting) : setError(r.message),
    )
  }, [id, version])

  const back = (
    <button type="button" className="button secondary mt-back" onClick={onBack}>
      ← Lịch sinh hoạt
    </button>
  )
  if (error)
    return (
      <>
        {back}
        <ErrorBox message={error} />
      </>
    )
  if (!meeting) return <p role="status">Đang tải…</p>
  const panel: MeetingPanelProps = {
    meetingId: String(meeting.id),
    runs: meeting.runs,
    invited: meeting.invited,
    checkedIn: Boolean(meeting.mine?.checkedInAt),
    online: meeting.online,
    startsAt: meeting.startsAt,
    endsAt: meeting.endsAt,
    status: meeting.status,
    refresh,
  }
  return (
    <article className="mt-page">
      {back}
      <h2 className="mt-page-title">{meeting.title}</h2>
      {meeting.status === 'cancelled' && <p className="mt-badge mt-badge-off">Cuộc họp đã bị hủy</p>}
      <dl className="mv-card mt-facts">
        <div>
          <dt>Thời gian</dt>
          <dd>
            {meeting.when} – {viDateTime(meeting.endsAt).slice(11)}
          </dd>
        </div>
        <div>
          <dt>Địa điểm</dt>
          <dd>{meeting.place ?? 'Chưa ghi'}</dd>
        </div>
        <div>
          <dt>Loại</dt>
          <dd>
            {meeting.kindLabel}
            {meeting.org ? ` · ${meeting.org.name}` : ''}
          </dd>
        </div>
        {meeting.chair && (
          <div>
            <dt>Chủ trì</dt>
            <dd>{meeting.chair.fullName}</dd>
          </div>
        )}
        {meeting.recorder && (
          <div>
            <dt>Thư ký</dt>
            <dd>{meeting.recorder.fullName}</dd>
          </div>
        )}
        {meeting.online && (
          <div>
            <dt>Trực tuyến</dt>
            <dd>Có phòng họp trực tuyến cho đảng viên ở xa</dd>
          </div>
        )}
      </dl>
      <ReplyForm meeting={meeting} onReplied={refresh} />
      {meeting.agenda.length > 0 && (
        <section className="mv-card">
          <h2>Nội dung</h2>
          <ol className="mt-agenda">
            {meeting.agenda.map((item, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list, shown once, never reordered
              <li key={i}>
                {item.title}
                {item.note && <p className="muted">{item.note}</p>}
              </li>
            ))}
          </ol>
        </section>
      )}
      {meeting.documents.length > 0 && (
        <section className="mv-card">
          <h2>Tài liệu đọc trước</h2>
          <ul className="mt-docs">
            {meeting.documents.map((doc) => (
              <DocumentSave key={doc.id} doc={doc} />
            ))}
          </ul>
        </section>
      )}
      <CheckinPanel {...panel} />
      <RoomPanel {...panel} />
      <VotesPanel {...panel} />
      <MinutesPanel {...panel} />
      {meeting.runs && <AttendanceList meetingId={String(meeting.id)} version={version} />}
      {meeting.runs && meeting.status === 'scheduled' && (
        <CancelMeeting id={String(meeting.id)} onDone={refresh} />
      )}
    </article>
  )
}

function CancelMeeting({ id, onDone }: { id: string; onDone: () => void }) {
  const [error, setError] = useState<string | null>(null)
  const cancel = async () => {
    if (!window.confirm('Hủy cuộc họp này? Người được mời sẽ nhận thông báo.')) return
    const r = await fn<MeetingAnswer>(`/meetings/${id}`, { cancel: true }, { method: 'PATCH' })
    if (r.ok) onDone()
    else setError(r.message)
  }
  return (
    <section className="mt-cancel">
      <button type="button" className="button secondary" onClick={() => void cancel()}>
        Hủy cuộc họp
      </button>
      <ErrorBox message={error} />
    </section>
  )
}
