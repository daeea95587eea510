/** "Báo cáo điểm danh": 12-month attendance per member and per cell, the Article 8 flags first. */
import { viMonth, viRate } from '@sotay/content-schemas'
import { viDate } from '@sotay/content-schemas/text/dates'
import type { MeetingAttendanceReport } from '@sotay/functions/types'
import { useEffect, useState } from 'react'
import { fn } from '../api.ts'
import { ErrorBox } from '../Field.tsx'

export function AttendanceReport({ onBack }: { onBack: () => void }) {
  const [data, setData] = useState<MeetingAttendanceReport | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    fn<MeetingAttendanceReport>('/meetings/attendance-report').then((r) =>
      r.ok ? setData(r.data) : setError(r.message),
    )
  }, [])
  const flagged = data?.members.filter((m) => m.flagged) ?? []
  return (
    <section className="mt-report">
      <button type="button" className="button secondary mt-back" onClick={onBack}>
        ← Lịch sinh hoạt
      </button>
      <h2>Báo cáo điểm danh 12 tháng</h2>
      <ErrorBox message={error} />
      {!data && !error && <p role="status">Đang tải…</p>}
      {data && (
        <>
          <p className="muted">
            {data.org.name}, từ {viDate(data.from)} đến {viDate(data.to)}
          </p>
          {flagged.length > 0 && (
            <div className="mv-card mt-flags">
              <h3>Vắng sinh hoạt không có lý do 3 tháng trong năm {data.year} (Điều 8 Điều lệ Đảng)</h3>
              <ul className="mt-people">
                {flagged.map((m) => (
                  <li key={m.member.id} className="mt-person">
                    <strong>{m.member.fullName}</strong>
                    <span>Các tháng: {m.unexcusedMonths.map(viMonth).join(', ')}</span>
                  </li>
                ))}
              </ul>
            </div>
          )}
          <h3>Theo chi bộ</h3>
          <ul className="mt-people">
            {data.cells.map((c) => (
              <li key={c.org.id} className="mt-person">
                <strong>{c.org.name}</strong>
                <span>
                  {c.meetings} cuộc họp · dự {c.present}/{c.expected} · tỉ lệ {viRate(c.rate)}
                </span>
              </li>
            ))}
          </ul>
          <h3>Theo đảng viên</h3>
          <ul className="mt-people">
            {data.members.map((m) => (
              <li key={m.member.id} className="mt-person">
                <strong>{m.member.fullName}</strong>
                <span>
                  dự {m.present}/{m.expected} · tỉ lệ {viRate(m.rate)}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
