/**
 * "Lên lịch họp": kind, date, start and end, place, agenda, documents of the cell, chair, recorder, online room.
 * Says whether a regular meeting is on time for the 20th rule before it is sent.
 */
import { MEETING_KINDS, meetingMonth, postedOnTime, postingDeadline, viMonth } from '@sotay/content-schemas'
import { viDateTime } from '@sotay/content-schemas/text/dates'
import type { MeetingList, MeetingPeople, MeetingScheduleAnswer, ReadingList } from '@sotay/functions/types'
import { useEffect, useId, useState } from 'react'
import { fn } from '../api.ts'
import { ErrorBox } from '../Field.tsx'

interface AgendaRow {
  key: number
  text: string
}
let rows = 0
const row = (text: string): AgendaRow => ({ key: ++rows, text })

/** "2027-01-05" and "08:00" read as Vietnam time, as an ISO instant. */
const vietnamInstant = (date: string, time: string) => new Date(`${date}T${time}:00+07:00`).toISOString()

export function ScheduleForm({ onDone }: { onDone: (id?: string | number) => void }) {
  const uid = useId()
  const [orgs, setOrgs] = useState<{ id: string | number; name: string }[]>([])
  const [org, setOrg] = useState('')
  const [kind, setKind] = useState('thuong-ky')
  const [date, setDate] = useState('')
  const [start, setStart] = useState('08:00')
  const [end, setEnd] = useState('10:30')
  const [place, setPlace] = useState('')
  const [agenda, setAgenda] = useState<AgendaRow[]>(() =>
    ['Đánh giá tình hình tháng qua', 'Phương hướng, nhiệm vụ tháng tới'].map(row),
  )
  const [docs, setDocs] = useState<ReadingList['items']>([])
  const [picked, setPicked] = useState<string[]>([])
  const [people, setPeople] = useState<MeetingPeople['people']>([])
  const [chair, setChair] = useState('')
  const [recorder, setRecorder] = useState('')
  const [online, setOnline] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    fn<MeetingList>('/meetings').then((r) => {
      if (!r.ok) return setError(r.message)
      setOrgs(r.data.runOrgs)
      const cell = r.data.runOrgs.at(-1)
      if (cell) setOrg(String(r.data.runOrgs.length === 1 ? r.data.runOrgs[0].id : cell.id))
    })
    fn<ReadingList>('/reading/documents?scope=mine&limit=50').then((r) => r.ok && setDocs(r.data.items))
  }, [])
  useEffect(() => {
    if (!org) return
    fn<MeetingPeople>(`/meetings/people?org=${encodeURIComponent(org)}`).then(
      (r) => r.ok && setPeople(r.data.people),
    )
  }, [org])

  const startsAt = date ? vietnamInstant(date, start) : null
  const month = startsAt ? meetingMonth(startsAt) : null
  const onTime = startsAt ? postedOnTime(new Date(), startsAt) : null

  const submit = async () => {
    if (!date || !startsAt) return setError('Xin chọn ngày họp.')
    setBusy(true)
    setError(null)
    const r = await fn<MeetingScheduleAnswer>('/meetings', {
      org: /^\d+$/.test(org) ? Number(org) : org,
      kind,
      startsAt,
      endsAt: vietnamInstant(date, end),
      place: place || undefined,
      agenda: agenda.map((a) => a.text.trim()).filter(Boolean),
      documents: picked.map((id) => (/^\d+$/.test(id) ? Number(id) : id)),
      chair: chair ? (/^\d+$/.test(chair) ? Number(chair) : chair) : null,
      recorder: recorder ? (/^\d+$/.test(recorder) ? Number(recorder) : recorder) : null,
      online,
    })
    setBusy(false)
    if (!r.ok) return setError(r.message)
    onDone(r.data.meeting.id)
  }

  return (
    <form
      className="mv-form mt-form"
      onSubmit={(e) => {
        e.preventDefault()
        void submit()
      }}
    >
      <button type="button" className="button secondary mt-back" onClick={() => onDone()}>
        ← Lịch sinh hoạt
      </button>
      <h2>Lên lịch họp</h2>
      {orgs.length > 1 && (
        <Select id={`${uid}-org`} label="Tổ chức họp" value={org} onChange={setOrg}>
          {orgs.map((o) => (
            <option key={o.id} value={String(o.id)}>
              {o.name}
            </option>
          ))}
        </Select>
      )}
      <Select id={`${uid}-kind`} label="Loại cuộc họp" value={kind} onChange={setKind}>
        {MEETING_KINDS.map((k) => (
          <option key={k.value} value={k.value}>
            {k.label.vi}
          </option>
        ))}
      </Select>
      <Input id={`${uid}-date`} label="Ngày họp" type="date" value={date} onChange={setDate} />
      <div className="mt-two">
        <Input id={`${uid}-start`} label="Bắt đầu" type="time" value={start} onChange={setStart} />
        <Input id={`${uid}-end`} label="Kết thúc" type="time" value={end} onChange={setEnd} />
      </div>
      {kind === 'thuong-ky' && month && (
        <p className={onTime ? 'mt-ontime' : 'mt-late'} role="status">
          {onTime
            ? `Đúng hạn: lịch tháng ${viMonth(month)} đăng trước ${viDateTime(postingDeadline(month))}.`
            : `Muộn: lịch tháng ${viMonth(month)} phải đăng trước ${viDateTime(postingDeadline(month))}.`}
        </p>
      )}
      <Input id={`${uid}-place`} label="Địa điểm" value={place} onChange={setPlace} />
      <fieldset className="mt-fieldset">
        <legend>Nội dung (chương trình)</legend>
        {agenda.map((item, i) => (
          <div className="mt-agenda-row" key={item.key}>
            <input
              aria-label={`Mục ${i + 1}`}
              value={item.text}
              onChange={(e) =>
                setAgenda(agenda.map((a) => (a.key === item.key ? { ...a, text: e.target.value } : a)))
              }
            />
            <button
              type="button"
              className="button secondary"
              aria-label={`Bỏ mục ${i + 1}`}
              onClick={() => setAgenda(agenda.filter((a) => a.key !== item.key))}
            >
              Bỏ
            </button>
          </div>
        ))}
        <button type="button" className="button secondary" onClick={() => setAgenda([...agenda, row('')])}>
          Thêm mục
        </button>
      </fieldset>
      {docs.length > 0 && (
        <fieldset className="mt-fieldset">
          <legend>Tài liệu gửi kèm</legend>
          {docs.map((d) => (
            <label key={d.id} className="mt-check">
              <input
                type="checkbox"
                checked={picked.includes(String(d.id))}
                onChange={(e) =>
                  setPicked(
                    e.target.checked ? [...picked, String(d.id)] : picked.filter((x) => x !== String(d.id)),
                  )
                }
              />
              <span>
                {d.numberSymbol ? `${d.numberSymbol} — ` : ''}
                {d.title}
              </span>
            </label>
          ))}
        </fieldset>
      )}
      <Select id={`${uid}-chair`} label="Chủ trì" value={chair} onChange={setChair}>
        <option value="">Chưa chọn</option>
        {people.map((p) => (
          <option key={p.id} value={String(p.id)}>
            {p.fullName}
          </option>
        ))}
      </Select>
      <Select id={`${uid}-recorder`} label="Thư ký" value={recorder} onChange={setRecorder}>
        <option value="">Chưa chọn</option>
        {people.map((p) => (
          <option key={p.id} value={String(p.id)}>
            {p.fullName}
          </option>
        ))}
      </Select>
      <label className="mt-check">
        <input type="checkbox" checked={online} onChange={(e) => setOnline(e.target.checked)} />
        <span>Có phòng họp trực tuyến cho đảng viên ở xa</span>
      </label>
      <ErrorBox message={error} />
      <button type="submit" className="button mv-submit" disabled={busy}>
        Lên lịch và gửi giấy mời
      </button>
    </form>
  )
}

function Input(props: {
  id: string
  label: string
  value: string
  onChange: (v: string) => void
  type?: string
}) {
  return (
    <div className="mv-field">
      <label htmlFor={props.id}>{props.label}</label>
      <div className="mv-input-row">
        <input
          id={props.id}
          type={props.type ?? 'text'}
          value={props.value}
          onChange={(e) => props.onChange(e.target.value)}
        />
      </div>
    </div>
  )
}

function Select(props: {
  id: string
  label: string
  value: string
  onChange: (v: string) => void
  children: React.ReactNode
}) {
  return (
    <div className="mv-field">
      <label htmlFor={props.id}>{props.label}</label>
      <select
        id={props.id}
        className="mt-select"
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      >
        {props.children}
      </select>
    </div>
  )
}
