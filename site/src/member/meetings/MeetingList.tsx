/** The list: upcoming first, each with a clear date, place, kind and my reply; the runner's and committee's doors. */
import type { MeetingList as MeetingListAnswer, MeetingSummary } from '@sotay/functions/types'
import { useEffect, useState } from 'react'
import { fn } from '../api.ts'
import { ErrorBox } from '../Field.tsx'
import { replyLine } from './replyLine.ts'

export function MeetingList({ open }: { open: (id: string | number) => void }) {
  const [data, setData] = useState<MeetingListAnswer | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    fn<MeetingListAnswer>('/meetings').then((r) => (r.ok ? setData(r.data) : setError(r.message)))
  }, [])
  if (error) return <ErrorBox message={error} />
  if (!data) return <p role="status">Đang tải…</p>
  const upcoming = data.meetings.filter((m) => m.upcoming)
  const past = data.meetings.filter((m) => !m.upcoming)
  return (
    <div className="mt-list">
      {(data.runOrgs.length > 0 || data.oversees) && (
        <div className="mt-actions">
          {data.runOrgs.length > 0 && (
            <a className="button" href="#moi">
              Lên lịch họp
            </a>
          )}
          {data.oversees && (
            <a className="button secondary" href="#theo-doi">
              Theo dõi sinh hoạt
            </a>
          )}
          {data.oversees && (
            <a className="button secondary" href="#bao-cao">
              Báo cáo điểm danh
            </a>
          )}
        </div>
      )}
      <h2>Sắp tới</h2>
      {upcoming.length ? (
        <ul className="mt-cards">
          {upcoming.map((m) => (
            <Card key={m.id} meeting={m} open={open} />
          ))}
        </ul>
      ) : (
        <p className="mv-card">Chưa có cuộc họp nào sắp tới.</p>
      )}
      {past.length > 0 && (
        <>
          <h2>Đã qua</h2>
          <ul className="mt-cards">
            {past.map((m) => (
              <Card key={m.id} meeting={m} open={open} />
            ))}
          </ul>
        </>
      )}
    </div>
  )
}

function Card({ meeting: m, open }: { meeting: MeetingSummary; open: (id: string | number) => void }) {
  return (
    <li className="mv-card mt-card">
      <button type="button" className="mt-open" onClick={() => open(m.id)}>
        <span className="mt-when">{m.when}</span>
        <strong className="mt-title">{m.title}</strong>
        <span className="mt-meta">
          {m.kindLabel}
          {m.org ? ` · ${m.org.name}` : ''}
        </span>
        {m.place && <span className="mt-meta">Địa điểm: {m.place}</span>}
        {m.status === 'cancelled' ? (
          <span className="mt-badge mt-badge-off">Đã hủy</span>
        ) : (
          m.mine && <span className="mt-badge">{replyLine(m.mine)}</span>
        )}
      </button>
    </li>
  )
}
