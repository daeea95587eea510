/**
 * Reads a QR code from a picture or a video frame: the browser's own BarcodeDetector where it exists (Chrome on
 * Android), else jsQR (a small pure-JS decoder) on the frame's pixels.
 */
import jsQRModule from 'jsqr'

// jsqr is a UMD bundle: depending on the bundler's interop its default import is the function or holds it.
const jsQR = ((jsQRModule as unknown as { default?: typeof jsQRModule }).default ??
  jsQRModule) as typeof jsQRModule

type Source = HTMLVideoElement | HTMLImageElement | ImageBitmap | HTMLCanvasElement

interface Detector {
  detect(source: Source): Promise<{ rawValue: string }[]>
}
declare global {
  interface Window {
    BarcodeDetector?: {
      new (options: { formats: string[] }): Detector
      getSupportedFormats?: () => Promise<string[]>
    }
  }
}

let detector: Detector | null | undefined

async function nativeDetector(): Promise<Detector | null> {
  if (detector !== undefined) return detector
  detector = null
  const Native = window.BarcodeDetector
  if (Native) {
    try {
      const formats = (await Native.getSupportedFormats?.()) ?? ['qr_code']
      if (formats.includes('qr_code')) detector = new Native({ formats: ['qr_code'] })
    } catch {
      detector = null
    }
  }
  return detector
}

/** Pixels no larger than ~1000 px a side: enough for a code on a screen, quick on a cheap phone. */
function pixels(source: Source, width: number, height: number): ImageData | null {
  const scale = Math.min(1, 1000 / Math.max(width, height))
  const canvas = document.createElement('canvas')
  canvas.width = Math.max(1, Math.round(width * scale))
  canvas.height = Math.max(1, Math.round(height * scale))
  const context = canvas.getContext('2d', { willReadFrequently: true })
  if (!context) return null
  context.drawImage(source, 0, 0, canvas.width, canvas.height)
  return context.getImageData(0, 0, canvas.width, canvas.height)
}

function sizeOf(source: Source): [number, number] {
  if (source instanceof HTMLVideoElement) return [source.videoWidth, source.videoHeight]
  if (source instanceof HTMLImageElement) return [source.naturalWidth, source.naturalHeight]
  return [source.width, source.height]
}

/** The text of the first QR code seen, or null. */
export async function decodeQr(source: Source): Promise<string | null> {
  const [width, height] = sizeOf(source)
  if (!width || !height) return null
  const native = await nativeDetector()
  if (native) {
    try {
      const found = await native.detect(source)
      if (found[0]?.rawValue) return found[0].rawValue
    } catch {
      // Fall through to jsQR.
    }
  }
  const data = pixels(source, width, height)
  if (!data) return null
  return jsQR(data.data, data.width, data.height, { inversionAttempts: 'attemptBoth' })?.data ?? null
}

/** A photo the member picked (a screenshot, a picture of the secretary's screen): read as an <img>, then decoded. */
export async function decodeQrFile(file: File): Promise<string | null> {
  const url = URL.createObjectURL(file)
  try {
    const image = new Image()
    image.src = url
    await image.decode()
    const native = await decodeQr(image).catch((error) => {
      console.warn('[điểm danh] không đọc được ảnh', error)
      return null
    })
    if (native) return native
    const data = pixels(image, image.naturalWidth, image.naturalHeight)
    return data
      ? (jsQR(data.data, data.width, data.height, { inversionAttempts: 'attemptBoth' })?.data ?? null)
      : null
  } finally {
    URL.revokeObjectURL(url)
  }
}
