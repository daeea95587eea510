/** The search as a link: ?q=…&loai=…&nam=… read on load and kept up to date while the user types. */

export interface SearchState {
  q: string
  /** loại: a kind such as "văn bản", or "" for all */
  kind: string
  /** năm */
  year: string
}

export function readState(search: string): SearchState {
  const params = new URLSearchParams(search)
  return { q: params.get('q') ?? '', kind: params.get('loai') ?? '', year: params.get('nam') ?? '' }
}

export function stateToSearch(state: SearchState): string {
  const params = new URLSearchParams()
  if (state.q.trim()) params.set('q', state.q.trim())
  if (state.kind) params.set('loai', state.kind)
  if (state.year) params.set('nam', state.year)
  const text = params.toString()
  return text ? `?${text}` : ''
}

/** Replaces the address without a new history entry per keystroke. */
export function writeState(state: SearchState): void {
  const url = `${window.location.pathname}${stateToSearch(state)}${window.location.hash}`
  window.history.replaceState(window.history.state, '', url)
}
