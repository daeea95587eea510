/**
 * "Thêm vào màn hình chính": offered once after signing in on this phone, through the browser's own install
 * prompt where it has one (beforeinstallprompt), else a short instruction; closing it is remembered.
 */
import { useEffect, useState } from 'react'
import { installOffer, rememberInstallAnswered } from './installOffer.ts'

interface InstallEvent extends Event {
  prompt(): Promise<void>
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>
}

// The browser fires this once, early; kept here so the offer can use it whenever it shows.
let deferred: InstallEvent | null = null
if (typeof window !== 'undefined')
  window.addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault()
    deferred = event as InstallEvent
  })

export function InstallPrompt() {
  const [offer, setOffer] = useState(() => installOffer(globalThis.window))
  const [canPrompt, setCanPrompt] = useState(deferred !== null)
  useEffect(() => {
    const ready = () => setCanPrompt(true)
    window.addEventListener('beforeinstallprompt', ready)
    return () => window.removeEventListener('beforeinstallprompt', ready)
  }, [])
  if (offer === 'none') return null

  const close = () => {
    rememberInstallAnswered(window)
    setOffer('none')
  }
  const install = async () => {
    if (!deferred) return
    await deferred.prompt()
    await deferred.userChoice.catch(() => undefined)
    deferred = null
    close()
  }

  return (
    <aside className="mv-card mv-install" aria-labelledby="mv-install-title">
      <h2 id="mv-install-title">Thêm vào màn hình chính</h2>
      <p>Mở Sổ tay nhanh như một ứng dụng, ngay từ màn hình chính của điện thoại.</p>
      {canPrompt ? (
        <button type="button" className="button" onClick={() => void install()}>
          Thêm vào màn hình chính
        </button>
      ) : offer === 'ios' ? (
        <p>
          Trên iPhone: bấm nút <strong>Chia sẻ</strong> ở cuối màn hình, rồi chọn{' '}
          <strong>Thêm vào MH chính</strong>.
        </p>
      ) : (
        <p>
          Mở trình đơn <strong>⋮</strong> của trình duyệt, rồi chọn <strong>Thêm vào màn hình chính</strong>{' '}
          (hoặc <strong>Cài đặt ứng dụng</strong>).
        </p>
      )}
      <button type="button" className="button secondary" onClick={close}>
        Để sau, không nhắc lại
      </button>
    </aside>
  )
}
