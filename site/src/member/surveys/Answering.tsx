/** One survey's form: each answer kept on the phone as it is given; sent now, or when the network returns. */
import { viDateTime } from '@sotay/content-schemas/text/dates'
import type { SurveySummary } from '@sotay/functions/types'
import { ErrorBox } from '../Field.tsx'
import type { SavedSurvey } from './saved.ts'

const SCALE = [1, 2, 3, 4, 5]

export function Answering({
  survey,
  saved,
  onChange,
  onSubmit,
  onBack,
}: {
  survey: SurveySummary
  saved: SavedSurvey
  onChange: (next: SavedSurvey) => void
  onSubmit: () => void
  onBack: () => void
}) {
  const { answers } = saved
  const set = (position: number, value: number[] | number | string) =>
    onChange({ ...saved, refusal: undefined, answers: { ...answers, [position]: value } })
  const toggle = (position: number, index: number) => {
    const current = (answers[position] as number[] | undefined) ?? []
    set(position, current.includes(index) ? current.filter((i) => i !== index) : [...current, index])
  }
  if (saved.done)
    return (
      <div className="mv-card" role="status">
        <p>{saved.done}</p>
        <button type="button" className="button" onClick={onBack}>
          Về danh sách khảo sát
        </button>
      </div>
    )
  return (
    <form
      className="qz"
      onSubmit={(event) => {
        event.preventDefault()
        onSubmit()
      }}
    >
      <h2>{survey.title}</h2>
      {survey.intro && <p>{survey.intro}</p>}
      <p className="muted">
        {survey.anonymous ? 'Phiếu ẩn danh: không ai biết đồng chí trả lời gì. ' : ''}
        {survey.closesAt ? `Hạn trả lời: ${viDateTime(survey.closesAt)}. ` : ''}Câu trả lời được lưu ngay trên
        máy.
      </p>
      <ol className="qz-questions">
        {survey.questions.map((question, position) => (
          <li key={question.text}>
            <fieldset>
              <legend>
                {question.text}
                {question.required ? ' *' : ''}
              </legend>
              {(question.kind === 'choice' || question.kind === 'multiple') &&
                question.options.map((option, index) => (
                  <label key={option} className="qz-option">
                    <input
                      type={question.kind === 'multiple' ? 'checkbox' : 'radio'}
                      name={`s${position}`}
                      checked={((answers[position] as number[] | undefined) ?? []).includes(index)}
                      onChange={() =>
                        question.kind === 'multiple' ? toggle(position, index) : set(position, [index])
                      }
                    />
                    <span>{option}</span>
                  </label>
                ))}
              {question.kind === 'scale' && (
                <div className="sv-scale">
                  {SCALE.map((point) => (
                    <label key={point} className="qz-option">
                      <input
                        type="radio"
                        name={`s${position}`}
                        checked={answers[position] === point}
                        onChange={() => set(position, point)}
                      />
                      <span>{point}</span>
                    </label>
                  ))}
                  <p className="muted">1: rất không hài lòng · 5: rất hài lòng</p>
                </div>
              )}
              {question.kind === 'text' && (
                <textarea
                  aria-label={question.text}
                  rows={3}
                  maxLength={2000}
                  value={(answers[position] as string | undefined) ?? ''}
                  onChange={(event) => set(position, event.target.value)}
                />
              )}
            </fieldset>
          </li>
        ))}
      </ol>
      <ErrorBox message={saved.refusal ?? null} />
      {saved.pending && (
        <p role="status">Chưa có mạng: câu trả lời đã lưu trên máy và sẽ tự gửi khi có mạng trở lại.</p>
      )}
      <button type="submit" className="button" disabled={saved.pending}>
        Gửi câu trả lời
      </button>{' '}
      <button type="button" className="button secondary" onClick={onBack}>
        Quay lại
      </button>
    </form>
  )
}
