/**
 * Hộp thư thông báo: the member's notices, unread first then newest; one opens in full with its attachments
 * and a large "Đánh dấu đã đọc" button. The address keeps the open notice (#<id>), so a push can link to it.
 */
import { useCallback, useEffect, useState } from 'react'
import { fn } from '../api.ts'
import { ErrorBox } from '../Field.tsx'
import { rememberOpened } from '../offline/index.ts'
import { SaveOfflineButton } from '../offline/SaveOfflineButton.tsx'
import { Pager } from '../Pager.tsx'
import type { SectionProps } from '../types.ts'
import './inbox.css'
import { viDateTime } from '@sotay/content-schemas/text/dates'
import type { InboxItem, InboxItemAnswer, InboxPage, ReadReceipt } from '@sotay/functions/types'
import { fileSize } from './fileSize.ts'

const PAGE_SIZE = 20

const openId = () => decodeURIComponent(window.location.hash.replace(/^#(thong-bao\/)?/, ''))

function Priority({ item }: { item: InboxItem }) {
  if (item.priority === 'normal') return null
  return <span className={`ibx-priority ibx-${item.priority}`}>{item.priorityLabel}</span>
}

/** What the offline store keeps of a notice: its answer and its attachments. */
const offlineCopy = (url: string, found: InboxItem) => ({
  urls: [`/fn${url}`, ...found.attachments.map((a) => a.url)],
  title: found.title,
  page: `/thanh-vien/hop-thu/#${encodeURIComponent(found.id)}`,
})

function Notice({
  id,
  onBack,
  onRead,
}: {
  id: string
  onBack: () => void
  onRead: (item: InboxItem) => void
}) {
  const [item, setItem] = useState<InboxItem | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const url = `/inbox/${encodeURIComponent(id)}`
  useEffect(() => {
    setItem(null)
    fn<InboxItemAnswer>(url).then((r) => {
      if (!r.ok) return setError(r.message)
      setItem(r.data.item)
      // Opened once, readable again with no network, attachments included (this member's cache only).
      const { urls, ...meta } = offlineCopy(url, r.data.item)
      void rememberOpened(urls, meta)
    })
  }, [url])

  const markRead = async () => {
    if (!item) return
    setBusy(true)
    const r = await fn<ReadReceipt>(`/inbox/${encodeURIComponent(item.id)}/read`, {})
    setBusy(false)
    if (!r.ok) return setError(r.message)
    const next = { ...item, read: true, readAt: r.data.readAt }
    setItem(next)
    onRead(next)
  }

  return (
    <article className="mv-card ibx-notice" aria-live="polite">
      <button type="button" className="button secondary ibx-back" onClick={onBack}>
        ← Danh sách thông báo
      </button>
      {error && <ErrorBox message={error} />}
      {!item && !error && <p role="status">Đang tải…</p>}
      {item && (
        <>
          <h2>
            <Priority item={item} /> {item.title}
          </h2>
          <p className="muted">
            {item.from ? `${item.from} · ` : ''}
            {viDateTime(item.sentAt)}
          </p>
          <div className="ibx-body">{item.body}</div>
          {item.attachments.length > 0 && (
            <>
              <h3>Tệp đính kèm</h3>
              <ul className="ibx-files">
                {item.attachments.map((a) => (
                  <li key={a.url}>
                    <a href={a.url} target="_blank" rel="noopener">
                      {a.filename}{' '}
                      {a.filesize ? <span className="muted">({fileSize(a.filesize)})</span> : null}
                    </a>
                  </li>
                ))}
              </ul>
            </>
          )}
          {item.read ? (
            <p className="ibx-done">Đã đọc lúc {viDateTime(item.readAt)}</p>
          ) : (
            <button type="button" className="button ibx-mark" onClick={() => void markRead()} disabled={busy}>
              {busy ? 'Đang lưu…' : 'Đánh dấu đã đọc'}
            </button>
          )}
          <SaveOfflineButton {...offlineCopy(url, item)} />
        </>
      )}
    </article>
  )
}

export default function Inbox(_props: Partial<SectionProps>) {
  const [page, setPage] = useState(1)
  const [data, setData] = useState<InboxPage | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [open, setOpen] = useState<string>(() => (typeof window === 'undefined' ? '' : openId()))

  const load = useCallback((p: number) => {
    fn<InboxPage>(`/inbox?page=${p}&limit=${PAGE_SIZE}`).then((r) =>
      r.ok ? setData(r.data) : setError(r.message),
    )
  }, [])
  useEffect(() => load(page), [load, page])
  useEffect(() => {
    const onHash = () => setOpen(openId())
    window.addEventListener('hashchange', onHash)
    return () => window.removeEventListener('hashchange', onHash)
  }, [])

  const show = (id: string) => {
    window.location.hash = encodeURIComponent(id)
  }
  const back = () => {
    history.pushState(null, '', window.location.pathname)
    setOpen('')
    load(page)
  }
  const onRead = (item: InboxItem) =>
    setData((d) =>
      d
        ? {
            ...d,
            unread: Math.max(0, d.unread - 1),
            items: d.items.map((i) => (i.id === item.id ? { ...i, read: true } : i)),
          }
        : d,
    )

  if (open) return <Notice id={open} onBack={back} onRead={onRead} />
  if (error) return <ErrorBox message={error} />
  if (!data) return <p role="status">Đang tải…</p>
  if (!data.items.length)
    return (
      <div className="mv-card">
        <p>Chưa có thông báo nào gửi đến đồng chí.</p>
      </div>
    )
  return (
    <>
      <p className="ibx-count">
        {data.unread ? `Có ${data.unread} thông báo chưa đọc` : 'Đồng chí đã đọc hết thông báo'}
      </p>
      <ul className="ibx-list">
        {data.items.map((item) => (
          <li key={item.id}>
            <button
              type="button"
              className={`ibx-row${item.read ? '' : ' ibx-unread'}`}
              onClick={() => show(item.id)}
            >
              <span className="ibx-title">
                {!item.read && <span className="ibx-dot" aria-hidden="true" />}
                <Priority item={item} /> {item.title}
                {!item.read && <span className="ibx-sr"> (chưa đọc)</span>}
              </span>
              <span className="ibx-meta">
                {viDateTime(item.sentAt)}
                {item.attachments.length ? ` · ${item.attachments.length} tệp đính kèm` : ''}
                {item.read ? ' · Đã đọc' : ''}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <Pager className="ibx-pages" page={data.page} totalPages={data.totalPages} onPage={setPage} />
    </>
  )
}
