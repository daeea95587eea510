/**
 * A reading section: the member's own cell's and committees' items first ("Của chi bộ / đảng bộ của tôi"),
 * then everything they may read, newest first, a page at a time; an item opens in place (#<slug>).
 */
import type { ReadingKind, ReadingList, ReadingSummary } from '@sotay/functions/types'
import { type ReactNode, useEffect, useState } from 'react'
import { fn } from '../api.ts'
import { ErrorBox } from '../Field.tsx'
import { Pager } from '../Pager.tsx'
import { useHashRef } from './hashRef.ts'
import { ItemView } from './ItemView.tsx'
import { metaLine } from './meta.ts'
import './reading.css'

const PAGE_SIZE = 20
const MINE_SIZE = 5

export interface ReadingSectionProps {
  kind: ReadingKind
  /** "văn bản", "tin"...: the section's words in "Chưa có … nào". */
  noun: string
  /** Lays out the full list (study topics group it by month); a plain list by default. */
  renderAll?: (items: ReadingSummary[], open: (ref: string) => void) => ReactNode
}

export function ItemRow({ item, onOpen }: { item: ReadingSummary; onOpen: (ref: string) => void }) {
  const thumb = item.cover?.thumbnail ?? item.cover?.url
  return (
    <li>
      <a
        className="rd-row"
        href={`#${encodeURIComponent(item.ref)}`}
        onClick={(event) => {
          event.preventDefault()
          onOpen(item.ref)
        }}
      >
        {thumb && <img className="rd-thumb" src={thumb} alt="" loading="lazy" decoding="async" />}
        <span className="rd-row-title">{item.title}</span>
        <span className="rd-row-meta">
          {metaLine(item)}
          {item.audience !== 'public' ? ` · ${item.audienceLabel}` : ''}
        </span>
      </a>
    </li>
  )
}

export const ItemList = ({ items, onOpen }: { items: ReadingSummary[]; onOpen: (ref: string) => void }) => (
  <ul className="rd-list">
    {items.map((item) => (
      <ItemRow key={`${item.kind}:${item.id}`} item={item} onOpen={onOpen} />
    ))}
  </ul>
)

export function ReadingSection({ kind, noun, renderAll }: ReadingSectionProps) {
  const [open, go] = useHashRef()
  const [page, setPage] = useState(1)
  const [all, setAll] = useState<ReadingList | null>(null)
  const [mine, setMine] = useState<ReadingSummary[]>([])
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    fn<ReadingList>(`/reading/${kind}?page=${page}&limit=${PAGE_SIZE}`).then((r) =>
      r.ok ? setAll(r.data) : setError(r.message),
    )
  }, [kind, page])
  useEffect(() => {
    fn<ReadingList>(`/reading/${kind}?scope=mine&limit=${MINE_SIZE}`).then(
      (r) => r.ok && setMine(r.data.items),
    )
  }, [kind])

  if (open)
    return <ItemView kind={kind} itemRef={open} onBack={() => go('')} backLabel="Quay lại danh sách" />
  if (error) return <ErrorBox message={error} />
  if (!all) return <p role="status">Đang tải…</p>
  return (
    <div className="rd">
      {mine.length > 0 && page === 1 && (
        <section className="rd-mine" aria-labelledby={`rd-mine-${kind}`}>
          <h2 id={`rd-mine-${kind}`}>Của chi bộ / đảng bộ của tôi</h2>
          <ItemList items={mine} onOpen={go} />
        </section>
      )}
      <section aria-labelledby={`rd-all-${kind}`}>
        <h2 id={`rd-all-${kind}`}>Tất cả</h2>
        {all.items.length === 0 ? (
          <p className="mv-card">Chưa có {noun} nào.</p>
        ) : renderAll ? (
          renderAll(all.items, go)
        ) : (
          <ItemList items={all.items} onOpen={go} />
        )}
      </section>
      <Pager className="rd-pager" page={all.page} totalPages={all.totalPages} onPage={setPage} />
    </div>
  )
}
