/**
 * "Giao nhiệm vụ" from the phone: a committee or secretary gives a task to orgs or members of their subtree, or
 * passes on (giao tiếp) a task their cell was given. The list comes from GET /fn/tasks/assignable, searched
 * without accents and paged; the functions refuse anything outside the subtree again.
 */
import { TASK_PRIORITIES } from '@sotay/content-schemas/tasks/status'
import type { AssignAnswer, AssignableTargets } from '@sotay/functions/types'
import { type FormEvent, useEffect, useId, useState } from 'react'
import { fn } from '../api.ts'
import { ErrorBox } from '../Field.tsx'
import { Pager } from '../Pager.tsx'

type Kind = 'org' | 'member'
type Target = AssignableTargets['targets'][number] & { kind: Kind }

const numeric = (id: string | number) => (typeof id === 'string' && /^\d+$/.test(id) ? Number(id) : id)
const keyOf = (t: { kind: Kind; id: string | number }) => `${t.kind}:${t.id}`

export function AssignForm({
  parent,
  onDone,
}: {
  /** Passing on this task (giao tiếp): its title is offered, the list is the cell it was given to. */
  parent?: { id: string | number; title: string }
  onDone: (message: string) => void
}) {
  const uid = useId()
  const [kind, setKind] = useState<Kind>('member')
  const [q, setQ] = useState('')
  const [page, setPage] = useState(1)
  const [list, setList] = useState<AssignableTargets | null>(null)
  const [picked, setPicked] = useState<Target[]>([])
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const parentId = parent?.id
  useEffect(() => {
    const query = new URLSearchParams({ kind, page: String(page) })
    if (q.trim()) query.set('q', q.trim())
    if (parentId !== undefined) query.set('parent', String(parentId))
    let current = true
    // Typing waits a moment so each letter is not one request on a slow network.
    const timer = setTimeout(() => {
      fn<AssignableTargets>(`/tasks/assignable?${query}`).then((r) => {
        if (!current) return
        if (r.ok) setList(r.data)
        else setError(r.message)
      })
    }, 250)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [kind, q, page, parentId])

  const toggle = (target: Target) =>
    setPicked((now) =>
      now.some((p) => keyOf(p) === keyOf(target))
        ? now.filter((p) => keyOf(p) !== keyOf(target))
        : [...now, target],
    )

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const v = new FormData(event.currentTarget)
    const date = String(v.get('due') ?? '')
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return setError('Xin chọn hạn hoàn thành.')
    if (!picked.length) return setError('Xin chọn ít nhất một tổ chức hoặc đảng viên nhận nhiệm vụ.')
    setBusy(true)
    setError(null)
    const r = await fn<AssignAnswer>('/tasks', {
      title: String(v.get('title') ?? ''),
      description: String(v.get('description') ?? '') || undefined,
      // The end of the chosen day, Vietnam time.
      dueAt: new Date(`${date}T23:59:00+07:00`).toISOString(),
      priority: String(v.get('priority') ?? 'binh-thuong'),
      parent: parent ? numeric(parent.id) : undefined,
      assigneeOrgs: picked.filter((p) => p.kind === 'org').map((p) => numeric(p.id)),
      assignees: picked.filter((p) => p.kind === 'member').map((p) => numeric(p.id)),
    })
    setBusy(false)
    if (!r.ok) return setError(r.message)
    onDone(r.data.message)
  }

  const heading = parent ? 'Giao tiếp nhiệm vụ' : 'Giao nhiệm vụ mới'
  return (
    <form className="mv-card mv-form tk-assign" onSubmit={submit} noValidate aria-labelledby={`${uid}-h`}>
      <h2 id={`${uid}-h`}>{heading}</h2>
      {list && <p className="muted">Giao từ: {list.from.name}</p>}
      <ErrorBox message={error} />
      <div className="mv-field">
        <label htmlFor={`${uid}-title`}>Tên nhiệm vụ</label>
        <div className="mv-input-row">
          <input id={`${uid}-title`} name="title" required maxLength={200} defaultValue={parent?.title} />
        </div>
      </div>
      <div className="mv-field">
        <label htmlFor={`${uid}-desc`}>Nội dung (không bắt buộc)</label>
        <textarea id={`${uid}-desc`} name="description" rows={3} maxLength={4000} />
      </div>
      <div className="mv-field">
        <label htmlFor={`${uid}-due`}>Hạn hoàn thành</label>
        <div className="mv-input-row">
          <input id={`${uid}-due`} name="due" type="date" required />
        </div>
      </div>
      <div className="mv-field">
        <label htmlFor={`${uid}-priority`}>Mức độ</label>
        <select id={`${uid}-priority`} name="priority" defaultValue="binh-thuong">
          {TASK_PRIORITIES.map((p) => (
            <option key={p.value} value={p.value}>
              {p.label.vi}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="tk-pick">
        <legend>Giao cho</legend>
        <div className="tk-kinds" role="radiogroup">
          {(
            [
              ['member', 'Đảng viên'],
              ['org', 'Tổ chức'],
            ] as const
          ).map(([value, text]) => (
            <label key={value}>
              <input
                type="radio"
                name="kind"
                checked={kind === value}
                onChange={() => {
                  setKind(value)
                  setPage(1)
                }}
              />{' '}
              {text}
            </label>
          ))}
        </div>
        <div className="mv-field">
          <label htmlFor={`${uid}-q`}>Tìm theo tên (gõ không dấu cũng được)</label>
          <div className="mv-input-row">
            <input
              id={`${uid}-q`}
              type="search"
              value={q}
              onChange={(e) => {
                setQ(e.target.value)
                setPage(1)
              }}
            />
          </div>
        </div>
        {list && list.kind === kind && (
          <ul className="tk-targets">
            {list.targets.length === 0 && <li>Không tìm thấy ai phù hợp.</li>}
            {list.targets.map((t) => (
              <li key={keyOf({ kind, id: t.id })}>
                <label>
                  <input
                    type="checkbox"
                    checked={picked.some((p) => keyOf(p) === keyOf({ kind, id: t.id }))}
                    onChange={() => toggle({ ...t, kind })}
                  />{' '}
                  {t.name}
                  {t.detail && <span className="muted"> · {t.detail}</span>}
                </label>
              </li>
            ))}
          </ul>
        )}
        {list && (
          <Pager page={list.page} totalPages={list.totalPages} onPage={setPage} className="tk-pager" />
        )}
      </fieldset>
      <p aria-live="polite">
        {picked.length
          ? `Đã chọn ${picked.length}: ${picked.map((p) => p.name).join(', ')}`
          : 'Chưa chọn nơi nhận.'}
      </p>
      <button type="submit" className="button" disabled={busy}>
        {busy ? 'Đang giao…' : 'Giao nhiệm vụ'}
      </button>
    </form>
  )
}
