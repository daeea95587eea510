/**
 * The member's three ways to check in: scan the QR with the camera, pick a photo of it, or type the 6-digit
 * code. With a meeting id the code goes to that meeting; without one (the diem-danh page) the server finds
 * the member's meeting whose check-in is open.
 */
import type { CheckinResult } from '@sotay/functions/types'
import { type FormEvent, useCallback, useState } from 'react'
import { fn } from '../../api.ts'
import { ErrorBox } from '../../Field.tsx'
import { CameraScanner } from './CameraScanner.tsx'
import { decodeQrFile } from './qrDecode.ts'
import './checkin.css'

export function MemberCheckin({
  meetingId,
  onCheckedIn,
}: {
  meetingId?: string
  onCheckedIn?: (result: CheckinResult) => void
}) {
  const [camera, setCamera] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [done, setDone] = useState<CheckinResult | null>(null)

  const send = useCallback(
    async (body: { token: string } | { code: string }) => {
      setBusy(true)
      setError(null)
      const path = meetingId && 'code' in body ? `/meetings/${meetingId}/checkin` : '/meetings/checkin'
      const result = await fn<CheckinResult>(path, body)
      setBusy(false)
      if (!result.ok) return setError(result.message)
      setDone(result.data)
      onCheckedIn?.(result.data)
    },
    [meetingId, onCheckedIn],
  )

  const scanned = useCallback(
    (text: string) => {
      setCamera(false)
      send({ token: text })
    },
    [send],
  )

  async function picked(file: File | undefined) {
    if (!file) return
    setError(null)
    const text = await decodeQrFile(file).catch(() => null)
    if (!text) return setError('Không đọc được mã QR trong ảnh này. Hãy chụp lại rõ hơn, hoặc nhập mã số.')
    send({ token: text })
  }

  function typed(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const code = String(new FormData(event.currentTarget).get('code') ?? '').replace(/\D/g, '')
    if (code.length !== 6) return setError('Mã số gồm 6 chữ số, xem trên màn hình của bí thư.')
    send({ code })
  }

  if (done)
    return (
      <div className="mv-card ck-done" role="status">
        <p className="ck-done-mark" aria-hidden="true">
          ✓
        </p>
        <p>
          <strong>{done.message}</strong>
        </p>
        <p className="muted">{done.title}</p>
      </div>
    )

  return (
    <div className="mv-card ck-member">
      <h2>Điểm danh</h2>
      <ErrorBox message={error} />
      {camera ? (
        <CameraScanner onCode={scanned} onClose={() => setCamera(false)} />
      ) : (
        <button type="button" className="ck-big" onClick={() => setCamera(true)} disabled={busy}>
          Quét mã QR
        </button>
      )}
      <label className="button ck-big ck-file">
        Chọn ảnh mã QR
        <input
          type="file"
          accept="image/*"
          onChange={(e) => picked(e.currentTarget.files?.[0])}
          disabled={busy}
          data-testid="ck-photo"
        />
      </label>
      <form className="ck-code-form" onSubmit={typed} noValidate>
        <label htmlFor="ck-code">Hoặc nhập mã số 6 chữ số</label>
        <div className="mv-input-row">
          <input
            id="ck-code"
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="[0-9 ]*"
            maxLength={7}
            placeholder="123456"
          />
          <button type="submit" disabled={busy}>
            Điểm danh
          </button>
        </div>
      </form>
      {busy && <p role="status">Đang gửi…</p>}
    </div>
  )
}
