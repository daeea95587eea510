/**
 * The search box's behaviour: reads ?q=&loai=&nam=, loads Pagefind (client.ts) on the first keystroke or at once
 * when the address has a query, searches as the reader types, and writes the results as plain DOM.
 */
import { loadSearch, loadYears, type SearchHit, type SearchPage } from './client.ts'
import { DEBOUNCE_MS, PAGE_SIZE } from './options.ts'
import { readState, type SearchState, writeState } from './urlState.ts'

const count = (n: number) => `${n.toLocaleString('vi-VN')} kết quả`
/** While only the lead was searched, the count says where it looked; "Xem thêm" goes on into the full text. */
const statusOf = (page: SearchPage, query: string) => {
  if (!page.total) return `Không tìm thấy kết quả cho «${query}»`
  return page.complete ? count(page.total) : `${count(page.total)} ở tiêu đề và tóm tắt`
}
const LOAD_FAILED = 'Chưa tải được bộ tìm kiếm. Vui lòng tải lại trang.'

function resultItem(hit: SearchHit): HTMLLIElement {
  const item = document.createElement('li')
  const link = document.createElement('a')
  link.href = hit.url
  link.textContent = hit.title
  item.append(link)
  if (hit.kind || hit.date) {
    const meta = document.createElement('p')
    meta.className = 'search-meta'
    meta.textContent = [hit.kind, hit.date].filter(Boolean).join(' · ')
    item.append(meta)
  }
  const excerpt = document.createElement('p')
  excerpt.className = 'search-excerpt'
  // Pagefind escapes the page text; its only markup is <mark> around matched words.
  excerpt.innerHTML = hit.excerpt
  item.append(excerpt)
  return item
}

function mount(root: HTMLElement) {
  const form = root.querySelector('form')
  const input = root.querySelector<HTMLInputElement>('input[name="q"]')
  const kindSelect = root.querySelector<HTMLSelectElement>('select[name="loai"]')
  const yearSelect = root.querySelector<HTMLSelectElement>('select[name="nam"]')
  const status = root.querySelector<HTMLElement>('.search-status')
  const list = root.querySelector<HTMLOListElement>('.search-results')
  const more = root.querySelector<HTMLButtonElement>('[data-more]')
  if (!form || !input || !kindSelect || !yearSelect || !status || !list || !more) return

  const addYear = (year: string) => {
    if (!year || [...yearSelect.options].some((o) => o.value === year)) return
    yearSelect.add(new Option(year, year))
  }
  let yearsShown = false
  /** The index's years, once (from the parts list: no Pagefind needed); the search does not wait for them. */
  const showYears = async () => {
    if (yearsShown) return
    yearsShown = true
    const years = await loadYears().catch((error) => {
      yearsShown = false
      throw error
    })
    const chosen = yearSelect.value
    for (const year of years) addYear(year)
    const sorted = [...yearSelect.options].slice(1).sort((a, b) => b.value.localeCompare(a.value))
    yearSelect.append(...sorted)
    yearSelect.value = chosen
  }
  /** Pagefind's module (client.ts keeps one); a failure says so and lets the next keystroke try again. */
  const load = () => {
    showYears().catch(() => undefined)
    return loadSearch()
  }

  const state = (): SearchState => ({ q: input.value, kind: kindSelect.value, year: yearSelect.value })
  let generation = 0
  let shown: SearchHit[] = []
  let showMore: (() => Promise<void>) | null = null

  const run = async () => {
    const current = state()
    writeState(current)
    const mine = ++generation
    const query = current.q.trim()
    if (!query) {
      list.replaceChildren()
      list.hidden = true
      more.hidden = true
      status.textContent = ''
      return
    }
    status.textContent = 'Đang tìm...'
    const chosen: Record<string, string> = {}
    if (current.kind) chosen.kind = current.kind
    if (current.year) chosen.year = current.year
    try {
      const api = await load().catch((error) => {
        if (mine === generation) status.textContent = LOAD_FAILED
        throw error
      })
      // A newer keystroke while Pagefind was loading: its own search will answer.
      if (mine !== generation) return
      const page = await api.search(query, chosen, { debounceMs: DEBOUNCE_MS })
      if (!page || mine !== generation) return
      shown = await page.hits(0, PAGE_SIZE)
      if (mine !== generation) return
      let ended = page.complete && shown.length >= page.total
      const render = () => {
        list.replaceChildren(...shown.map(resultItem))
        list.hidden = shown.length === 0
        more.hidden = ended
        status.textContent = statusOf(page, query)
      }
      showMore = async () => {
        more.disabled = true
        try {
          const next = await page.hits(shown.length, PAGE_SIZE)
          shown = [...shown, ...next]
          ended = next.length < PAGE_SIZE || (page.complete && shown.length >= page.total)
        } finally {
          more.disabled = false
        }
        if (mine === generation) render()
      }
      render()
    } catch {
      if (mine === generation && status.textContent !== LOAD_FAILED)
        status.textContent = 'Tìm kiếm gặp lỗi. Vui lòng thử lại.'
    }
  }

  const initial = readState(window.location.search)
  input.value = initial.q
  if ([...kindSelect.options].some((o) => o.value === initial.kind)) kindSelect.value = initial.kind
  addYear(initial.year)
  yearSelect.value = initial.year
  form.addEventListener('submit', (event) => event.preventDefault())
  form.addEventListener('input', () => void run())
  // Choosing a year needs the list of years: opening that menu loads the parts list.
  yearSelect.addEventListener('focus', () => void showYears().catch(() => undefined), { once: true })
  more.addEventListener('click', () => void showMore?.())
  if (initial.q.trim()) void run()
}

for (const root of document.querySelectorAll<HTMLElement>('[data-search]')) mount(root)
