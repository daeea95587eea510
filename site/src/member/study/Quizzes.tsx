/**
 * "Trắc nghiệm": the quizzes and contests sent to the member. Starting downloads the drawn questions; each
 * answer is kept on the phone as it is given, and a submit made without network is sent when it returns.
 * Leaving the page during a timed attempt is counted. The score and explanations come from the server.
 */
import { viDateTime } from '@sotay/content-schemas/text/dates'
import type { QuizList, QuizStart, QuizSummary } from '@sotay/functions/types'
import { useCallback, useEffect, useState } from 'react'
import { fn } from '../api.ts'
import { ErrorBox } from '../Field.tsx'
import type { SectionProps } from '../types.ts'
import { Ranking } from './Ranking.tsx'
import { Result } from './Result.tsx'
import {
  dropAttempt,
  loadAttempt,
  type SavedAttempt,
  saveAttempt,
  sendAttempt,
  sendWaiting,
} from './saved.ts'
import './study.css'
import { useSendWhenOnline } from '../offline/useSendWhenOnline.ts'

function Taking({
  saved,
  onChange,
  onSubmit,
}: {
  saved: SavedAttempt
  onChange: (next: SavedAttempt) => void
  onSubmit: () => void
}) {
  const { start, answers } = saved
  const timed = Boolean(start.attempt.deadline)
  useEffect(() => {
    if (!timed) return
    const left = () => {
      if (document.visibilityState === 'hidden')
        onChange({ ...saved, leftPageCount: saved.leftPageCount + 1 })
    }
    document.addEventListener('visibilitychange', left)
    return () => document.removeEventListener('visibilitychange', left)
  }, [timed, saved, onChange])

  const choose = (position: number, index: number, multiple: boolean) => {
    const current = answers[position] ?? []
    const next = multiple
      ? current.includes(index)
        ? current.filter((i) => i !== index)
        : [...current, index]
      : [index]
    onChange({ ...saved, answers: { ...answers, [position]: next } })
  }
  const answered = start.questions.filter((_, i) => (answers[i] ?? []).length > 0).length

  return (
    <form
      className="qz"
      onSubmit={(event) => {
        event.preventDefault()
        onSubmit()
      }}
    >
      <h2>{start.quiz.title}</h2>
      {start.attempt.deadline && (
        <p className="muted">
          Hết giờ lúc {viDateTime(start.attempt.deadline)}. Câu trả lời được lưu ngay trên máy.
        </p>
      )}
      <ol className="qz-questions">
        {start.questions.map((question, position) => (
          <li key={question.text}>
            <fieldset>
              <legend>{question.text}</legend>
              {question.multiple && <p className="muted">Chọn mọi phương án đúng.</p>}
              {question.options.map((option) => (
                <label key={option.index} className="qz-option">
                  <input
                    type={question.multiple ? 'checkbox' : 'radio'}
                    name={`q${position}`}
                    checked={(answers[position] ?? []).includes(option.index)}
                    onChange={() => choose(position, option.index, question.multiple)}
                  />
                  <span>{option.text}</span>
                </label>
              ))}
            </fieldset>
          </li>
        ))}
      </ol>
      <p role="status">
        Đã trả lời {answered}/{start.questions.length} câu.
      </p>
      <button type="submit" className="button">
        Nộp bài
      </button>
    </form>
  )
}

function QuizRow({
  quiz,
  onStart,
  onRanking,
}: {
  quiz: QuizSummary
  onStart: (quiz: QuizSummary) => void
  onRanking: (quiz: QuizSummary) => void
}) {
  const left = quiz.maxAttempts - quiz.attemptsUsed
  const closed =
    quiz.kind === 'contest' && quiz.closesAt !== null && new Date(quiz.closesAt).getTime() <= Date.now()
  return (
    <li className="mv-card qz-row">
      <strong>{quiz.title}</strong>
      <span className="muted">
        {quiz.kindLabel} · {quiz.questionCount} câu
        {quiz.timeLimitMinutes ? ` · ${quiz.timeLimitMinutes} phút` : ''} · đạt từ {quiz.passPercent}%
      </span>
      {quiz.opensAt && quiz.closesAt && (
        <span className="muted">
          Từ {viDateTime(quiz.opensAt)} đến {viDateTime(quiz.closesAt)}
        </span>
      )}
      {quiz.best !== null && <span>Điểm cao nhất: {quiz.best}%</span>}
      {closed ? (
        <button type="button" className="button" onClick={() => onRanking(quiz)}>
          Xem xếp hạng
        </button>
      ) : (
        <button type="button" className="button" disabled={left <= 0} onClick={() => onStart(quiz)}>
          {left <= 0 ? 'Đã hết lượt' : quiz.attemptsUsed ? 'Làm lại' : 'Làm bài'}
        </button>
      )}
    </li>
  )
}

export default function Quizzes({ member }: SectionProps) {
  const [list, setList] = useState<QuizList | null>(null)
  const [saved, setSaved] = useState<SavedAttempt | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [ranking, setRanking] = useState<QuizSummary | null>(null)

  const refresh = useCallback(
    () => fn<QuizList>('/study/quizzes').then((r) => (r.ok ? setList(r.data) : setError(r.message))),
    [],
  )
  const sendNow = useCallback(
    () =>
      sendWaiting(member.id).then((sent) => {
        if (!sent) return
        setSaved((current) =>
          current ? (loadAttempt(member.id, current.start.quiz.id) ?? current) : current,
        )
        refresh()
      }),
    [member.id, refresh],
  )
  useEffect(() => {
    refresh()
  }, [refresh])
  useSendWhenOnline(sendNow, Boolean(saved?.pending))

  const keep = useCallback(
    (next: SavedAttempt) => {
      saveAttempt(member.id, next)
      setSaved(next)
    },
    [member.id],
  )

  async function start(quiz: QuizSummary) {
    setError(null)
    const kept = loadAttempt(member.id, quiz.id)
    setBusy(true)
    const result = await fn<QuizStart>(`/study/quizzes/${quiz.id}/start`, {})
    setBusy(false)
    if (!result.ok) {
      // Without network, an attempt already downloaded is taken on the phone.
      if (result.status === 0 && kept && !kept.result) return setSaved(kept)
      return setError(result.message)
    }
    const same = kept && String(kept.start.attempt.id) === String(result.data.attempt.id) && !kept.result
    keep(
      same
        ? { ...kept, start: result.data }
        : { start: result.data, answers: {}, leftPageCount: 0, pending: false },
    )
  }

  async function submit() {
    if (!saved) return
    const waiting = { ...saved, pending: true }
    keep(waiting)
    setSaved(await sendAttempt(member.id, waiting))
    refresh()
  }

  if (saved && (saved.result || saved.pending || saved.refusal))
    return (
      <Result
        saved={saved}
        onBack={() => {
          if (!saved.pending) dropAttempt(member.id, saved.start.quiz.id)
          setSaved(null)
        }}
      />
    )
  if (ranking) return <Ranking id={ranking.id} title={ranking.title} onBack={() => setRanking(null)} />
  if (saved) return <Taking saved={saved} onChange={keep} onSubmit={submit} />
  if (error && !list) return <ErrorBox message={error} />
  if (!list) return <p role="status">Đang tải…</p>
  return (
    <>
      <ErrorBox message={error} />
      {busy && <p role="status">Đang tải đề…</p>}
      {list.quizzes.length ? (
        <ul className="qz-list">
          {list.quizzes.map((quiz) => (
            <QuizRow key={String(quiz.id)} quiz={quiz} onStart={start} onRanking={setRanking} />
          ))}
        </ul>
      ) : (
        <p className="mv-card">Chưa có bài trắc nghiệm hay hội thi nào gửi tới đồng chí.</p>
      )}
    </>
  )
}
