/** Câu hỏi của tôi: every question the member sent, newest first, with where it stands and its answer. */
import { useEffect, useState } from 'react'
import { fn } from '../api.ts'
import { ErrorBox } from '../Field.tsx'
import type { SectionProps } from '../types.ts'
import { AutoAnswerCard } from './AutoAnswerCard.tsx'
import './questions.css'
import { viDate } from '@sotay/content-schemas/text/dates'
import type { MemberQuestion, MyQuestions as MyQuestionsAnswer } from '@sotay/functions/types'

export default function MyQuestions(_props: Partial<SectionProps>) {
  const [questions, setQuestions] = useState<MemberQuestion[] | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    fn<MyQuestionsAnswer>('/questions/mine').then((result) => {
      if (result.ok) setQuestions(result.data.questions)
      else setError(result.message)
    })
  }, [])

  const replace = (next: MemberQuestion) =>
    setQuestions(
      (list) => list?.map((q) => (q.id === next.id ? { ...q, ...next, autoAnswer: null } : q)) ?? null,
    )

  if (error) return <ErrorBox message={error} />
  if (!questions) return <p role="status">Đang tải…</p>
  if (!questions.length)
    return (
      <div className="mv-card">
        <p>Đồng chí chưa gửi câu hỏi nào.</p>
        <p>
          <a href="/thanh-vien/hoi-dap/">Đặt câu hỏi</a>
        </p>
      </div>
    )
  return (
    <ol className="qa-list">
      {questions.map((q) => (
        <li key={q.id} className="mv-card">
          <p className="qa-meta">
            <span className={`qa-status qa-status-${q.status}`}>{q.statusLabel}</span> · gửi ngày{' '}
            {viDate(q.createdAt)}
          </p>
          <p>
            <strong>{q.text}</strong>
          </p>
          {q.status === 'auto' && q.autoAnswer ? (
            <AutoAnswerCard questionId={q.id} answer={q.autoAnswer} onSentToPerson={replace} />
          ) : q.answer ? (
            <div className="qa-answer">
              <p className="qa-badge">Trả lời{q.answeredAt ? ` ngày ${viDate(q.answeredAt)}` : ''}</p>
              <p>{q.answer}</p>
            </div>
          ) : (
            <p className="muted">Chưa có trả lời. Đồng chí sẽ nhận được thông báo khi có.</p>
          )}
        </li>
      ))}
    </ol>
  )
}
