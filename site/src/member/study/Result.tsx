/** After submitting: waiting for the network, the server's refusal, or the score with each question's explanation. */
import { ErrorBox } from '../Field.tsx'
import type { SavedAttempt } from './saved.ts'

export function Result({ saved, onBack }: { saved: SavedAttempt; onBack: () => void }) {
  const { result } = saved
  return (
    <section className="qz" aria-live="polite">
      <h2>{saved.start.quiz.title}</h2>
      {saved.pending && (
        <p className="mv-card qz-pending" role="status">
          Đã lưu bài trên máy. Bài sẽ tự gửi khi có mạng trở lại.
        </p>
      )}
      <ErrorBox message={saved.refusal ?? null} />
      {result && (
        <>
          <p className="mv-card qz-score" role="status">
            {result.message}
            {result.percent !== null && <strong> Điểm: {result.percent}%</strong>}
          </p>
          <ol className="qz-questions">
            {result.review.map((question) => (
              <li key={question.text} className={question.right ? 'qz-right' : 'qz-wrong'}>
                <p>
                  <strong>{question.text}</strong> {question.right ? '✓ Đúng' : '✗ Chưa đúng'}
                </p>
                <ul>
                  {question.options.map((option) => (
                    <li key={option.index}>
                      {option.chosen ? '● ' : '○ '}
                      {option.text}
                      {option.correct && <strong> (đáp án đúng)</strong>}
                    </li>
                  ))}
                </ul>
                {question.explanation && <p className="muted">Giải thích: {question.explanation}</p>}
              </li>
            ))}
          </ol>
        </>
      )}
      <button type="button" className="button" onClick={onBack}>
        Về danh sách bài
      </button>
    </section>
  )
}
