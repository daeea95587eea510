/**
 * Sample cover pictures for the demo news: a coloured card with the category and a short caption, drawn on a
 * Skia canvas with the DejaVu font from npm (so Vietnamese marks print the same on every machine), saved as
 * the JPEG an editor would upload. Payload's sharp sizes then make the WebP versions.
 */
import { createRequire } from 'node:module'
import { createCanvas, GlobalFonts } from '@napi-rs/canvas'
import { NEWS_CATEGORIES } from '@sotay/content-schemas'

const require = createRequire(import.meta.url)
const FONT = 'Sotay Seed Sans'
let fontsLoaded = false

function loadFonts() {
  if (fontsLoaded) return
  GlobalFonts.registerFromPath(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'), FONT)
  fontsLoaded = true
}

const WIDTH = 1200
const HEIGHT = 675
/** Text stays inside the middle 4:3, which the list's cropped thumbnail keeps. */
const SAFE_LEFT = (WIDTH - (HEIGHT * 4) / 3) / 2 + 40
/** Each category its own colour pair, so a list of covers is told apart at a glance. */
const COLOURS: Record<string, [string, string]> = {
  'trung-uong': ['#a3161b', '#d9362b'],
  'dia-phuong': ['#1d5c8c', '#2f86c4'],
  'co-so': ['#2f6b33', '#4f9a4a'],
  'trong-nuoc': ['#7a4a12', '#c07a22'],
  'quoc-te': ['#3b3f8f', '#5b62c9'],
}

function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word
    if (line && ctx.measureText(candidate).width > width) {
      lines.push(line)
      line = word
    } else line = candidate
  }
  if (line) lines.push(line)
  return lines
}

export function renderCover(caption: string, category: string): Buffer {
  loadFonts()
  const canvas = createCanvas(WIDTH, HEIGHT)
  const ctx = canvas.getContext('2d') as unknown as CanvasRenderingContext2D
  const [dark, light] = COLOURS[category] ?? ['#444', '#777']
  const gradient = ctx.createLinearGradient(0, 0, WIDTH, HEIGHT)
  gradient.addColorStop(0, dark)
  gradient.addColorStop(1, light)
  ctx.fillStyle = gradient
  ctx.fillRect(0, 0, WIDTH, HEIGHT)
  // A large faint star, the card's only ornament.
  ctx.fillStyle = 'rgba(255, 221, 0, 0.18)'
  ctx.beginPath()
  for (let i = 0; i < 10; i++) {
    const r = i % 2 ? 110 : 270
    const a = -Math.PI / 2 + (i * Math.PI) / 5
    ctx.lineTo(960 + r * Math.cos(a), 300 + r * Math.sin(a))
  }
  ctx.fill()
  ctx.fillStyle = '#ffdd00'
  ctx.font = `bold 40px "${FONT}"`
  const categoryLabel = NEWS_CATEGORIES.find((c) => c.value === category)?.label.vi ?? ''
  ctx.fillText(categoryLabel.toLocaleUpperCase('vi'), SAFE_LEFT, 112)
  ctx.fillStyle = '#ffffff'
  ctx.font = `bold 52px "${FONT}"`
  const lines = wrap(ctx, caption, WIDTH - 2 * SAFE_LEFT).slice(0, 5)
  for (const [i, line] of lines.entries())
    ctx.fillText(line, SAFE_LEFT, HEIGHT - 64 - (lines.length - 1 - i) * 66)
  return canvas.toBuffer('image/jpeg', 82)
}
