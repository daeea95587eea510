/**
 * "Khảo sát": the surveys sent to the member, answered on the phone (kept there until sent), and for the
 * committee that sent one, its results and participation. The open page lives in the hash: #<id>, #ket-qua-<id>.
 */
import { viDateTime } from '@sotay/content-schemas/text/dates'
import type { SurveyList, SurveySummary } from '@sotay/functions/types'
import { useCallback, useEffect, useState } from 'react'
import { fn } from '../api.ts'
import { ErrorBox } from '../Field.tsx'
import { useHashRef } from '../reading/hashRef.ts'
import type { SectionProps } from '../types.ts'
import { Answering } from './Answering.tsx'
import { Participation } from './Participation.tsx'
import { Results } from './Results.tsx'
import { loadSurvey, type SavedSurvey, saveSurvey, sendSurvey, sendWaitingSurveys } from './saved.ts'
import '../study/study.css'
import './surveys.css'
import { useSendWhenOnline } from '../offline/useSendWhenOnline.ts'

const RESULTS = 'ket-qua-'

function SurveyRow({ survey, go }: { survey: SurveySummary; go: (ref: string) => void }) {
  return (
    <li className="mv-card qz-row">
      <strong>{survey.title}</strong>
      <span className="muted">
        {survey.anonymous ? 'Ẩn danh' : 'Có ghi tên'} · {survey.questions.length} câu
        {survey.closesAt ? ` · hạn ${viDateTime(survey.closesAt)}` : ''}
      </span>
      {survey.sentToMe &&
        (survey.answered ? (
          <span>Đồng chí đã trả lời phiếu này.</span>
        ) : (
          <button type="button" className="button" onClick={() => go(String(survey.id))}>
            Trả lời
          </button>
        ))}
      {(survey.results || survey.participationOrg !== null) && (
        <button type="button" className="button secondary" onClick={() => go(`${RESULTS}${survey.id}`)}>
          {survey.results ? 'Xem kết quả' : 'Xem tham gia'}
        </button>
      )}
    </li>
  )
}

export default function Surveys({ member }: SectionProps) {
  const [ref, go] = useHashRef()
  const [list, setList] = useState<SurveyList | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [saved, setSaved] = useState<SavedSurvey | null>(null)

  const refresh = useCallback(
    () => fn<SurveyList>('/surveys').then((r) => (r.ok ? setList(r.data) : setError(r.message))),
    [],
  )
  const sendNow = useCallback(
    () =>
      sendWaitingSurveys(member.id).then((sent) => {
        if (!sent) return
        setSaved((current) => (current ? loadSurvey(member.id, current.survey) : current))
        refresh()
      }),
    [member.id, refresh],
  )
  useEffect(() => {
    refresh()
  }, [refresh])
  useSendWhenOnline(sendNow, Boolean(saved?.pending))
  useEffect(() => {
    setSaved(ref && !ref.startsWith(RESULTS) ? loadSurvey(member.id, ref) : null)
  }, [ref, member.id])

  const keep = (next: SavedSurvey) => {
    saveSurvey(member.id, next)
    setSaved(next)
  }

  if (error && !list) return <ErrorBox message={error} />
  if (!list) return <p role="status">Đang tải…</p>
  const back = () => {
    refresh()
    go('')
  }
  if (ref.startsWith(RESULTS)) {
    const id = ref.slice(RESULTS.length)
    const survey = list.surveys.find((s) => String(s.id) === id)
    return (
      <>
        {survey?.results && <Results id={id} />}
        {survey && survey.participationOrg !== null && (
          <Participation survey={id} start={survey.participationOrg} />
        )}
        {!survey && <ErrorBox message="Không tìm thấy phiếu khảo sát này." />}
        <button type="button" className="button secondary" onClick={back}>
          Về danh sách khảo sát
        </button>
      </>
    )
  }
  const open = ref ? list.surveys.find((s) => String(s.id) === ref && s.sentToMe) : undefined
  if (ref && !open)
    return <ErrorBox message="Không tìm thấy phiếu khảo sát này, hoặc phiếu không gửi tới đồng chí." />
  if (open && saved)
    return (
      <Answering
        survey={open}
        saved={saved}
        onChange={keep}
        onBack={back}
        onSubmit={async () => {
          const waitingNow = { ...saved, pending: true, refusal: undefined }
          keep(waitingNow)
          setSaved(await sendSurvey(member.id, waitingNow))
        }}
      />
    )
  return list.surveys.length ? (
    <ul className="qz-list">
      {list.surveys.map((survey) => (
        <SurveyRow key={String(survey.id)} survey={survey} go={go} />
      ))}
    </ul>
  ) : (
    <p className="mv-card">Chưa có phiếu khảo sát nào gửi tới đồng chí.</p>
  )
}
