/**
 * <sotay-listen>: plays the CMS's audio reading; without one, reads with the phone's Vietnamese voice; with
 * neither, says so. It enhances the markup ListenSlot.astro renders; nothing downloads before "Nghe" is pressed
 * (the audio has preload="none", the phone-voice code is a separate chunk loaded on the first press).
 */
import { clock, ICONS, type ListenState, MAIN_LABEL, SPEEDS, UNSUPPORTED } from './controls.ts'
import type { SpeechReader } from './speechFallback.ts'

class ListenElement extends HTMLElement {
  private state: ListenState = 'idle'
  private speed = 1
  private mode: 'audio' | 'speech' = 'speech'
  private audio?: HTMLAudioElement
  private reader?: SpeechReader
  private readonly stopReading = () => this.reader?.stop()

  connectedCallback() {
    const root = this.querySelector<HTMLElement>('.listen')
    if (!root || root.dataset.ready) return
    const url = this.dataset.audio
    if (url) {
      this.mode = 'audio'
      const audio = document.createElement('audio')
      audio.src = url
      audio.preload = 'none'
      audio.addEventListener('timeupdate', () => this.showTime())
      audio.addEventListener('loadedmetadata', () => this.showTime())
      audio.addEventListener('durationchange', () => this.showTime())
      audio.addEventListener('ended', () => this.set('idle', 'Đã nghe xong.'))
      root.querySelector('.listen-row')?.after(audio)
      this.audio = audio
      this.querySelector<HTMLInputElement>('.listen-progress input')?.addEventListener('input', (event) => {
        audio.currentTime = Number((event.currentTarget as HTMLInputElement).value)
      })
    } else {
      this.mode = 'speech'
    }
    root.dataset.mode = this.mode
    this.querySelector('.listen-main')?.addEventListener('click', () => void this.toggle())
    for (const button of this.querySelectorAll<HTMLButtonElement>('.listen-speed')) {
      button.addEventListener('click', () => this.changeSpeed(Number(button.dataset.speed)))
    }
    // Leaving the page stops the phone's voice (it would otherwise go on reading).
    window.addEventListener('pagehide', this.stopReading)
    root.dataset.ready = 'true'
  }

  disconnectedCallback() {
    window.removeEventListener('pagehide', this.stopReading)
    this.stopReading()
  }

  private async toggle() {
    if (this.state === 'unsupported') return this.set('unsupported', UNSUPPORTED)
    if (this.state === 'playing') {
      if (this.mode === 'audio') this.audio?.pause()
      else this.reader?.pause()
      return this.set('paused', 'Đã tạm dừng.')
    }
    if (this.mode === 'audio' && this.audio) {
      this.audio.playbackRate = this.speed
      this.set('loading', 'Đang tải bản đọc...')
      try {
        await this.audio.play()
        return this.set('playing', 'Đang phát bản đọc.')
      } catch {
        // No network or a format the phone cannot play: read with the phone's voice instead.
        this.mode = 'speech'
        this.audio.remove()
        this.audio = undefined
        this.querySelector<HTMLElement>('.listen-progress')?.toggleAttribute('hidden', true)
        const root = this.querySelector<HTMLElement>('.listen')
        if (root) root.dataset.mode = 'speech'
      }
    }
    await this.startSpeech()
  }

  private async startSpeech() {
    if (!this.reader) {
      this.set('loading', '')
      const { findVietnameseVoice, speechPieces, speechReader } = await import('./speechFallback.ts')
      const voice = await findVietnameseVoice()
      const pieces = speechPieces(this.dataset.text ?? '')
      if (!voice || !pieces.length) return this.set('unsupported', UNSUPPORTED)
      this.reader = speechReader(
        pieces,
        voice,
        () => this.set('idle', 'Đã đọc xong.'),
        () => undefined,
      )
    }
    this.reader.play(this.speed)
    this.set('playing', 'Đang đọc bằng giọng của thiết bị.')
  }

  private changeSpeed(next: number) {
    if (!SPEEDS.includes(next as (typeof SPEEDS)[number])) return
    this.speed = next
    for (const button of this.querySelectorAll<HTMLButtonElement>('.listen-speed')) {
      button.setAttribute('aria-pressed', String(Number(button.dataset.speed) === next))
    }
    if (this.mode === 'audio' && this.audio) this.audio.playbackRate = next
    // The phone's voice takes a new rate from the next sentence; restart this one to hear it at once.
    if (this.mode === 'speech' && this.state === 'playing') this.reader?.play(next)
  }

  private set(state: ListenState, status: string) {
    this.state = state
    const root = this.querySelector<HTMLElement>('.listen')
    if (root) root.dataset.state = state
    const main = this.querySelector<HTMLButtonElement>('.listen-main')
    const label = MAIN_LABEL[state]
    main?.setAttribute('aria-pressed', String(state === 'playing'))
    if (main?.hasAttribute('aria-label'))
      main.setAttribute('aria-label', `${label}: ${this.dataset.title ?? ''}`)
    const text = this.querySelector('.listen-label')
    if (text) text.textContent = label
    const icon = state === 'playing' ? 'pause' : state === 'paused' ? 'play' : 'speaker'
    const svg = main?.querySelector('svg')
    svg?.setAttribute('fill', icon === 'speaker' ? 'none' : 'currentColor')
    svg?.setAttribute('stroke', icon === 'speaker' ? 'currentColor' : 'none')
    svg?.querySelector('path')?.setAttribute('d', ICONS[icon])
    const line = this.querySelector('.listen-status')
    if (line) line.textContent = status
    this.showTime()
  }

  /** The position bar appears once the reading has started, as with any player. */
  private showTime() {
    const progress = this.querySelector<HTMLElement>('.listen-progress')
    const audio = this.audio
    if (!progress || !audio) return
    progress.hidden = this.state === 'idle' && audio.currentTime === 0
    const duration = Number.isFinite(audio.duration) && audio.duration > 0 ? audio.duration : 0
    const input = progress.querySelector('input')
    if (input) {
      input.max = String(Math.ceil(duration))
      input.value = String(Math.floor(audio.currentTime))
      input.setAttribute('aria-valuetext', `${clock(audio.currentTime)} trên ${clock(duration)}`)
    }
    const time = progress.querySelector('.listen-time')
    if (time) time.textContent = `${clock(audio.currentTime)} / ${clock(duration)}`
  }
}

if (!customElements.get('sotay-listen')) customElements.define('sotay-listen', ListenElement)
