/**
 * "Lưu để đọc offline" for a member item: keeps its answer, page images and audio in this member's own cache
 * until "Bỏ lưu". Reading pages render it with the same URLs they pass to `rememberOpened`.
 */
import { useEffect, useState } from 'react'
import { type ItemMeta, isSaved, saveForOffline, unsave } from './index.ts'

interface SaveOfflineButtonProps extends ItemMeta {
  /** The item's own /fn/reading/ address first, then its files (/api/media/file/...). */
  urls: string[]
}

export function SaveOfflineButton({ urls, title, page }: SaveOfflineButtonProps) {
  const [saved, setSaved] = useState(false)
  const [busy, setBusy] = useState(false)
  const [status, setStatus] = useState('')
  const [url] = urls
  useEffect(() => {
    if (url) void isSaved(url).then(setSaved)
  }, [url])
  if (!url) return null

  const toggle = async () => {
    setBusy(true)
    try {
      if (saved) {
        await unsave(url)
        setSaved(false)
        setStatus('Đã bỏ lưu trên điện thoại này.')
      } else {
        await saveForOffline(urls, { title, page })
        setSaved(true)
        setStatus('Đã lưu. Bạn mở lại được cả khi không có mạng, trên điện thoại này.')
      }
    } catch (error) {
      setStatus((error as Error).message)
    }
    setBusy(false)
  }

  return (
    <div className="mv-save-offline">
      <button type="button" className="button secondary" onClick={() => void toggle()} disabled={busy}>
        {saved ? 'Bỏ lưu đọc offline' : 'Lưu để đọc offline'}
      </button>
      <p className="muted" role="status">
        {status}
      </p>
    </div>
  )
}
