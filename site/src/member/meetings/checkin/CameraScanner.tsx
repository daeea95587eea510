/** The back camera, read a few times a second until a QR code is seen; a refusal says so and offers the typed code. */
import { useEffect, useRef, useState } from 'react'
import { decodeQr } from './qrDecode.ts'

const SCAN_EVERY_MS = 300

export function CameraScanner({ onCode, onClose }: { onCode: (text: string) => void; onClose: () => void }) {
  const video = useRef<HTMLVideoElement>(null)
  const [problem, setProblem] = useState<string | null>(null)

  useEffect(() => {
    let stream: MediaStream | null = null
    let timer: ReturnType<typeof setTimeout> | undefined
    let stopped = false
    const scan = async () => {
      if (stopped || !video.current) return
      const text = await decodeQr(video.current).catch(() => null)
      if (text && !stopped) return onCode(text)
      timer = setTimeout(scan, SCAN_EVERY_MS)
    }
    ;(async () => {
      if (!navigator.mediaDevices?.getUserMedia)
        return setProblem(
          'Điện thoại này không mở được máy ảnh trong ứng dụng. Đồng chí hãy chọn ảnh mã QR hoặc nhập mã số.',
        )
      try {
        stream = await navigator.mediaDevices.getUserMedia({
          video: { facingMode: 'environment', width: { ideal: 1280 } },
          audio: false,
        })
      } catch (error) {
        const refused = error instanceof DOMException && error.name === 'NotAllowedError'
        return setProblem(
          refused
            ? 'Đồng chí chưa cho phép dùng máy ảnh. Hãy nhập mã số 6 chữ số trên màn hình của bí thư ở ô bên dưới.'
            : 'Không mở được máy ảnh. Hãy nhập mã số 6 chữ số trên màn hình của bí thư ở ô bên dưới.',
        )
      }
      if (stopped || !video.current) return
      video.current.srcObject = stream
      await video.current.play().catch(() => undefined)
      scan()
    })()
    return () => {
      stopped = true
      clearTimeout(timer)
      for (const track of stream?.getTracks() ?? []) track.stop()
    }
  }, [onCode])

  return (
    <div className="ck-camera">
      {problem ? (
        <p className="mv-error" role="alert">
          {problem}
        </p>
      ) : (
        <>
          <video ref={video} muted playsInline aria-label="Hình từ máy ảnh" />
          <p className="muted">Hướng máy ảnh vào mã QR trên màn hình của bí thư.</p>
        </>
      )}
      <button type="button" onClick={onClose}>
        Tắt máy ảnh
      </button>
    </div>
  )
}
