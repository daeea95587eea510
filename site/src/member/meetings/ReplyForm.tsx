/** "Có mặt" or "Vắng" with a reason, changeable until the meeting starts. */
import type { MeetingDetail, MeetingReplyAnswer } from '@sotay/functions/types'
import { useId, useState } from 'react'
import { fn } from '../api.ts'
import { ErrorBox } from '../Field.tsx'
import { replyLine } from './replyLine.ts'

export function ReplyForm({ meeting, onReplied }: { meeting: MeetingDetail; onReplied: () => void }) {
  const mine = meeting.mine
  const [absent, setAbsent] = useState(false)
  const [reason, setReason] = useState(mine?.reason ?? '')
  const [error, setError] = useState<string | null>(null)
  const [status, setStatus] = useState('')
  const [busy, setBusy] = useState(false)
  const reasonId = useId()
  if (!mine) return null
  const open = meeting.status === 'scheduled' && new Date(meeting.startsAt).getTime() > Date.now()

  const send = async (reply: 'present' | 'absent') => {
    setBusy(true)
    setError(null)
    const r = await fn<MeetingReplyAnswer>(`/meetings/${meeting.id}/reply`, {
      reply,
      ...(reply === 'absent' ? { reason } : {}),
    })
    setBusy(false)
    if (!r.ok) return setError(r.message)
    setStatus(r.data.message)
    setAbsent(false)
    onReplied()
  }

  return (
    <section className="mv-card mt-reply" aria-labelledby={`${reasonId}-h`}>
      <h2 id={`${reasonId}-h`}>Trả lời giấy mời</h2>
      <p className="mt-mine">{replyLine(mine)}</p>
      <p className="muted" role="status">
        {status}
      </p>
      {open ? (
        <>
          <div className="mt-reply-buttons">
            <button type="button" className="button" disabled={busy} onClick={() => void send('present')}>
              Có mặt
            </button>
            <button
              type="button"
              className="button secondary"
              disabled={busy}
              onClick={() => setAbsent(true)}
            >
              Vắng
            </button>
          </div>
          {absent && (
            <form
              className="mv-form"
              onSubmit={(e) => {
                e.preventDefault()
                void send('absent')
              }}
            >
              <label htmlFor={reasonId}>Lý do vắng (bắt buộc)</label>
              <textarea
                id={reasonId}
                className="mt-textarea"
                value={reason}
                maxLength={500}
                rows={3}
                onChange={(e) => setReason(e.target.value)}
              />
              <button type="submit" className="button" disabled={busy}>
                Gửi: Vắng, có lý do
              </button>
            </form>
          )}
          <ErrorBox message={error} />
        </>
      ) : (
        <p className="muted">Cuộc họp đã bắt đầu hoặc đã kết thúc: không sửa câu trả lời được nữa.</p>
      )}
    </section>
  )
}
