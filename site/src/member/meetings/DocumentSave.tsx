/** A meeting document: a link to read it in "Văn bản", and "Lưu để đọc khi không có mạng" (the reading section's offline store). */
import type { MeetingDocument, ReadingItemAnswer } from '@sotay/functions/types'
import { useEffect, useState } from 'react'
import { fn } from '../api.ts'
import { isSaved, saveForOffline, unsave } from '../offline/index.ts'

export function DocumentSave({ doc }: { doc: MeetingDocument }) {
  const api = `/fn/reading/documents/${encodeURIComponent(doc.ref)}`
  const [saved, setSaved] = useState(false)
  const [status, setStatus] = useState('')
  const [busy, setBusy] = useState(false)
  useEffect(() => void isSaved(api).then(setSaved), [api])

  const toggle = async () => {
    setBusy(true)
    try {
      if (saved) {
        await unsave(api)
        setSaved(false)
        setStatus('Đã bỏ lưu trên điện thoại này.')
      } else {
        // Its page images and PDF too, as the reading section keeps them.
        const r = await fn<ReadingItemAnswer>(`/reading/documents/${encodeURIComponent(doc.ref)}`)
        const item = r.ok ? r.data.item : null
        const files = item ? [...item.pageImages, item.pdf?.url].filter((u): u is string => Boolean(u)) : []
        await saveForOffline([api, ...files], { title: doc.title, page: doc.link })
        setSaved(true)
        setStatus('Đã lưu. Đọc lại được cả khi không có mạng.')
      }
    } catch (error) {
      setStatus((error as Error).message)
    }
    setBusy(false)
  }

  return (
    <li className="mt-doc">
      <a href={doc.link}>
        {doc.numberSymbol ? `${doc.numberSymbol} — ` : ''}
        {doc.title}
      </a>
      <button type="button" className="button secondary" disabled={busy} onClick={() => void toggle()}>
        {saved ? 'Bỏ lưu' : 'Lưu để đọc khi không có mạng'}
      </button>
      <span className="muted" role="status">
        {status}
      </span>
    </li>
  )
}
