/** Shows only the documents matching the filter form; the list itself is plain HTML that works without JS. */
import { searchKey } from '@sotay/content-schemas/text/fold'

for (const form of document.querySelectorAll<HTMLFormElement>('[data-doc-filter]')) {
  const list = document.getElementById(form.dataset.docFilter ?? '')
  if (!list) continue
  const items = [...list.querySelectorAll<HTMLLIElement>('li')]
  const keys = items.map((li) => searchKey(`${li.dataset.symbol ?? ''} ${li.textContent ?? ''}`))
  const count = form.querySelector('[data-count]')
  const apply = () => {
    const data = new FormData(form)
    const query = searchKey(String(data.get('symbol') ?? ''))
    const type = String(data.get('type') ?? '')
    const body = String(data.get('body') ?? '')
    const year = String(data.get('year') ?? '')
    let shown = 0
    items.forEach((li, i) => {
      const match =
        (!type || li.dataset.type === type) &&
        (!body || li.dataset.body === body) &&
        (!year || li.dataset.year === year) &&
        (!query || keys[i]?.includes(query))
      li.hidden = !match
      if (match) shown++
    })
    if (count) count.textContent = `Có ${shown} văn bản phù hợp.`
  }
  form.hidden = false
  form.addEventListener('input', apply)
  form.addEventListener('submit', (event) => event.preventDefault())
  apply()
}
