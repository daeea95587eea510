/**
 * The secretary's check-in screen: a large QR that is replaced as each 30-second slot begins (before the old
 * one expires), the 6-digit code in big digits, the live count of who is present, and a tick box per invited
 * person for a member without a phone.
 */
import type { CheckinCode, Checkins, TickResult } from '@sotay/functions/types'
import QRCode from 'qrcode'
import { useCallback, useEffect, useState } from 'react'
import { fn } from '../../api.ts'
import { ErrorBox } from '../../Field.tsx'
import './checkin.css'

const LIST_EVERY_MS = 3000

export function SecretaryCheckin({ meetingId }: { meetingId: string }) {
  const [code, setCode] = useState<CheckinCode | null>(null)
  const [image, setImage] = useState<string | null>(null)
  const [codeError, setCodeError] = useState<string | null>(null)
  const [list, setList] = useState<Checkins | null>(null)
  const [note, setNote] = useState<string | null>(null)

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    let stopped = false
    const load = async () => {
      const result = await fn<CheckinCode>(`/meetings/${meetingId}/checkin-code`)
      if (stopped) return
      if (!result.ok) {
        setCodeError(result.message)
        timer = setTimeout(load, 30_000)
        return
      }
      setCodeError(null)
      setCode(result.data)
      setImage(await QRCode.toDataURL(result.data.url, { errorCorrectionLevel: 'M', margin: 2, width: 480 }))
      // Fetch the next code as its slot begins; the one shown stays valid for a slot more.
      const wait = new Date(result.data.nextAt).getTime() - Date.now()
      timer = setTimeout(load, Math.min(30_000, Math.max(1000, wait + 200)))
    }
    load()
    return () => {
      stopped = true
      clearTimeout(timer)
    }
  }, [meetingId])

  const reload = useCallback(async () => {
    const result = await fn<Checkins>(`/meetings/${meetingId}/checkins`)
    if (result.ok) setList(result.data)
  }, [meetingId])

  useEffect(() => {
    reload()
    const timer = setInterval(reload, LIST_EVERY_MS)
    return () => clearInterval(timer)
  }, [reload])

  async function tick(memberId: number | string, present: boolean) {
    // Shown at once; the answer and the next poll confirm it.
    setList(
      (now) =>
        now && {
          ...now,
          people: now.people.map((p) =>
            p.memberId === memberId ? { ...p, checkedInAt: present ? new Date().toISOString() : null } : p,
          ),
        },
    )
    const result = await fn<TickResult>(`/meetings/${meetingId}/attendance/${memberId}/tick`, { present })
    setNote(result.ok ? result.data.message : result.message)
    reload()
  }

  return (
    <div className="ck-secretary">
      <div className="mv-card ck-code-card">
        <h2>Mã điểm danh</h2>
        <ErrorBox message={codeError} />
        {code && image && (
          <>
            <img className="ck-qr" src={image} alt="Mã QR điểm danh" data-slot={code.slot} />
            <p className="ck-digits" data-code={code.code}>
              {code.code.slice(0, 3)}&nbsp;{code.code.slice(3)}
            </p>
            <p className="muted">
              Mã đổi mỗi 30 giây. Đảng viên quét mã bằng mục Điểm danh, hoặc nhập mã số.
            </p>
          </>
        )}
      </div>
      <div className="mv-card">
        <p className="ck-count" role="status" aria-live="polite">
          Có mặt: <strong data-testid="ck-present">{list?.present ?? 0}</strong> / {list?.invited ?? 0}
        </p>
        {note && <p className="muted">{note}</p>}
        <ul className="ck-people">
          {list?.people.map((p) => (
            <li key={p.memberId}>
              <label>
                <input
                  type="checkbox"
                  checked={Boolean(p.checkedInAt)}
                  onChange={(e) => tick(p.memberId, e.currentTarget.checked)}
                />
                <span>
                  {p.fullName}
                  {p.exempt && <em> (miễn sinh hoạt)</em>}
                  {p.checkedInAt && (
                    <small>
                      {' '}
                      · {p.time} · {p.methodLabel}
                    </small>
                  )}
                </span>
              </label>
            </li>
          ))}
        </ul>
      </div>
    </div>
  )
}
