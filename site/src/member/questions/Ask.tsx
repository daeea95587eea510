/**
 * Hỏi đáp: the member types a question; the answer bank answers at once when it is sure (marked automatic),
 * otherwise the question goes to the cell's secretary and the answer comes back as a notice. While it is being
 * written, answers and document passages the member may already read are suggested.
 */
import { type FormEvent, useId, useState } from 'react'
import { fn } from '../api.ts'
import { ErrorBox } from '../Field.tsx'
import type { SectionProps } from '../types.ts'
import { AutoAnswerCard } from './AutoAnswerCard.tsx'
import './questions.css'
import type { AskResult } from '@sotay/functions/types'
import { Suggestions } from '../reading/Suggestions.tsx'

const MIN = 10
const MAX = 2000

export default function Ask({ member }: Partial<SectionProps>) {
  const id = useId()
  const [text, setText] = useState('')
  const [sending, setSending] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [result, setResult] = useState<AskResult | null>(null)

  async function submit(event: FormEvent) {
    event.preventDefault()
    const trimmed = text.trim()
    if (trimmed.length < MIN) return setError(`Câu hỏi quá ngắn: cần ít nhất ${MIN} ký tự.`)
    setSending(true)
    setError(null)
    const answer = await fn<AskResult>('/questions', { text: trimmed })
    setSending(false)
    if (!answer.ok) return setError(answer.message)
    setResult(answer.data)
    setText('')
  }

  return (
    <div className="qa">
      <form className="mv-form" onSubmit={submit} noValidate>
        <div className="mv-field">
          <label htmlFor={id}>Câu hỏi của đồng chí</label>
          <p className="mv-hint" id={`${id}-hint`}>
            Viết có dấu hoặc không dấu đều được.{' '}
            {member?.org ? `Câu hỏi chưa có sẵn trả lời sẽ gửi đến ${member.org.name}.` : ''}
          </p>
          <textarea
            id={id}
            aria-describedby={`${id}-hint`}
            rows={4}
            maxLength={MAX}
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder="Ví dụ: Đảng viên đi làm ăn xa thì sinh hoạt ở đâu?"
          />
          <p className="mv-hint">
            {text.trim().length}/{MAX.toLocaleString('vi-VN')} ký tự
          </p>
        </div>
        {!result && <Suggestions text={text} />}
        <ErrorBox message={error} />
        <button type="submit" className="button mv-submit" disabled={sending}>
          {sending ? 'Đang gửi…' : 'Gửi câu hỏi'}
        </button>
      </form>

      {result && (
        <div aria-live="polite">
          <p className="qa-asked">
            Đồng chí hỏi: <em>{result.question.text}</em>
          </p>
          {result.automatic && result.question.autoAnswer ? (
            <AutoAnswerCard questionId={result.question.id} answer={result.question.autoAnswer} />
          ) : (
            <div className="mv-card" role="status">
              <p>{result.message}</p>
              <p>
                <a href="/thanh-vien/cau-hoi-cua-toi/">Xem các câu hỏi của tôi</a>
              </p>
            </div>
          )}
        </div>
      )}
    </div>
  )
}
