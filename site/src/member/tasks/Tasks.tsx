/**
 * "Nhiệm vụ": the tasks given to me (or to the cell I am secretary of), each opened in the hash `#<id>` with its
 * progress reports; a report is a percentage, a note and a file. Committees and secretaries also see what their
 * subtree assigned, every cell's progress at a glance, sub-assignments under their cell; they assign a task, and
 * a secretary passes their cell's task on (AssignForm).
 */
import type { MyTasks, ReportAnswer, TaskDetail, TaskOverview, TaskSummary } from '@sotay/functions/types'
import { type FormEvent, useCallback, useEffect, useState } from 'react'
import { fn } from '../api.ts'
import { ErrorBox } from '../Field.tsx'
import type { SectionProps } from '../types.ts'
import { AssignForm } from './AssignForm.tsx'
import './tasks.css'

const OFFLINE = 'Không kết nối được máy chủ. Hãy kiểm tra mạng rồi thử lại.'

function Progress({ task }: { task: TaskSummary }) {
  return (
    <div className="tk-progress" role="img" aria-label={`Tiến độ ${task.progress}%`}>
      <span style={{ width: `${task.progress}%` }} />
    </div>
  )
}

function TaskLine({ task }: { task: TaskSummary }) {
  return (
    <a className="tk-line" href={`#${task.id}`}>
      <strong>{task.title}</strong>
      <span className={`tk-status tk-status-${task.status}`}>{task.statusLabel}</span>
      <span className="muted">
        {task.assignedTo} · hạn {task.dueLabel} · {task.progress}%
      </span>
      <Progress task={task} />
    </a>
  )
}

/** Sends the report as multipart (the file travels with it); the functions check size and type again. */
async function sendReport(taskId: string, form: HTMLFormElement): Promise<{ ok: boolean; message: string }> {
  try {
    const response = await fetch(`/fn/tasks/${encodeURIComponent(taskId)}/reports`, {
      method: 'POST',
      credentials: 'same-origin',
      body: new FormData(form),
    })
    const body = (await response.json().catch(() => null)) as
      | (ReportAnswer & { error?: { message: string } })
      | null
    if (response.ok && body) return { ok: true, message: body.message }
    return { ok: false, message: body?.error?.message ?? 'Đã có lỗi xảy ra. Vui lòng thử lại sau.' }
  } catch {
    return { ok: false, message: OFFLINE }
  }
}

function ReportForm({ taskId, onSent }: { taskId: string; onSent: (message: string) => void }) {
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = event.currentTarget
    setBusy(true)
    setError(null)
    const result = await sendReport(taskId, form)
    setBusy(false)
    if (!result.ok) return setError(result.message)
    form.reset()
    onSent(result.message)
  }
  return (
    <form className="mv-card mv-form" onSubmit={submit} noValidate aria-labelledby="tk-report">
      <h2 id="tk-report">Báo cáo tiến độ</h2>
      <ErrorBox message={error} />
      <div className="mv-field">
        <label htmlFor="tk-percent">Đã hoàn thành (%)</label>
        <div className="mv-input-row">
          <input
            id="tk-percent"
            name="percent"
            type="number"
            inputMode="numeric"
            min={0}
            max={100}
            step={1}
            required
          />
        </div>
      </div>
      <div className="mv-field">
        <label htmlFor="tk-note">Ghi chú</label>
        <textarea id="tk-note" name="note" rows={3} maxLength={2000} />
      </div>
      <div className="mv-field">
        <label htmlFor="tk-file">Tệp đính kèm (PDF hoặc ảnh, không bắt buộc)</label>
        <input
          id="tk-file"
          name="file"
          type="file"
          accept="application/pdf,image/jpeg,image/png,image/webp"
        />
      </div>
      <button type="submit" className="button" disabled={busy}>
        {busy ? 'Đang gửi…' : 'Gửi báo cáo'}
      </button>
    </form>
  )
}

/** An opinion on one report (the assigner or the assignee); the list reloads with it. */
function CommentForm({ reportId, onSent }: { reportId: string | number; onSent: () => void }) {
  const [text, setText] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setBusy(true)
    setError(null)
    const r = await fn(`/tasks/reports/${encodeURIComponent(String(reportId))}/comments`, { text })
    setBusy(false)
    if (!r.ok) return setError(r.message)
    setText('')
    onSent()
  }
  return (
    <form className="tk-comment-form" onSubmit={submit} noValidate>
      <ErrorBox message={error} />
      <label htmlFor={`tk-c-${reportId}`}>Ý kiến về báo cáo này</label>
      <textarea
        id={`tk-c-${reportId}`}
        rows={2}
        maxLength={1000}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <button type="submit" className="button secondary" disabled={busy}>
        {busy ? 'Đang gửi…' : 'Gửi ý kiến'}
      </button>
    </form>
  )
}

function Detail({ id }: { id: string }) {
  const [data, setData] = useState<TaskDetail | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [sent, setSent] = useState<string | null>(null)
  const [passing, setPassing] = useState(false)
  const load = useCallback(
    () =>
      fn<TaskDetail>(`/tasks/${encodeURIComponent(id)}`).then((r) =>
        r.ok ? setData(r.data) : setError(r.message),
      ),
    [id],
  )
  useEffect(() => {
    load()
  }, [load])
  if (error) return <ErrorBox message={error} />
  if (!data) return <p role="status">Đang tải…</p>
  const { task } = data
  return (
    <>
      <a className="mv-back" href="./">
        ← Danh sách nhiệm vụ
      </a>
      <article className="mv-card tk-detail">
        <h2>{task.title}</h2>
        <p>
          <span className={`tk-status tk-status-${task.status}`}>{task.statusLabel}</span> ·{' '}
          {task.priorityLabel}
        </p>
        <p>
          Hạn: <strong>{task.dueLabel}</strong>
          <br />
          Giao cho: {task.assignedTo}
          <br />
          Giao từ: {task.fromOrg}
        </p>
        {task.description && <p className="tk-description">{task.description}</p>}
        <p>Tiến độ: {task.progress}%</p>
        <Progress task={task} />
      </article>
      {sent && (
        <p className="mv-card" role="status">
          {sent}
        </p>
      )}
      {data.canReport && (
        <ReportForm
          taskId={id}
          onSent={(message) => {
            setSent(message)
            load()
          }}
        />
      )}
      {data.canPassOn && !passing && (
        <button
          type="button"
          className="button secondary"
          onClick={() => {
            setSent(null)
            setPassing(true)
          }}
        >
          Giao tiếp cho đảng viên
        </button>
      )}
      {passing && (
        <AssignForm
          parent={{ id: task.id, title: task.title }}
          onDone={(message) => {
            setPassing(false)
            setSent(message)
            load()
          }}
        />
      )}
      {data.subTasks.length > 0 && (
        <section className="mv-card" aria-labelledby="tk-subs">
          <h2 id="tk-subs">Đã giao tiếp</h2>
          {data.subTasks.map((s) => (
            <TaskLine key={String(s.id)} task={s} />
          ))}
        </section>
      )}
      <section className="mv-card" aria-labelledby="tk-reports">
        <h2 id="tk-reports">Các lần báo cáo</h2>
        {data.reports.length ? (
          <ul className="tk-reports">
            {data.reports.map((r) => (
              <li key={String(r.id)}>
                <strong>{r.percent}%</strong> — {r.reporter}, {r.at}
                {r.note && <p>{r.note}</p>}
                {r.attachment && (
                  <p>
                    <a href={r.attachment.url}>Tệp: {r.attachment.filename}</a>
                  </p>
                )}
                {r.comments.map((c) => (
                  <p key={c.at + c.text} className="tk-comment">
                    <strong>{c.author}</strong> ({c.at}): {c.text}
                  </p>
                ))}
                <CommentForm reportId={r.id} onSent={load} />
              </li>
            ))}
          </ul>
        ) : (
          <p>Chưa có báo cáo nào.</p>
        )}
      </section>
    </>
  )
}

function Overview() {
  const [data, setData] = useState<TaskOverview | null>(null)
  const [assigning, setAssigning] = useState(false)
  const [done, setDone] = useState<string | null>(null)
  const load = useCallback(() => {
    fn<TaskOverview>('/tasks/overview').then((r) => r.ok && setData(r.data))
  }, [])
  useEffect(load, [load])
  // A member without a task grant gets a refusal: no overview, no assigning.
  if (!data) return null
  return (
    <section className="mv-card" aria-labelledby="tk-given">
      <h2 id="tk-given">Nhiệm vụ đã giao</h2>
      {done && <p role="status">{done}</p>}
      {assigning ? (
        <AssignForm
          onDone={(message) => {
            setAssigning(false)
            setDone(message)
            load()
          }}
        />
      ) : (
        <button
          type="button"
          className="button"
          onClick={() => {
            setDone(null)
            setAssigning(true)
          }}
        >
          Giao nhiệm vụ
        </button>
      )}
      <p className="tk-counts">
        <span>Quá hạn: {data.counts['qua-han'] ?? 0}</span>
        <span>Đang làm: {data.counts['dang-lam'] ?? 0}</span>
        <span>Chưa bắt đầu: {data.counts['chua-bat-dau'] ?? 0}</span>
        <span>Hoàn thành: {data.counts['hoan-thanh'] ?? 0}</span>
      </p>
      {data.tasks.length === 0 && <p>Chưa giao nhiệm vụ nào.</p>}
      {data.tasks.map((t) => (
        <div key={String(t.id)} className="tk-given">
          <TaskLine task={t} />
          {t.subTasks.map((s) => (
            <div key={String(s.id)} className="tk-sub">
              <TaskLine task={s} />
            </div>
          ))}
        </div>
      ))}
    </section>
  )
}

export default function Tasks(_: SectionProps) {
  const [hash, setHash] = useState(() => (typeof location === 'undefined' ? '' : location.hash.slice(1)))
  const [data, setData] = useState<MyTasks | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    const onHash = () => setHash(location.hash.slice(1))
    window.addEventListener('hashchange', onHash)
    return () => window.removeEventListener('hashchange', onHash)
  }, [])
  useEffect(() => {
    if (!hash) fn<MyTasks>('/tasks').then((r) => (r.ok ? setData(r.data) : setError(r.message)))
  }, [hash])
  if (hash) return <Detail id={decodeURIComponent(hash)} />
  if (error) return <ErrorBox message={error} />
  if (!data) return <p role="status">Đang tải…</p>
  return (
    <>
      <section className="mv-card" aria-labelledby="tk-mine">
        <h2 id="tk-mine">Nhiệm vụ của tôi</h2>
        {data.tasks.length ? (
          data.tasks.map((t) => <TaskLine key={String(t.id)} task={t} />)
        ) : (
          <p>Bạn chưa được giao nhiệm vụ nào.</p>
        )}
      </section>
      <Overview />
    </>
  )
}
