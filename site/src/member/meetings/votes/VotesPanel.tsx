/**
 * Votes (biểu quyết) on the meeting page. The runner opens a vote (open or secret; the usual three choices or
 * their own), watches the tally live (polled every 2 s while a vote is open) and closes it. A member present
 * votes once; a secret vote's choice is not kept against their name, so they see only that they voted.
 */
import type { Vote, VoteAnswer, Votes } from '@sotay/functions/types'
import { type FormEvent, useCallback, useEffect, useState } from 'react'
import { fn } from '../../api.ts'
import { ErrorBox } from '../../Field.tsx'
import type { MeetingPanelProps } from '../panels.ts'
import './votes.css'

const LIVE_EVERY_MS = 2000
const IDLE_EVERY_MS = 5000

function Tally({ vote }: { vote: Vote }) {
  const total = Math.max(1, vote.votersCount ?? 0)
  return (
    <ul className="bq-tally" aria-label="Kết quả">
      {vote.choices.map((c) => (
        <li key={c.id}>
          <span className="bq-label">{c.label}</span>
          <span className="bq-number" data-choice={c.label}>
            {c.count ?? 0}
          </span>
          <span className="bq-bar" aria-hidden="true">
            <span style={{ width: `${Math.round(((c.count ?? 0) / total) * 100)}%` }} />
          </span>
        </li>
      ))}
    </ul>
  )
}

function OpenVoteForm({ meetingId, onOpened }: { meetingId: string; onOpened: () => void }) {
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = event.currentTarget
    const values = new FormData(form)
    const own = String(values.get('choices') ?? '')
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
    setBusy(true)
    const result = await fn<VoteAnswer>(`/meetings/${meetingId}/votes`, {
      question: String(values.get('question') ?? ''),
      agendaItem: String(values.get('agendaItem') ?? ''),
      secret: values.get('secret') === 'on',
      choices: own.length ? own : undefined,
    })
    setBusy(false)
    if (!result.ok) return setError(result.message)
    setError(null)
    form.reset()
    onOpened()
  }
  return (
    <form className="mv-card mv-form bq-open" onSubmit={submit} noValidate>
      <h3>Mở biểu quyết</h3>
      <ErrorBox message={error} />
      <div className="mv-field">
        <label htmlFor="bq-question">Vấn đề biểu quyết</label>
        <input id="bq-question" name="question" required minLength={3} maxLength={500} />
      </div>
      <div className="mv-field">
        <label htmlFor="bq-agenda">Thuộc nội dung (không bắt buộc)</label>
        <input id="bq-agenda" name="agendaItem" maxLength={300} />
      </div>
      <label className="bq-check">
        <input type="checkbox" name="secret" /> Bỏ phiếu kín
      </label>
      <div className="mv-field">
        <label htmlFor="bq-choices">
          Phương án, mỗi dòng một (để trống: Tán thành / Không tán thành / Ý kiến khác)
        </label>
        <textarea id="bq-choices" name="choices" rows={3} />
      </div>
      <button type="submit" disabled={busy}>
        Mở biểu quyết
      </button>
    </form>
  )
}

function VoteCard({
  vote,
  meetingId,
  runs,
  onChange,
}: {
  vote: Vote
  meetingId: string
  runs: boolean
  onChange: () => void
}) {
  const [message, setMessage] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  async function cast(choice: string) {
    const result = await fn<VoteAnswer>(`/meetings/${meetingId}/votes/${vote.id}/ballot`, { choice })
    if (result.ok) setMessage(result.data.message)
    else setError(result.message)
    onChange()
  }
  async function close() {
    const result = await fn<VoteAnswer>(`/meetings/${meetingId}/votes/${vote.id}/close`, {})
    if (!result.ok) setError(result.message)
    onChange()
  }
  return (
    <li className="mv-card bq-vote" data-vote={vote.id}>
      <h3>{vote.question}</h3>
      <p className="muted">
        {vote.agendaItem ? `${vote.agendaItem} · ` : ''}
        {vote.secret ? 'Bỏ phiếu kín' : 'Biểu quyết công khai'} ·{' '}
        {vote.status === 'open' ? 'Đang biểu quyết' : 'Đã kết thúc'}
      </p>
      <ErrorBox message={error} />
      {message && <p role="status">{message}</p>}
      {vote.canVote && (
        <div className="bq-choices">
          {vote.choices.map((c) => (
            <button key={c.id} type="button" onClick={() => cast(c.id)}>
              {c.label}
            </button>
          ))}
        </div>
      )}
      {vote.voted && (
        <p>
          <strong>Đồng chí đã biểu quyết{vote.myChoice ? `: ${vote.myChoice}` : ''}.</strong>
        </p>
      )}
      {vote.votersCount !== null && (
        <>
          <p>
            Số người đã biểu quyết: <strong data-testid="bq-voters">{vote.votersCount}</strong>
          </p>
          <Tally vote={vote} />
        </>
      )}
      {runs && vote.status === 'open' && (
        <button type="button" className="bq-close" onClick={close}>
          Kết thúc biểu quyết
        </button>
      )}
    </li>
  )
}

export default function VotesPanel(props: MeetingPanelProps) {
  const { meetingId, runs, invited } = props
  const [data, setData] = useState<Votes | null>(null)
  const [error, setError] = useState<string | null>(null)
  const load = useCallback(async () => {
    const result = await fn<Votes>(`/meetings/${meetingId}/votes`)
    if (result.ok) {
      setData(result.data)
      setError(null)
    } else setError(result.message)
  }, [meetingId])
  const live = Boolean(data?.votes.some((v) => v.status === 'open'))
  useEffect(() => {
    load()
    const timer = setInterval(load, live ? LIVE_EVERY_MS : IDLE_EVERY_MS)
    return () => clearInterval(timer)
  }, [load, live])

  if (props.status === 'cancelled' || (!runs && !invited)) return null
  return (
    <section className="bq-panel" aria-labelledby="bq-title">
      <h2 id="bq-title">Biểu quyết</h2>
      <ErrorBox message={error} />
      {runs && <OpenVoteForm meetingId={meetingId} onOpened={load} />}
      {data && !runs && !data.present && data.votes.some((v) => v.status === 'open') && (
        <p className="muted">Đồng chí cần điểm danh trước khi biểu quyết.</p>
      )}
      {data && data.votes.length === 0 && <p className="muted">Chưa có biểu quyết nào.</p>}
      <ul className="bq-list">
        {data?.votes.map((vote) => (
          <VoteCard key={vote.id} vote={vote} meetingId={meetingId} runs={runs} onChange={load} />
        ))}
      </ul>
    </section>
  )
}
