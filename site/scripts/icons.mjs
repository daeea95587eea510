// Makes the PWA's PNG icons from public/icons/icon.svg (run once after changing the SVG; the PNGs are committed).
import sharp from 'sharp'

const dir = new URL('../public/icons/', import.meta.url)
const svg = new URL('icon.svg', dir)
for (const size of [192, 512]) {
  await sharp(svg.pathname, { density: 300 })
    .resize(size, size)
    .png()
    .toFile(new URL(`icon-${size}.png`, dir).pathname)
}
// Maskable: the artwork inside the 80% safe zone, on the brand colour.
const inner = await sharp(svg.pathname, { density: 300 }).resize(400, 400).png().toBuffer()
await sharp({ create: { width: 512, height: 512, channels: 4, background: '#a50f17' } })
  .composite([{ input: inner, gravity: 'centre' }])
  .png()
  .toFile(new URL('icon-maskable-512.png', dir).pathname)
