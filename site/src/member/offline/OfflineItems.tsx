/** "Đọc khi không có mạng": what opens on this phone with no network, saved items first, then the recent ones. */
import { useEffect, useState } from 'react'
import type { SectionProps } from '../types.ts'
import { listOffline, type OfflineItem, type OfflineList, unsave } from './index.ts'

function Items({ items, onUnsave }: { items: OfflineItem[]; onUnsave?: (item: OfflineItem) => void }) {
  return (
    <ul className="mv-offline-list">
      {items.map((item) => (
        <li key={item.url}>
          {item.page ? <a href={item.page}>{item.title}</a> : <span>{item.title}</span>}
          {onUnsave && (
            <button type="button" className="button secondary" onClick={() => onUnsave(item)}>
              Bỏ lưu
            </button>
          )}
        </li>
      ))}
    </ul>
  )
}

export default function OfflineItems(_: SectionProps) {
  const [list, setList] = useState<OfflineList | null>(null)
  const reload = () => void listOffline().then(setList)
  useEffect(reload, [])
  if (!list) return <p role="status">Đang tải…</p>
  return (
    <div className="mv-card">
      <p className="muted">
        Những mục dưới đây mở được cả khi không có mạng, chỉ trên điện thoại này. Khi bạn đăng xuất, các bản
        lưu sẽ bị xóa.
      </p>
      <h2>Đã lưu để đọc offline</h2>
      {list.saved.length ? (
        <Items items={list.saved} onUnsave={(item) => void unsave(item.url).then(reload)} />
      ) : (
        <p>Chưa lưu mục nào. Bấm "Lưu để đọc offline" trên một văn bản hoặc bài học để lưu.</p>
      )}
      <h2>Đã mở gần đây</h2>
      {list.opened.length ? <Items items={list.opened} /> : <p>Chưa mở mục nào.</p>}
    </div>
  )
}
