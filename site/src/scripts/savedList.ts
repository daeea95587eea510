/** Fills the "Đã lưu" page from the saved cache, with a remove button for each page. */
import { listSaved, removeSaved } from './savedPages.ts'

const list = document.getElementById('saved-list')
const empty = document.getElementById('saved-empty')

async function render() {
  if (!list || !('caches' in window)) return
  const pages = await listSaved()
  list.replaceChildren(
    ...pages.map((page) => {
      const item = document.createElement('li')
      const link = document.createElement('a')
      link.href = page.path
      link.textContent = page.title
      const remove = document.createElement('button')
      remove.type = 'button'
      remove.className = 'button secondary'
      remove.textContent = 'Xoá khỏi máy'
      remove.setAttribute('aria-label', `Xoá "${page.title}" khỏi máy`)
      remove.addEventListener('click', async () => {
        await removeSaved(page.path)
        await render()
      })
      const row = document.createElement('p')
      row.append(remove)
      item.append(link, row)
      return item
    }),
  )
  if (empty) empty.hidden = pages.length > 0
}

render()
