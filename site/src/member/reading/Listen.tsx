/**
 * "Nghe" on a member page: plays the item's audio reading, fetched with the member's cookie only when pressed.
 * React, like the rest of the member app; the public pages' listen button is a custom element
 * (`components/listen/listenElement.ts`) so that they load no React.
 */
import { useRef, useState } from 'react'

const SPEAKER = 'M4 9v6h4l5 4V5L8 9zM16 8.5a5 5 0 0 1 0 7M18.5 6a8.5 8.5 0 0 1 0 12'
const PAUSE = 'M8 5v14M16 5v14'

const LABELS = { idle: 'Nghe', loading: 'Đang tải…', playing: 'Tạm dừng', paused: 'Tiếp tục' } as const

export function Listen({ url, title }: { url: string; title: string }) {
  const audio = useRef<HTMLAudioElement>(null)
  const [state, setState] = useState<keyof typeof LABELS>('idle')
  const [error, setError] = useState('')

  const toggle = async () => {
    const player = audio.current
    if (!player) return
    if (!player.paused) return player.pause()
    setError('')
    setState('loading')
    try {
      await player.play()
    } catch {
      setState('idle')
      setError('Không phát được bản đọc. Hãy kiểm tra mạng rồi thử lại.')
    }
  }
  const label = LABELS[state]
  return (
    <div className="rd-listen">
      <button
        type="button"
        className="button rd-listen-button"
        aria-pressed={state === 'playing'}
        aria-label={`${label}: ${title}`}
        onClick={() => void toggle()}
      >
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d={state === 'playing' ? PAUSE : SPEAKER} fill="none" stroke="currentColor" strokeWidth="2" />
        </svg>{' '}
        {label}
      </button>
      {/* preload="none": nothing is downloaded on a weak network until "Nghe" is pressed. */}
      {/* biome-ignore lint/a11y/useMediaCaption: a reading of the text shown on the same page */}
      <audio
        ref={audio}
        src={url}
        preload="none"
        onPlaying={() => setState('playing')}
        onPause={() => setState('paused')}
        onEnded={() => setState('idle')}
      />
      {error && (
        <p className="mv-error" role="alert">
          {error}
        </p>
      )}
    </div>
  )
}
