/** The runner's list: who replied (present, absent with reasons), who has not, the exempt apart; counts. */
import { viRate } from '@sotay/content-schemas'
import type { MeetingAttendanceAnswer } from '@sotay/functions/types'
import { useEffect, useState } from 'react'
import { fn } from '../api.ts'
import { ErrorBox } from '../Field.tsx'

export function AttendanceList({ meetingId, version }: { meetingId: string; version: number }) {
  const [data, setData] = useState<MeetingAttendanceAnswer | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    void version
    fn<MeetingAttendanceAnswer>(`/meetings/${meetingId}/attendance`).then((r) =>
      r.ok ? setData(r.data) : setError(r.message),
    )
  }, [meetingId, version])
  if (error) return <ErrorBox message={error} />
  if (!data) return null
  const { counts } = data
  const others = data.attendees.filter((a) => a.presence !== 'exempt')
  const exempt = data.attendees.filter((a) => a.presence === 'exempt')
  return (
    <section className="mv-card mt-attendance" aria-labelledby="mt-att-h">
      <h2 id="mt-att-h">Danh sách người được mời</h2>
      <p className="mt-counts">
        {data.started
          ? `Có mặt ${counts.onsite} · Trực tuyến ${counts.online} · Vắng có lý do ${counts.excused} · Vắng không lý do ${counts.unexcused} · Miễn ${counts.exempt} · Tỉ lệ ${viRate(data.rate)}`
          : `Mời ${counts.invited} · Sẽ có mặt ${counts.coming} · Vắng có lý do ${counts.excused} · Chưa trả lời ${counts.noReply} · Miễn ${counts.exempt}`}
      </p>
      <ul className="mt-people">
        {others.map((a) => (
          <li key={a.member.id} className={`mt-person mt-${a.presence}`}>
            <strong>{a.member.fullName}</strong>
            <span>
              {a.presenceLabel}
              {a.reason ? `: ${a.reason}` : ''}
            </span>
          </li>
        ))}
      </ul>
      {exempt.length > 0 && (
        <>
          <h3>Miễn sinh hoạt (không tính vắng)</h3>
          <ul className="mt-people">
            {exempt.map((a) => (
              <li key={a.member.id} className="mt-person">
                <strong>{a.member.fullName}</strong>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
