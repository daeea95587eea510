/**
 * "Của tôi": the member's own record (card number, cell, dates dd/mm/yyyy, phone, email) and a form to ask the
 * cell to correct a field; the requests sent, with where each stands (Mới / Đã sửa / Không sửa).
 */
import { viDate } from '@sotay/content-schemas/text/dates'
import type { CorrectionAnswer, ProfileAnswer } from '@sotay/functions/types'
import { type FormEvent, useEffect, useState } from 'react'
import { fn } from '../api.ts'
import { ErrorBox, Field } from '../Field.tsx'
import type { SectionProps } from '../types.ts'

const NOT_RECORDED = 'Chưa có'

function CorrectionForm({
  data,
  onSent,
}: {
  data: ProfileAnswer
  onSent: (answer: CorrectionAnswer) => void
}) {
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = event.currentTarget
    const values = new FormData(form)
    setBusy(true)
    setError(null)
    const result = await fn<CorrectionAnswer>('/profile/corrections', {
      field: String(values.get('field') ?? ''),
      proposedValue: String(values.get('proposedValue') ?? ''),
      note: String(values.get('note') ?? ''),
    })
    setBusy(false)
    if (!result.ok) return setError(result.message)
    form.reset()
    onSent(result.data)
  }

  return (
    <form className="mv-card mv-form mv-profile-form" onSubmit={submit} noValidate>
      <h2>Đề nghị sửa thông tin</h2>
      <p className="muted">
        Đề nghị được gửi đến bí thư chi bộ. Ngày viết dạng ngày/tháng/năm, ví dụ 03/02/2010.
      </p>
      <ErrorBox message={error} />
      <div className="mv-field">
        <label htmlFor="prf-field">Thông tin cần sửa</label>
        <select id="prf-field" name="field" required defaultValue="">
          <option value="" disabled>
            — Chọn —
          </option>
          {data.fields.map((f) => (
            <option key={f.value} value={f.value}>
              {f.label}
            </option>
          ))}
        </select>
      </div>
      <Field label="Sửa thành" name="proposedValue" required maxLength={200} />
      <div className="mv-field">
        <label htmlFor="prf-note">Ghi chú (không bắt buộc)</label>
        <textarea id="prf-note" name="note" rows={3} maxLength={1000} />
      </div>
      <button type="submit" className="button" disabled={busy}>
        {busy ? 'Đang gửi…' : 'Gửi đề nghị'}
      </button>
    </form>
  )
}

export default function Profile(_: SectionProps) {
  const [data, setData] = useState<ProfileAnswer | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [sent, setSent] = useState<string | null>(null)

  useEffect(() => {
    fn<ProfileAnswer>('/profile').then((r) => (r.ok ? setData(r.data) : setError(r.message)))
  }, [])

  if (error) return <ErrorBox message={error} />
  if (!data) return <p role="status">Đang tải…</p>
  const labelOf = (field: string) => data.fields.find((f) => f.value === field)?.label ?? field

  return (
    <>
      <dl className="mv-card mv-profile">
        {data.fields.map((f) => (
          <div key={f.value}>
            <dt>{f.label}</dt>
            <dd>{data.profile[f.value] ?? <span className="muted">{NOT_RECORDED}</span>}</dd>
          </div>
        ))}
      </dl>
      {sent && (
        <p className="mv-card" role="status">
          {sent}
        </p>
      )}
      <CorrectionForm
        data={data}
        onSent={(answer) => {
          setSent(answer.message)
          setData({ ...data, corrections: [answer.correction, ...data.corrections] })
        }}
      />
      <section className="mv-card" aria-labelledby="prf-sent">
        <h2 id="prf-sent">Đề nghị đã gửi</h2>
        {data.corrections.length ? (
          <ul className="mv-corrections">
            {data.corrections.map((c) => (
              <li key={String(c.id)}>
                <strong>{labelOf(c.field)}</strong>: {c.currentValue ?? NOT_RECORDED} → {c.proposedValue}
                <br />
                <span className={`mv-status mv-status-${c.status}`}>{c.statusLabel}</span>{' '}
                <span className="muted">gửi ngày {viDate(c.createdAt)}</span>
                {c.note && <p className="muted">{c.note}</p>}
              </li>
            ))}
          </ul>
        ) : (
          <p>Chưa gửi đề nghị nào.</p>
        )}
      </section>
    </>
  )
}
