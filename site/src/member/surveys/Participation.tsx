/** Who answered, per organisation below (tham gia theo tổ chức), with drill-down through the tree. */
import type { SurveyParticipationAnswer } from '@sotay/functions/types'
import { useEffect, useState } from 'react'
import { fn } from '../api.ts'
import { ErrorBox } from '../Field.tsx'

export function Participation({ survey, start }: { survey: string; start: string | number }) {
  const [path, setPath] = useState<(string | number)[]>([start])
  const [data, setData] = useState<SurveyParticipationAnswer | null>(null)
  const [error, setError] = useState<string | null>(null)
  const org = path[path.length - 1]
  useEffect(() => {
    setData(null)
    fn<SurveyParticipationAnswer>(`/surveys/${survey}/participation?org=${org}`).then((r) =>
      r.ok ? setData(r.data) : setError(r.message),
    )
  }, [survey, org])
  if (error) return <ErrorBox message={error} />
  if (!data) return <p role="status">Đang tải số liệu tham gia…</p>
  return (
    <section className="mv-card sv-participation" aria-label="Tham gia theo tổ chức">
      <h3>Tham gia: {data.org.name}</h3>
      <p>
        <strong>{data.respondents}</strong> đảng viên đã trả lời.
      </p>
      {data.orgs.length > 0 && (
        <ul className="sv-orgs">
          {data.orgs.map((row) => (
            <li key={String(row.org.id)}>
              <button
                type="button"
                className="button secondary"
                onClick={() => setPath([...path, row.org.id])}
              >
                {row.org.name}
              </button>
              : {row.respondents} người
            </li>
          ))}
        </ul>
      )}
      {data.members.length > 0 && <p>Đã trả lời: {data.members.join(', ')}.</p>}
      {path.length > 1 && (
        <button type="button" className="button secondary" onClick={() => setPath(path.slice(0, -1))}>
          Lên cấp trên
        </button>
      )}
    </section>
  )
}
