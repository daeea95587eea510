/**
 * Gợi ý trước khi gửi: while the member writes a question, the FAQ answers and document passages that may
 * already answer it, each with its source and a link to read it in full. Only what the member may read.
 */
import type { Suggestions as Found } from '@sotay/functions/types'
import { useEffect, useState } from 'react'
import { fn } from '../api.ts'
import './reading.css'

/** Wait for a pause in typing: a phone keyboard sends a letter at a time. */
const PAUSE_MS = 600
const MIN_CHARS = 10

export function Suggestions({ text }: { text: string }) {
  const [found, setFound] = useState<Found | null>(null)
  const query = text.trim().slice(0, 200)

  useEffect(() => {
    if ([...query].length < MIN_CHARS) {
      setFound(null)
      return
    }
    let current = true
    const timer = setTimeout(() => {
      fn<Found>(`/reading/suggest?q=${encodeURIComponent(query)}`).then((r) => {
        if (current && r.ok) setFound(r.data)
      })
    }, PAUSE_MS)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [query])

  if (!found || (!found.faq.length && !found.passages.length)) return null
  return (
    <section className="rd-suggest" aria-live="polite" aria-labelledby="rd-suggest-title">
      <h2 id="rd-suggest-title">Có thể đã có câu trả lời</h2>
      <ul className="rd-list">
        {found.faq.map((f) => (
          <li key={`faq:${f.id}`} className="rd-suggestion">
            <p className="rd-kind">Hỏi đáp thường gặp</p>
            <p className="rd-row-title">{f.question}</p>
            <p>{f.answer}</p>
            <a href={f.link}>Xem câu hỏi này</a>
          </li>
        ))}
        {found.passages.map((p) => (
          <li key={`doc:${p.id}`} className="rd-suggestion">
            <p className="rd-kind">Trích văn bản{p.numberSymbol ? ` ${p.numberSymbol}` : ''}</p>
            <blockquote>{p.text}</blockquote>
            <a href={p.link}>Đọc văn bản: {p.title}</a>
          </li>
        ))}
      </ul>
      <p className="mv-hint">Nếu chưa đúng ý, đồng chí vẫn gửi câu hỏi như bình thường.</p>
    </section>
  )
}
