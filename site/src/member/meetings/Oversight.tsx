/** "Theo dõi sinh hoạt": for a month, each cell of my subtree: posted on time / late / not posted, held, attendance. */
import { addMonths, viRate } from '@sotay/content-schemas'
import type { MeetingOversight } from '@sotay/functions/types'
import { useEffect, useState } from 'react'
import { fn } from '../api.ts'
import { ErrorBox } from '../Field.tsx'

export function Oversight({ onBack }: { onBack: () => void }) {
  const [month, setMonth] = useState<string | null>(null)
  const [org, setOrg] = useState<string | null>(null)
  const [data, setData] = useState<MeetingOversight | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    const query = new URLSearchParams()
    if (month) query.set('month', month)
    if (org) query.set('org', org)
    fn<MeetingOversight>(`/meetings/oversight?${query}`).then((r) => {
      if (!r.ok) return setError(r.message)
      setError(null)
      setData(r.data)
    })
  }, [month, org])

  return (
    <section className="mt-oversight">
      <button type="button" className="button secondary mt-back" onClick={onBack}>
        ← Lịch sinh hoạt
      </button>
      <h2>Theo dõi sinh hoạt</h2>
      <ErrorBox message={error} />
      {!data && !error && <p role="status">Đang tải…</p>}
      {data && (
        <>
          <div className="mt-month">
            <button
              type="button"
              className="button secondary"
              onClick={() => setMonth(addMonths(data.month, -1))}
            >
              ‹ Tháng trước
            </button>
            <strong>Tháng {data.monthLabel}</strong>
            <button
              type="button"
              className="button secondary"
              onClick={() => setMonth(addMonths(data.month, 1))}
            >
              Tháng sau ›
            </button>
          </div>
          {data.orgs.length > 1 && (
            <select
              className="mt-select"
              aria-label="Tổ chức theo dõi"
              value={String(data.org.id)}
              onChange={(e) => setOrg(e.target.value)}
            >
              {data.orgs.map((o) => (
                <option key={o.id} value={String(o.id)}>
                  {o.name}
                </option>
              ))}
            </select>
          )}
          <p className="mv-card">
            {data.org.name}: {data.totals.cells} chi bộ · đăng đúng hạn {data.totals.onTime} · muộn{' '}
            {data.totals.late} · chưa đăng {data.totals.notPosted} · đã họp {data.totals.held} · tỉ lệ dự họp{' '}
            {viRate(data.totals.rate)}
            <br />
            <span className="muted">Hạn đăng lịch thường kỳ: {data.deadline}</span>
          </p>
          <ul className="mt-cards">
            {data.cells.map((cell) => (
              <li key={cell.org.id} className={`mv-card mt-cell mt-${cell.posting}`}>
                <strong>{cell.org.name}</strong>
                <span className="mt-badge">{cell.postingLabel}</span>
                {cell.meeting && <span className="mt-meta">Họp lúc {cell.meeting.when}</span>}
                <span className="mt-meta">
                  {cell.held ? 'Đã họp' : 'Chưa họp'} · dự {cell.present}/{cell.expected || cell.invited} · tỉ
                  lệ {viRate(cell.rate)}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
