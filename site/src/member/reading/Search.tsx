/** Tra cứu: one box over news, documents (their PDF text too), study topics and FAQ; accents optional. */
import type { ReadingKind, ReadingSearch } from '@sotay/functions/types'
import { type FormEvent, useId, useState } from 'react'
import { fn } from '../api.ts'
import { ErrorBox } from '../Field.tsx'
import { metaLine } from './meta.ts'
import './reading.css'

const KIND_LABEL: Record<ReadingKind, string> = {
  news: 'Tin tức',
  documents: 'Văn bản',
  'study-topics': 'Học tập',
  faq: 'Hỏi đáp',
}

const initialQuery = () =>
  typeof window === 'undefined' ? '' : (new URLSearchParams(window.location.search).get('q') ?? '')

export default function Search() {
  const id = useId()
  const [q, setQ] = useState(initialQuery)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [found, setFound] = useState<ReadingSearch | null>(null)
  const [asked, setAsked] = useState('')

  async function submit(event: FormEvent) {
    event.preventDefault()
    const query = q.trim()
    if ([...query].length < 2) return setError('Hãy gõ ít nhất 2 ký tự để tra cứu.')
    setBusy(true)
    setError(null)
    const r = await fn<ReadingSearch>(`/reading/search?q=${encodeURIComponent(query)}`)
    setBusy(false)
    if (!r.ok) return setError(r.message)
    setFound(r.data)
    setAsked(query)
    // The query stays in the address, so "back" from an opened item returns to these results.
    history.replaceState(null, '', `?q=${encodeURIComponent(query)}`)
  }

  return (
    <div className="rd">
      <search>
        <form className="mv-form rd-search" onSubmit={submit} noValidate>
          <div className="mv-field">
            <label htmlFor={id}>Tìm tin tức, văn bản, chuyên đề, hỏi đáp</label>
            <p className="mv-hint" id={`${id}-hint`}>
              Gõ có dấu hoặc không dấu đều được, ví dụ: dang phi, sinh hoat chi bo.
            </p>
            <input
              id={id}
              type="search"
              aria-describedby={`${id}-hint`}
              value={q}
              maxLength={200}
              onChange={(e) => setQ(e.target.value)}
              enterKeyHint="search"
            />
          </div>
          <ErrorBox message={error} />
          <button type="submit" className="button mv-submit" disabled={busy}>
            {busy ? 'Đang tìm…' : 'Tra cứu'}
          </button>
        </form>
      </search>
      {found && (
        <section aria-live="polite" aria-labelledby={`${id}-results`}>
          <h2 id={`${id}-results`}>
            {found.results.length ? `Kết quả cho “${asked}”` : `Không tìm thấy kết quả cho “${asked}”`}
          </h2>
          <ul className="rd-list">
            {found.results.map((hit) => (
              <li key={`${hit.kind}:${hit.id}`}>
                <a className="rd-row" href={hit.link}>
                  <span className="rd-kind">{KIND_LABEL[hit.kind]}</span>
                  <span className="rd-row-title">{hit.title}</span>
                  <span className="rd-row-meta">{metaLine(hit)}</span>
                  {hit.excerpt && <span className="rd-excerpt">{hit.excerpt}</span>}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  )
}
