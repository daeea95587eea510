/**
 * Nút "Nghe": plays the audio reading made by the CMS; without one, reads with the phone's Vietnamese voice;
 * with neither, says so. Big, keyboard operable, and silent about itself until pressed (no download before).
 */
import { useEffect, useRef, useState } from 'react'
import './listen.css'
import { Icon } from './icons.tsx'
import { findVietnameseVoice, type SpeechReader, speechPieces, speechReader } from './speechFallback.ts'

export interface ListenButtonProps {
  /** The plain text of the page (title, summary, body); normalised here before the phone reads it. */
  text: string
  /** The CMS's audio reading (media URL), when there is one. */
  audioUrl?: string | null
  /** Optional: what is being read, for the screen reader ("Nghe: <title>"). */
  title?: string
}

type State = 'idle' | 'loading' | 'playing' | 'paused' | 'unsupported'

export const SPEEDS = [0.75, 1, 1.25] as const
export const UNSUPPORTED = 'Thiết bị chưa hỗ trợ đọc tiếng Việt'

const speedLabel = (speed: number) => `${String(speed).replace('.', ',')}×`

/** 75 → "1:15". */
function clock(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '0:00'
  const s = Math.floor(seconds)
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`
}

export default function ListenButton({ text, audioUrl, title }: ListenButtonProps) {
  const audioRef = useRef<HTMLAudioElement>(null)
  const readerRef = useRef<SpeechReader | null>(null)
  const [state, setState] = useState<State>('idle')
  const [speed, setSpeed] = useState<number>(1)
  const [mode, setMode] = useState<'audio' | 'speech'>(audioUrl ? 'audio' : 'speech')
  const [time, setTime] = useState(0)
  const [duration, setDuration] = useState(0)
  const [status, setStatus] = useState('')

  // Leaving the page stops the phone's voice (it would otherwise go on reading).
  useEffect(() => () => readerRef.current?.stop(), [])

  async function startSpeech(rate: number) {
    if (!readerRef.current) {
      setState('loading')
      const voice = await findVietnameseVoice()
      const pieces = speechPieces(text)
      if (!voice || !pieces.length) {
        setState('unsupported')
        setStatus(UNSUPPORTED)
        return
      }
      readerRef.current = speechReader(
        pieces,
        voice,
        () => {
          setState('idle')
          setStatus('Đã đọc xong.')
        },
        () => undefined,
      )
    }
    readerRef.current.play(rate)
    setState('playing')
    setStatus('Đang đọc bằng giọng của thiết bị.')
  }

  async function toggle() {
    if (state === 'unsupported') {
      setStatus(UNSUPPORTED)
      return
    }
    if (state === 'playing') {
      if (mode === 'audio') audioRef.current?.pause()
      else readerRef.current?.pause()
      setState('paused')
      setStatus('Đã tạm dừng.')
      return
    }
    if (mode === 'audio' && audioRef.current) {
      const audio = audioRef.current
      audio.playbackRate = speed
      setState('loading')
      setStatus('Đang tải bản đọc...')
      try {
        await audio.play()
        setState('playing')
        setStatus('Đang phát bản đọc.')
      } catch {
        // No network or a format the phone cannot play: read with the phone's voice instead.
        setMode('speech')
        await startSpeech(speed)
      }
      return
    }
    await startSpeech(speed)
  }

  function changeSpeed(next: number) {
    setSpeed(next)
    if (mode === 'audio' && audioRef.current) audioRef.current.playbackRate = next
    // The phone's voice takes a new rate from the next sentence; restart this one to hear it at once.
    if (mode === 'speech' && state === 'playing') readerRef.current?.play(next)
  }

  const label =
    state === 'playing'
      ? 'Tạm dừng'
      : state === 'paused'
        ? 'Tiếp tục'
        : state === 'loading'
          ? 'Đang tải...'
          : 'Nghe'

  return (
    <div className="listen" data-state={state} data-mode={mode}>
      <div className="listen-row">
        <button
          type="button"
          className="listen-main"
          aria-pressed={state === 'playing'}
          aria-label={title ? `${label}: ${title}` : undefined}
          onClick={toggle}
        >
          <Icon name={state === 'playing' ? 'pause' : state === 'paused' ? 'play' : 'speaker'} />
          <span>{label}</span>
        </button>
        <fieldset className="listen-speeds">
          <legend className="listen-legend">Tốc độ đọc</legend>
          {SPEEDS.map((s) => (
            <button
              key={s}
              type="button"
              className="listen-speed"
              aria-pressed={speed === s}
              aria-label={`Tốc độ ${speedLabel(s)}`}
              onClick={() => changeSpeed(s)}
            >
              {speedLabel(s)}
            </button>
          ))}
        </fieldset>
      </div>
      {mode === 'audio' && audioUrl ? (
        <>
          {/* preload="none": nothing is downloaded on a weak network until the member presses "Nghe". */}
          {/* biome-ignore lint/a11y/useMediaCaption: the audio reads aloud the text printed on this very page. */}
          <audio
            ref={audioRef}
            src={audioUrl}
            preload="none"
            onTimeUpdate={(e) => setTime(e.currentTarget.currentTime)}
            onLoadedMetadata={(e) => setDuration(e.currentTarget.duration)}
            onDurationChange={(e) => setDuration(e.currentTarget.duration)}
            onEnded={() => {
              setState('idle')
              setStatus('Đã nghe xong.')
            }}
          />
          {state !== 'idle' || time > 0 ? (
            <div className="listen-progress">
              <input
                type="range"
                min={0}
                max={Number.isFinite(duration) && duration > 0 ? Math.ceil(duration) : 0}
                step={1}
                value={Math.floor(time)}
                aria-label="Vị trí đang nghe"
                aria-valuetext={`${clock(time)} trên ${clock(duration)}`}
                onChange={(e) => {
                  if (audioRef.current) audioRef.current.currentTime = Number(e.currentTarget.value)
                }}
              />
              <span className="listen-time">
                {clock(time)} / {clock(duration)}
              </span>
            </div>
          ) : null}
        </>
      ) : null}
      <p className="listen-status" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  )
}
