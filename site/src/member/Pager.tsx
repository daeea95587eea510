/** "← Trang trước · Trang 2/5 · Trang sau →" under a paged list; nothing when there is one page. */
export function Pager({
  page,
  totalPages,
  onPage,
  className,
}: {
  page: number
  totalPages: number
  onPage: (page: number) => void
  className: string
}) {
  if (totalPages <= 1) return null
  return (
    <nav className={className} aria-label="Trang">
      <button
        type="button"
        className="button secondary"
        disabled={page <= 1}
        onClick={() => onPage(page - 1)}
      >
        ← Trang trước
      </button>
      <span>
        Trang {page}/{totalPages}
      </span>
      <button
        type="button"
        className="button secondary"
        disabled={page >= totalPages}
        onClick={() => onPage(page + 1)}
      >
        Trang sau →
      </button>
    </nav>
  )
}
