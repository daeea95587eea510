/**
 * "Lịch của tôi": my entries, my meetings and my task deadlines in one place (GET /fn/calendar), as an agenda,
 * a week or a month, made for a phone; adding an entry with a reminder; the secret link a phone's calendar app
 * subscribes to, which the member can revoke.
 */
import type { Agenda, CalendarItem, EntryAnswer, FeedAnswer } from '@sotay/functions/types'
import { type FormEvent, useCallback, useEffect, useState } from 'react'
import { fn } from '../api.ts'
import { ErrorBox } from '../Field.tsx'
import type { SectionProps } from '../types.ts'
import {
  addDays,
  addMonths,
  dayHeading,
  dayNumber,
  firstOfMonth,
  mondayOf,
  monthLabel,
  todayKey,
  WEEKDAY_SHORT,
} from './days.ts'
import './calendar.css'

type View = 'agenda' | 'week' | 'month'
const VIEWS: { value: View; label: string }[] = [
  { value: 'agenda', label: 'Lịch trình' },
  { value: 'week', label: 'Tuần' },
  { value: 'month', label: 'Tháng' },
]

function rangeOf(view: View, anchor: string): { from: string; to: string } {
  if (view === 'week') {
    const from = mondayOf(anchor)
    return { from, to: addDays(from, 7) }
  }
  if (view === 'month') {
    const from = mondayOf(firstOfMonth(anchor))
    return { from, to: addDays(from, 42) }
  }
  return { from: anchor, to: addDays(anchor, 31) }
}

function Item({ item }: { item: CalendarItem }) {
  const body = (
    <>
      <span className="cal-time">{item.timeLabel}</span>
      <span className={`cal-kind cal-kind-${item.kind}`}>{item.kindLabel}</span>
      <strong className={item.cancelled ? 'cal-cancelled' : undefined}>{item.title}</strong>
      {item.cancelled && <span className="cal-flag">Đã hủy</span>}
      {item.place && <span className="muted">{item.place}</span>}
    </>
  )
  return (
    <li className="cal-item">
      {item.link ? (
        <a href={item.link} className="cal-item-body">
          {body}
        </a>
      ) : (
        <div className="cal-item-body">{body}</div>
      )}
    </li>
  )
}

function DayList({ days, items, empty }: { days: string[]; items: CalendarItem[]; empty?: string }) {
  const shown = days.filter((d) => items.some((i) => i.day === d))
  if (!shown.length) return <p>{empty ?? 'Không có lịch trong thời gian này.'}</p>
  return (
    <>
      {shown.map((day) => (
        <section key={day} className="cal-day" aria-label={dayHeading(day)}>
          <h3>{dayHeading(day)}</h3>
          <ul>
            {items
              .filter((i) => i.day === day)
              .map((i) => (
                <Item key={i.uid} item={i} />
              ))}
          </ul>
        </section>
      ))}
    </>
  )
}

function MonthGrid({ anchor, from, items }: { anchor: string; from: string; items: CalendarItem[] }) {
  const [picked, setPicked] = useState<string | null>(null)
  const days = Array.from({ length: 42 }, (_, i) => addDays(from, i))
  const month = anchor.slice(0, 7)
  const today = todayKey()
  return (
    <>
      <fieldset className="cal-grid" aria-label={monthLabel(anchor)}>
        {WEEKDAY_SHORT.map((w) => (
          <span key={w} className="cal-head" aria-hidden="true">
            {w}
          </span>
        ))}
        {days.map((day) => {
          const count = items.filter((i) => i.day === day).length
          return (
            <button
              type="button"
              key={day}
              className={`cal-cell${day.slice(0, 7) === month ? '' : ' cal-out'}${day === today ? ' cal-today' : ''}`}
              aria-pressed={picked === day}
              aria-label={`${dayHeading(day)}: ${count} mục`}
              onClick={() => setPicked(day)}
            >
              {dayNumber(day)}
              {count > 0 && <span className="cal-dot">{count}</span>}
            </button>
          )
        })}
      </fieldset>
      {picked && <DayList days={[picked]} items={items} empty={`${dayHeading(picked)}: không có lịch.`} />}
    </>
  )
}

/**
 * The confirmation stays beside the button until the next save (a loaded server may answer late, and a message
 * far above the form is easy to miss on a phone); a failure shows the server's Vietnamese reason instead.
 */
function EntryForm({ onAdded }: { onAdded: () => void }) {
  const [error, setError] = useState<string | null>(null)
  const [done, setDone] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = event.currentTarget
    const v = new FormData(form)
    const date = String(v.get('date') ?? '')
    const time = String(v.get('time') ?? '') || '08:00'
    setDone(null)
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return setError('Xin chọn ngày.')
    setBusy(true)
    setError(null)
    const result = await fn<EntryAnswer>('/calendar/entries', {
      title: String(v.get('title') ?? ''),
      startsAt: new Date(`${date}T${time}:00+07:00`).toISOString(),
      place: String(v.get('place') ?? ''),
      reminder: String(v.get('reminder') ?? 'none'),
    })
    setBusy(false)
    if (!result.ok) return setError(result.message)
    form.reset()
    setDone(result.data.message)
    onAdded()
  }
  return (
    <details className="mv-card cal-add">
      <summary>Thêm việc vào lịch</summary>
      <form className="mv-form" onSubmit={submit} noValidate>
        <ErrorBox message={error} />
        <div className="mv-field">
          <label htmlFor="cal-title">Việc cần làm</label>
          <div className="mv-input-row">
            <input id="cal-title" name="title" required maxLength={200} />
          </div>
        </div>
        <div className="mv-field">
          <label htmlFor="cal-date">Ngày</label>
          <div className="mv-input-row">
            <input id="cal-date" name="date" type="date" required defaultValue={todayKey()} />
          </div>
        </div>
        <div className="mv-field">
          <label htmlFor="cal-time">Giờ</label>
          <div className="mv-input-row">
            <input id="cal-time" name="time" type="time" defaultValue="08:00" />
          </div>
        </div>
        <div className="mv-field">
          <label htmlFor="cal-place">Địa điểm (không bắt buộc)</label>
          <div className="mv-input-row">
            <input id="cal-place" name="place" maxLength={300} />
          </div>
        </div>
        <div className="mv-field">
          <label htmlFor="cal-reminder">Nhắc trước</label>
          <select id="cal-reminder" name="reminder" defaultValue="1h">
            <option value="none">Không nhắc</option>
            <option value="15m">Trước 15 phút</option>
            <option value="1h">Trước 1 giờ</option>
            <option value="1d">Trước 1 ngày</option>
          </select>
        </div>
        <button type="submit" className="button" disabled={busy}>
          {busy ? 'Đang lưu…' : 'Lưu vào lịch'}
        </button>
        {done && <p role="status">{done}</p>}
      </form>
    </details>
  )
}

function FeedLink({ active, onChange }: { active: boolean; onChange: () => void }) {
  const [url, setUrl] = useState<string | null>(null)
  const [message, setMessage] = useState<string | null>(null)
  async function act(method: 'POST' | 'DELETE') {
    const result = await fn<FeedAnswer>('/calendar/feed', undefined, { method })
    if (!result.ok) return setMessage(result.message)
    setUrl(result.data.url)
    setMessage(result.data.message)
    onChange()
  }
  return (
    <section className="mv-card" aria-labelledby="cal-feed">
      <h2 id="cal-feed">Đăng ký lịch trên điện thoại</h2>
      <p className="muted">
        Ứng dụng Lịch của điện thoại tự cập nhật từ đường dẫn bí mật này. Không gửi đường dẫn cho người khác.
      </p>
      {message && <p role="status">{message}</p>}
      {url && (
        <p className="cal-url">
          <a href={url.replace(/^https?:/, 'webcal:')}>Mở trong ứng dụng Lịch</a>
          <br />
          <code>{url}</code>
        </p>
      )}
      <div className="cal-actions">
        <button type="button" className="button" onClick={() => act('POST')}>
          {active ? 'Tạo đường dẫn mới' : 'Tạo đường dẫn'}
        </button>
        {active && (
          <button type="button" className="button" onClick={() => act('DELETE')}>
            Thu hồi đường dẫn
          </button>
        )}
      </div>
    </section>
  )
}

export default function Calendar(_: SectionProps) {
  const [view, setView] = useState<View>('agenda')
  const [anchor, setAnchor] = useState(todayKey())
  const [data, setData] = useState<Agenda | null>(null)
  const [error, setError] = useState<string | null>(null)
  const range = rangeOf(view, anchor)
  const load = useCallback(() => {
    fn<Agenda>(`/calendar?from=${range.from}&to=${range.to}`).then((r) => {
      if (r.ok) {
        setData(r.data)
        setError(null)
      } else setError(r.message)
    })
  }, [range.from, range.to])
  useEffect(() => {
    load()
  }, [load])
  const step = (n: number) =>
    setAnchor(view === 'month' ? addMonths(anchor, n) : addDays(anchor, n * (view === 'week' ? 7 : 31)))
  const days = Array.from({ length: view === 'month' ? 42 : view === 'week' ? 7 : 31 }, (_, i) =>
    addDays(range.from, i),
  )
  const title =
    view === 'month'
      ? monthLabel(anchor)
      : view === 'week'
        ? `Tuần ${dayHeading(range.from).split(', ')[1]} – ${dayHeading(addDays(range.to, -1)).split(', ')[1]}`
        : `Từ ${dayHeading(range.from)}`
  return (
    <>
      <div className="cal-views" role="tablist" aria-label="Cách xem">
        {VIEWS.map((v) => (
          <button
            key={v.value}
            type="button"
            role="tab"
            aria-selected={view === v.value}
            onClick={() => setView(v.value)}
          >
            {v.label}
          </button>
        ))}
      </div>
      <div className="cal-nav">
        <button type="button" onClick={() => step(-1)} aria-label="Trước">
          ‹
        </button>
        <h2>{title}</h2>
        <button type="button" onClick={() => step(1)} aria-label="Sau">
          ›
        </button>
      </div>
      <ErrorBox message={error} />
      {!data && !error && <p role="status">Đang tải…</p>}
      {data && (
        <div className="mv-card cal-body">
          {view === 'month' ? (
            <MonthGrid anchor={anchor} from={range.from} items={data.items} />
          ) : (
            <DayList days={days} items={data.items} />
          )}
        </div>
      )}
      <EntryForm onAdded={load} />
      {data && <FeedLink active={data.feedActive} onChange={load} />}
    </>
  )
}
