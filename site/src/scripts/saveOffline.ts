/** Saves the current page (and its PDF) into the "sotay-saved" cache for reading offline. */
import { isSaved, savePage } from './savedPages.ts'

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-save-offline]')) {
  if (!('caches' in window)) continue
  // Without the Cache API (or JS) the button stays hidden: it could not keep its promise.
  button.hidden = false
  const label = button.querySelector('[data-label]')
  const status = button.parentElement?.querySelector('[data-save-status]')
  const path = location.pathname
  const markSaved = () => {
    if (label) label.textContent = 'Đã lưu đọc offline'
    button.setAttribute('aria-pressed', 'true')
  }
  isSaved(path).then((saved) => saved && markSaved())
  button.addEventListener('click', async () => {
    if (status) status.textContent = 'Đang lưu...'
    try {
      await savePage(path, button.dataset.pdf)
      markSaved()
      if (status)
        status.textContent = 'Đã lưu. Bạn có thể mở lại trang này khi không có mạng, trong mục "Đã lưu".'
    } catch {
      if (status) status.textContent = 'Chưa lưu được. Hãy thử lại khi có mạng.'
    }
  })
}
