/**
 * One item in full: title, number and date, "Nghe", the document's page images and its text, the download.
 * Every file URL is Payload's /api/media/file/…, fetched with the member's cookie (access decides).
 */
import type { ReadingItem, ReadingItemAnswer, ReadingKind } from '@sotay/functions/types'
import { useEffect, useState } from 'react'
import { fn } from '../api.ts'
import { ErrorBox } from '../Field.tsx'
import { fileSize } from '../inbox/fileSize.ts'
import { rememberOpened } from '../offline/index.ts'
import { SaveOfflineButton } from '../offline/SaveOfflineButton.tsx'
import { Listen } from './Listen.tsx'
import { metaLine } from './meta.ts'

export function ItemView({
  kind,
  itemRef,
  onBack,
  backLabel,
}: {
  kind: ReadingKind
  itemRef: string
  onBack: () => void
  backLabel: string
}) {
  const [item, setItem] = useState<ReadingItem | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    setItem(null)
    setError(null)
    const path = `/reading/${kind}/${encodeURIComponent(itemRef)}`
    fn<ReadingItemAnswer>(path).then((r) => {
      if (!r.ok) return setError(r.message)
      setItem(r.data.item)
      // Opened once, readable again with no network, pages and audio included (this member's cache only).
      const { urls, ...meta } = offlineCopy(path, r.data.item)
      void rememberOpened(urls, meta)
    })
  }, [kind, itemRef])

  return (
    <article className="rd-item" aria-busy={!item && !error}>
      <button type="button" className="button secondary rd-back" onClick={onBack}>
        ← {backLabel}
      </button>
      <ErrorBox message={error} />
      {!item && !error && <p role="status">Đang tải…</p>}
      {item && <ItemBody item={item} path={`/reading/${kind}/${encodeURIComponent(itemRef)}`} />}
    </article>
  )
}

/** What the offline store keeps of an item: its answer and every file it shows. */
function offlineCopy(path: string, item: ReadingItem) {
  const files = [...item.pageImages, item.audio?.url, item.pdf?.url, item.cover?.card ?? item.cover?.url]
  return {
    urls: [`/fn${path}`, ...files.filter((url): url is string => Boolean(url))],
    title: item.title,
    page: item.link,
  }
}

function ItemBody({ item, path }: { item: ReadingItem; path: string }) {
  return (
    <>
      <h2 className="rd-title">{item.title}</h2>
      <p className="rd-meta">{metaLine(item)}</p>
      {item.mine && <p className="rd-badge">Của chi bộ / đảng bộ của tôi</p>}
      {item.kind === 'documents' && (
        <dl className="rd-facts">
          {item.numberSymbol && (
            <>
              <dt>Số, ký hiệu</dt>
              <dd>{item.numberSymbol}</dd>
            </>
          )}
          {item.typeLabel && (
            <>
              <dt>Loại văn bản</dt>
              <dd>{item.typeLabel}</dd>
            </>
          )}
          {item.issuingBody && (
            <>
              <dt>Cơ quan ban hành</dt>
              <dd>{item.issuingBody}</dd>
            </>
          )}
          {item.issuedDate && (
            <>
              <dt>Ngày ban hành</dt>
              <dd>{item.issuedDate}</dd>
            </>
          )}
        </dl>
      )}
      {item.audio && <Listen url={item.audio.url} title={item.title} />}
      <SaveOfflineButton {...offlineCopy(path, item)} />
      {item.cover && (
        <img
          className="rd-cover"
          src={item.cover.card ?? item.cover.url}
          alt={item.cover.alt}
          decoding="async"
        />
      )}
      {item.summary && <p className="rd-summary">{item.summary}</p>}
      {item.pageImages.length > 0 && (
        <section className="rd-pages" aria-label="Các trang văn bản">
          {item.pageImages.map((url, i) => (
            <img
              key={url}
              src={url}
              alt={`Trang ${i + 1} của ${item.numberSymbol ?? item.title}`}
              loading={i ? 'lazy' : 'eager'}
              decoding="async"
            />
          ))}
        </section>
      )}
      {item.html && (
        // The functions build this HTML from the CMS's rich text with safe links and the member's own files.
        // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised on the server (functions/src/reading/html.ts)
        <div className="rd-prose" dangerouslySetInnerHTML={{ __html: item.html }} />
      )}
      {item.paragraphs.length > 0 && (
        <section className="rd-prose" aria-label={item.kind === 'faq' ? 'Trả lời' : 'Nội dung văn bản'}>
          {item.kind === 'documents' && <h3>Nội dung văn bản</h3>}
          {item.paragraphs.map((p, i) => (
            // Paragraphs have no identity of their own; their order never changes.
            // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list
            <p key={i}>{p}</p>
          ))}
        </section>
      )}
      {item.pdf && (
        <p>
          <a className="button rd-download" href={item.pdf.url} download={item.pdf.filename ?? undefined}>
            Tải văn bản PDF{item.pdf.filesize ? ` (${fileSize(item.pdf.filesize)})` : ''}
          </a>
        </p>
      )}
      {item.sourceName && (
        <p className="rd-meta">
          Nguồn:{' '}
          {item.sourceUrl ? (
            <a href={item.sourceUrl} rel="noopener noreferrer" target="_blank">
              {item.sourceName}
            </a>
          ) : (
            item.sourceName
          )}
        </p>
      )}
    </>
  )
}
