/**
 * "Điểm danh" (/thanh-vien/diem-danh/): where a scanned QR code opens (`#<token>`: checked in at once), where a
 * member scans or types a code, and, with `?cuoc-hop=<id>`, one meeting's check-in and vote panels (the
 * secretary's screen for those who run it).
 */
import type { CheckinResult, CheckinStanding } from '@sotay/functions/types'
import { useCallback, useEffect, useState } from 'react'
import { fn } from '../../api.ts'
import { ErrorBox } from '../../Field.tsx'
import type { SectionProps } from '../../types.ts'
import VotesPanel from '../votes/VotesPanel.tsx'
import CheckinPanel from './CheckinPanel.tsx'
import { MemberCheckin } from './MemberCheckin.tsx'
import './checkin.css'

function MeetingPanels({ meetingId }: { meetingId: string }) {
  const [standing, setStanding] = useState<CheckinStanding | null>(null)
  const [error, setError] = useState<string | null>(null)
  const load = useCallback(async () => {
    const result = await fn<CheckinStanding>(`/meetings/${meetingId}/checkin-standing`)
    if (result.ok) setStanding(result.data)
    else setError(result.message)
  }, [meetingId])
  useEffect(() => {
    load()
  }, [load])
  if (error) return <ErrorBox message={error} />
  if (!standing) return <p role="status">Đang tải…</p>
  const props = { ...standing, meetingId: String(standing.meetingId), refresh: load }
  return (
    <>
      <p className="ck-title">
        <strong>{standing.title}</strong>
      </p>
      <CheckinPanel {...props} />
      <VotesPanel {...props} />
    </>
  )
}

function ScannedToken({ token }: { token: string }) {
  const [result, setResult] = useState<CheckinResult | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    fn<CheckinResult>('/meetings/checkin', { token }).then((answer) => {
      if (answer.ok) setResult(answer.data)
      else setError(answer.message)
      // The token is spent on this page: a reload should not send it again.
      history.replaceState(null, '', location.pathname + location.search)
    })
  }, [token])
  if (result)
    return (
      <>
        <div className="mv-card ck-done" role="status">
          <p className="ck-done-mark" aria-hidden="true">
            ✓
          </p>
          <p>
            <strong>{result.message}</strong>
          </p>
          <p className="muted">{result.title}</p>
        </div>
        <p>
          <a className="button" href={`/thanh-vien/diem-danh/?cuoc-hop=${result.meetingId}`}>
            Biểu quyết trong cuộc họp
          </a>
        </p>
      </>
    )
  if (error)
    return (
      <>
        <ErrorBox message={error} />
        <MemberCheckin />
      </>
    )
  return <p role="status">Đang điểm danh…</p>
}

export default function CheckinSection(_props: SectionProps) {
  const [where] = useState(() => ({
    token: decodeURIComponent(location.hash.slice(1)),
    meeting: new URLSearchParams(location.search).get('cuoc-hop'),
  }))
  if (where.token) return <ScannedToken token={where.token} />
  if (where.meeting && /^[A-Za-z0-9-]{1,64}$/.test(where.meeting))
    return <MeetingPanels meetingId={where.meeting} />
  return <MemberCheckin />
}
