/** What the listen button shows, shared by its server markup (ListenSlot.astro) and its script (listenElement.ts). */

export const SPEEDS = [0.75, 1, 1.25] as const
export const UNSUPPORTED = 'Thiết bị chưa hỗ trợ đọc tiếng Việt'

/** 1.25 → "1,25×" (Vietnamese decimal comma). */
export const speedLabel = (speed: number) => `${String(speed).replace('.', ',')}×`

/** 75 → "1:15". */
export function clock(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '0:00'
  const s = Math.floor(seconds)
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`
}

/** The button's SVG paths (no emoji, no icon font); the speaker is drawn in outline, the others filled. */
export const ICONS = {
  play: 'M8 5v14l11-7z',
  pause: 'M7 5h4v14H7zM13 5h4v14h-4z',
  speaker: 'M4 9v6h4l5 4V5L8 9zM16 8.5a5 5 0 0 1 0 7M18.5 6a8.5 8.5 0 0 1 0 12',
} as const

export type ListenState = 'idle' | 'loading' | 'playing' | 'paused' | 'unsupported'

export const MAIN_LABEL: Record<ListenState, string> = {
  idle: 'Nghe',
  unsupported: 'Nghe',
  loading: 'Đang tải...',
  playing: 'Tạm dừng',
  paused: 'Tiếp tục',
}
