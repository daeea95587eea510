/**
 * A survey's results for the committee that sent it: a chart per choice or scale question (SVG drawn on the
 * server by ECharts), the scale's average, the free-text answers, and the CSV and XLSX export.
 */
import type { SurveyResults } from '@sotay/functions/types'
import { useEffect, useState } from 'react'
import { fn } from '../api.ts'
import { ErrorBox } from '../Field.tsx'

export function Results({ id }: { id: string }) {
  const [results, setResults] = useState<SurveyResults | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    fn<SurveyResults>(`/surveys/${id}/results`).then((r) => (r.ok ? setResults(r.data) : setError(r.message)))
  }, [id])
  if (error) return <ErrorBox message={error} />
  if (!results) return <p role="status">Đang tải kết quả…</p>
  return (
    <section className="sv-results" aria-label="Kết quả khảo sát">
      <h2>{results.title}</h2>
      <p>
        <strong>{results.respondents}</strong> lượt trả lời{results.anonymous ? ' (ẩn danh)' : ''}.
      </p>
      <p className="sv-export">
        <a className="button" href={`/fn/surveys/${id}/export?format=xlsx`} download>
          Xuất Excel (XLSX)
        </a>{' '}
        <a className="button secondary" href={`/fn/surveys/${id}/export?format=csv`} download>
          Xuất CSV
        </a>
      </p>
      <ol className="qz-questions">
        {results.questions.map((question) => (
          <li key={question.text} className="mv-card">
            <h3>{question.text}</h3>
            <p className="muted">{question.answered} người trả lời câu này.</p>
            {question.average !== null && (
              <p>
                Điểm trung bình: <strong>{question.average.toLocaleString('vi-VN')}</strong>/5
              </p>
            )}
            {question.chartSvg && (
              // Drawn by our server from the tally (ECharts escapes the labels).
              // biome-ignore lint/security/noDangerouslySetInnerHtml: server-rendered SVG chart
              <div className="sv-chart" dangerouslySetInnerHTML={{ __html: question.chartSvg }} />
            )}
            {question.counts.length > 0 && (
              <table className="sv-counts">
                <tbody>
                  {question.counts.map((count) => (
                    <tr key={count.label}>
                      <th scope="row">{question.kind === 'scale' ? `${count.label} điểm` : count.label}</th>
                      <td>{count.count}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {question.kind === 'text' &&
              (question.texts.length ? (
                <ul className="sv-texts">
                  {question.texts.map((text, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: the same opinion may be given twice
                    <li key={i}>{text}</li>
                  ))}
                </ul>
              ) : (
                <p className="muted">Chưa có ý kiến.</p>
              ))}
          </li>
        ))}
      </ol>
    </section>
  )
}
