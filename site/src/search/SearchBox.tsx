/** The search page's island (tìm kiếm): accent-insensitive search of the static site with Pagefind, in Vietnamese. */
import { useEffect, useId, useRef, useState } from 'react'
import { type FilterCounts, loadPagefind, type SearchHit, search } from './client.ts'
import { DEBOUNCE_MS, PAGE_SIZE } from './options.ts'
import { readState, type SearchState, writeState } from './urlState.ts'
import './SearchBox.css'

type Status =
  | { kind: 'idle' }
  | { kind: 'searching' }
  | { kind: 'done'; total: number; more: (() => Promise<void>) | null }
  | { kind: 'error'; message: string }

const count = (n: number) => `${n.toLocaleString('vi-VN')} kết quả`

export default function SearchBox() {
  const id = useId()
  const [state, setState] = useState<SearchState>({ q: '', kind: '', year: '' })
  const [filters, setFilters] = useState<FilterCounts>({})
  const [hits, setHits] = useState<SearchHit[]>([])
  const [status, setStatus] = useState<Status>({ kind: 'idle' })
  const first = useRef(true)

  // Read ?q= once the page is in the browser, and the filter choices once Pagefind is loaded.
  useEffect(() => {
    setState(readState(window.location.search))
    loadPagefind()
      .then((api) => api.filters())
      .then(setFilters)
      .catch(() =>
        setStatus({ kind: 'error', message: 'Chưa tải được bộ tìm kiếm. Vui lòng tải lại trang.' }),
      )
  }, [])

  useEffect(() => {
    if (first.current) {
      first.current = false
      return
    }
    writeState(state)
    const query = state.q.trim()
    if (!query) {
      setHits([])
      setStatus({ kind: 'idle' })
      return
    }
    let stale = false
    setStatus({ kind: 'searching' })
    const chosen: Record<string, string> = {}
    if (state.kind) chosen.kind = state.kind
    if (state.year) chosen.year = state.year
    ;(async () => {
      const api = await loadPagefind()
      const page = await search(api, query, chosen, DEBOUNCE_MS)
      if (!page || stale) return
      let shown = await page.hits(0, PAGE_SIZE)
      if (stale) return
      const more = async () => {
        shown = [...shown, ...(await page.hits(shown.length, PAGE_SIZE))]
        setHits(shown)
        setStatus({ kind: 'done', total: page.total, more: shown.length < page.total ? more : null })
      }
      setHits(shown)
      setStatus({ kind: 'done', total: page.total, more: shown.length < page.total ? more : null })
    })().catch(() => {
      if (!stale) setStatus({ kind: 'error', message: 'Tìm kiếm gặp lỗi. Vui lòng thử lại.' })
    })
    return () => {
      stale = true
    }
  }, [state])

  const years = Object.keys(filters.year ?? {}).sort((a, b) => b.localeCompare(a))
  const kinds = Object.keys(filters.kind ?? {}).sort((a, b) => a.localeCompare(b, 'vi'))
  const announce =
    status.kind === 'searching'
      ? 'Đang tìm...'
      : status.kind === 'error'
        ? status.message
        : status.kind === 'done'
          ? status.total
            ? count(status.total)
            : `Không tìm thấy kết quả cho «${state.q.trim()}»`
          : ''

  return (
    <div className="search">
      <search>
        <form action="" method="get" onSubmit={(event) => event.preventDefault()}>
          <label htmlFor={`${id}-q`} className="search-label">
            Tìm kiếm
          </label>
          <input
            id={`${id}-q`}
            type="search"
            name="q"
            value={state.q}
            placeholder="Tìm tin tức, văn bản, chuyên đề..."
            autoComplete="off"
            enterKeyHint="search"
            onChange={(event) => setState({ ...state, q: event.target.value })}
          />
          <div className="search-filters">
            <label>
              Loại
              <select
                name="loai"
                value={state.kind}
                onChange={(e) => setState({ ...state, kind: e.target.value })}
              >
                <option value="">Tất cả</option>
                {kinds.map((kind) => (
                  <option key={kind} value={kind}>
                    {kind}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Năm
              <select
                name="nam"
                value={state.year}
                onChange={(e) => setState({ ...state, year: e.target.value })}
              >
                <option value="">Tất cả</option>
                {years.map((year) => (
                  <option key={year} value={year}>
                    {year}
                  </option>
                ))}
              </select>
            </label>
          </div>
        </form>
      </search>
      <p className="search-status" aria-live="polite" role="status">
        {announce}
      </p>
      {hits.length > 0 && (
        <ol className="search-results">
          {hits.map((hit) => (
            <li key={hit.url}>
              <a href={hit.url}>{hit.title}</a>
              {(hit.kind || hit.date) && (
                <p className="search-meta">{[hit.kind, hit.date].filter(Boolean).join(' · ')}</p>
              )}
              {/* Pagefind escapes the page text; its only markup is <mark> around matched words. */}
              {/* biome-ignore lint/security/noDangerouslySetInnerHtml: excerpt HTML comes from our own index */}
              <p className="search-excerpt" dangerouslySetInnerHTML={{ __html: hit.excerpt }} />
            </li>
          ))}
        </ol>
      )}
      {status.kind === 'done' && status.more && (
        <button type="button" className="button" onClick={() => status.more?.()}>
          Xem thêm
        </button>
      )}
    </div>
  )
}
