/** An answer from the answer bank, marked as automatic, with "Chưa đúng ý tôi" sending the question to a person. */

import type { AutoAnswer, MemberQuestion, NotHelpfulResult } from '@sotay/functions/types'
import { useState } from 'react'
import { fn } from '../api.ts'
import { ErrorBox } from '../Field.tsx'

interface Props {
  questionId: MemberQuestion['id']
  answer: AutoAnswer
  /** Called with the question once it has gone to the cell. */
  onSentToPerson?: (question: MemberQuestion) => void
}

export function AutoAnswerCard({ questionId, answer, onSentToPerson }: Props) {
  const [state, setState] = useState<'idle' | 'sending' | 'sent'>('idle')
  const [error, setError] = useState<string | null>(null)

  async function notHelpful() {
    setState('sending')
    setError(null)
    const result = await fn<NotHelpfulResult>(`/questions/${questionId}/not-helpful`, {})
    if (!result.ok) {
      setState('idle')
      return setError(result.message)
    }
    setState('sent')
    onSentToPerson?.(result.data.question)
  }

  return (
    <div className="mv-card qa-auto">
      <p className="qa-badge">{answer.note}</p>
      <p>
        <strong>{answer.question}</strong>
      </p>
      <p className="qa-answer">{answer.answer}</p>
      {state === 'sent' ? (
        <p role="status">
          Đã chuyển câu hỏi đến bí thư chi bộ. Đồng chí sẽ nhận được thông báo khi có trả lời.
        </p>
      ) : (
        <button
          type="button"
          className="button secondary"
          onClick={notHelpful}
          disabled={state === 'sending'}
        >
          {state === 'sending' ? 'Đang chuyển…' : 'Chưa đúng ý tôi — gửi cho chi bộ trả lời'}
        </button>
      )}
      <ErrorBox message={error} />
    </div>
  )
}
