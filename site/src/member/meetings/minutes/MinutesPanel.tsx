/**
 * The meeting's minutes (biên bản) on the meeting page. The recorder or whoever runs the meeting drafts them from
 * what happened, writes the discussion and conclusion of each agenda item in large boxes, and saves; the chair
 * approves, which locks them. Everyone invited reads the approved minutes and downloads the PDF; nobody else
 * sees a draft (the functions decide, this only shows what they answer).
 */
import type { MinutesAnswer, MinutesNoteWire, MinutesView } from '@sotay/functions/types'
import { useCallback, useEffect, useId, useState } from 'react'
import { fn } from '../../api.ts'
import { ErrorBox } from '../../Field.tsx'
import type { MeetingPanelProps } from '../panels.ts'
import { MinutesRecord } from './MinutesRecord.tsx'
import './minutes.css'

interface Draft {
  notes: MinutesNoteWire[]
  summary: string
  placeName: string
}

const draftOf = (minutes: MinutesView | null): Draft => ({
  notes: minutes?.notes.map((n) => ({ ...n })) ?? [],
  summary: minutes?.summary ?? '',
  placeName: minutes?.placeName ?? '',
})

function NoteBoxes({
  note,
  index,
  onChange,
}: {
  note: MinutesNoteWire
  index: number
  onChange: (note: MinutesNoteWire) => void
}) {
  const id = useId()
  return (
    <fieldset className="mn-item">
      <legend>
        {index + 1}. {note.itemTitle || 'Nội dung khác'}
      </legend>
      <label htmlFor={`${id}-d`}>Ý kiến thảo luận</label>
      <textarea
        id={`${id}-d`}
        rows={6}
        value={note.discussion}
        onChange={(e) => onChange({ ...note, discussion: e.target.value })}
      />
      <label htmlFor={`${id}-c`}>Kết luận</label>
      <textarea
        id={`${id}-c`}
        rows={3}
        value={note.conclusion}
        onChange={(e) => onChange({ ...note, conclusion: e.target.value })}
      />
    </fieldset>
  )
}

export default function MinutesPanel({ meetingId, status }: MeetingPanelProps) {
  const [answer, setAnswer] = useState<MinutesAnswer | null>(null)
  const [draft, setDraft] = useState<Draft>(draftOf(null))
  const [dirty, setDirty] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const base = `/meetings/${encodeURIComponent(meetingId)}/minutes`

  const take = useCallback((next: MinutesAnswer) => {
    setAnswer(next)
    setDraft(draftOf(next.minutes))
    setDirty(false)
    setNotice(next.message ?? null)
  }, [])

  useEffect(() => {
    fn<MinutesAnswer>(base).then((r) => (r.ok ? take(r.data) : setError(r.message)))
  }, [base, take])

  async function run(call: () => Promise<Awaited<ReturnType<typeof fn<MinutesAnswer>>>>) {
    setBusy(true)
    setError(null)
    const result = await call()
    setBusy(false)
    if (!result.ok) return setError(result.message)
    take(result.data)
  }

  const save = () =>
    fn<MinutesAnswer>(
      base,
      {
        notes: draft.notes.map(({ itemKey, discussion, conclusion }) => ({
          itemKey,
          discussion,
          conclusion,
        })),
        summary: draft.summary,
        placeName: draft.placeName,
      },
      { method: 'PUT' },
    )
  const rebuild = async () => {
    // What was typed is saved first, so rebuilding never loses it.
    if (dirty) {
      const saved = await save()
      if (!saved.ok) return saved
    }
    return fn<MinutesAnswer>(`${base}/draft`, {})
  }
  const approve = () => {
    if (!window.confirm('Thông qua biên bản? Sau khi thông qua, biên bản được khóa và không sửa được nữa.'))
      return
    run(async () => {
      if (dirty) {
        const saved = await save()
        if (!saved.ok) return saved
      }
      return fn<MinutesAnswer>(`${base}/approve`, {})
    })
  }

  const edit = (change: Partial<Draft>) => {
    setDraft({ ...draft, ...change })
    setDirty(true)
  }

  if (status === 'cancelled') return null
  const heading = (
    <h2 id={`mn-${meetingId}`} className="mn-title">
      Biên bản cuộc họp
    </h2>
  )
  if (!answer)
    return (
      <section className="mv-card mn" aria-labelledby={`mn-${meetingId}`}>
        {heading}
        {error ? <ErrorBox message={error} /> : <p role="status">Đang tải…</p>}
      </section>
    )

  const { minutes, can } = answer
  return (
    <section className="mv-card mn" aria-labelledby={`mn-${meetingId}`}>
      {heading}
      <ErrorBox message={error} />
      {notice && (
        <p className="mn-notice" role="status">
          {notice}
        </p>
      )}
      {minutes && (
        <p className="mn-state">
          <span className={`mn-badge mn-badge-${minutes.status}`}>{minutes.statusLabel}</span>{' '}
          {minutes.status === 'approved'
            ? `Thông qua lúc ${minutes.approvedAt}${minutes.approvedBy ? `, đồng chí ${minutes.approvedBy}` : ''}.`
            : minutes.draftedAt && `Lập lúc ${minutes.draftedAt}.`}
        </p>
      )}
      {can.draft && (
        <button type="button" className="button mn-secondary" disabled={busy} onClick={() => run(rebuild)}>
          {minutes ? 'Lập lại dự thảo từ cuộc họp' : 'Lập dự thảo từ cuộc họp'}
        </button>
      )}
      {minutes && <MinutesRecord minutes={minutes} editing={can.edit} />}
      {minutes && can.edit && (
        <form
          className="mv-form mn-form"
          onSubmit={(e) => {
            e.preventDefault()
            run(save)
          }}
        >
          <h3>Phần thư ký ghi</h3>
          {draft.notes.map((note, i) => (
            <NoteBoxes
              key={note.itemKey}
              note={note}
              index={i}
              onChange={(next) => edit({ notes: draft.notes.map((n, j) => (j === i ? next : n)) })}
            />
          ))}
          <div className="mv-field">
            <label htmlFor={`mn-summary-${meetingId}`}>Kết luận chung của chủ trì</label>
            <textarea
              id={`mn-summary-${meetingId}`}
              rows={5}
              value={draft.summary}
              onChange={(e) => edit({ summary: e.target.value })}
            />
          </div>
          <div className="mv-field">
            <label htmlFor={`mn-place-${meetingId}`}>Địa danh ghi ở dòng ngày tháng</label>
            <input
              id={`mn-place-${meetingId}`}
              className="mn-input"
              value={draft.placeName}
              maxLength={200}
              onChange={(e) => edit({ placeName: e.target.value })}
            />
          </div>
          <button type="submit" className="button" disabled={busy}>
            {busy ? 'Đang lưu…' : 'Lưu'}
          </button>
        </form>
      )}
      {minutes && can.approve && (
        <button type="button" className="button mn-approve" disabled={busy} onClick={approve}>
          Thông qua biên bản
        </button>
      )}
      {minutes && (
        <a className="button mn-download" href={minutes.pdfUrl} download>
          {minutes.status === 'approved' ? 'Tải biên bản (PDF)' : 'Tải bản dự thảo (PDF)'}
        </a>
      )}
    </section>
  )
}
