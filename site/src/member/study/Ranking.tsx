/** A contest's ranking (bảng xếp hạng), by score then by time, once the contest has closed. */
import type { ContestRanking } from '@sotay/functions/types'
import { useEffect, useState } from 'react'
import { fn } from '../api.ts'
import { ErrorBox } from '../Field.tsx'

export function Ranking({ id, title, onBack }: { id: string | number; title: string; onBack: () => void }) {
  const [ranking, setRanking] = useState<ContestRanking | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    fn<ContestRanking>(`/study/quizzes/${id}/ranking`).then((r) =>
      r.ok ? setRanking(r.data) : setError(r.message),
    )
  }, [id])
  return (
    <section className="qz" aria-label="Bảng xếp hạng">
      <h2>Xếp hạng: {title}</h2>
      <ErrorBox message={error} />
      {!ranking && !error && <p role="status">Đang tải xếp hạng…</p>}
      {ranking && <p role="status">{ranking.message}</p>}
      {ranking?.entries.length ? (
        <ol className="qz-ranking">
          {ranking.entries.map((entry) => (
            <li key={entry.rank} className="mv-card">
              <strong>
                {entry.rank}. {entry.fullName}
              </strong>
              {entry.cell && <span className="muted"> · {entry.cell}</span>}
              <br />
              {entry.correct}/{entry.total} câu đúng · {Math.floor(entry.durationSeconds / 60)} phút{' '}
              {entry.durationSeconds % 60} giây
            </li>
          ))}
        </ol>
      ) : null}
      <button type="button" className="button secondary" onClick={onBack}>
        Về danh sách
      </button>
    </section>
  )
}
