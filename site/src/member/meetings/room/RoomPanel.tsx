/**
 * The online meeting room (Janus videoroom) on the meeting page: audio-first (microphone only, camera on
 * request), who is in and who is speaking, mute myself, leave; the runner also sees the server's list with
 * "Tắt tiếng" and "Mời ra". Joining is counted as online attendance once the server sees the member in the room.
 */
import type { RoomJoined, RoomTicket } from '@sotay/functions/types'
import { useEffect, useRef, useState } from 'react'
import { fn } from '../../api.ts'
import type { MeetingPanelProps } from '../panels.ts'
import { JanusError } from './janusClient.ts'
import { RunnerList } from './RunnerList.tsx'
import { MeetingRoom, type RoomPerson } from './videoroom.ts'
import './room.css'

type Phase = 'idle' | 'joining' | 'in' | 'left'

/** What a member reads when joining fails, by cause. */
export function joinFailure(error: unknown): string {
  const name = error instanceof DOMException ? error.name : ''
  if (name === 'NotAllowedError' || name === 'SecurityError')
    return 'Trình duyệt chưa cho dùng micro. Hãy cho phép dùng micro cho trang này rồi bấm vào phòng lại.'
  if (name === 'NotFoundError' || name === 'OverconstrainedError')
    return 'Không tìm thấy micro trên máy này. Hãy cắm tai nghe có micro rồi thử lại.'
  if (name === 'NotReadableError') return 'Micro đang bị ứng dụng khác dùng. Hãy tắt ứng dụng đó rồi thử lại.'
  if (error instanceof JanusError && (error.code === 403 || error.code === 433))
    return 'Mã vào phòng không còn hiệu lực. Hãy bấm vào phòng lại.'
  if (error instanceof JanusError && error.message === 'network')
    return 'Không kết nối được phòng họp. Hãy kiểm tra mạng rồi thử lại.'
  return 'Không vào được phòng họp trực tuyến. Vui lòng thử lại sau ít phút.'
}

function Remote({ stream }: { stream: MediaStream }) {
  const video = stream.getVideoTracks().length > 0
  const attach = (element: HTMLMediaElement | null) => {
    if (element && element.srcObject !== stream) element.srcObject = stream
  }
  // Live speech has no caption track to give; the list above names who is speaking.
  return video ? (
    // biome-ignore lint/a11y/useMediaCaption: a live meeting, no captions exist
    <video ref={attach} className="mv-room-video" autoPlay playsInline />
  ) : (
    // biome-ignore lint/a11y/useMediaCaption: a live meeting, no captions exist
    <audio ref={attach} autoPlay />
  )
}

export default function RoomPanel(props: MeetingPanelProps) {
  const { meetingId, runs, invited, online, status, refresh } = props
  const [phase, setPhase] = useState<Phase>('idle')
  const [error, setError] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const [people, setPeople] = useState<RoomPerson[]>([])
  const [streams, setStreams] = useState<Map<number, MediaStream>>(new Map())
  const [muted, setMuted] = useState(false)
  const [camera, setCamera] = useState(false)
  const room = useRef<MeetingRoom | null>(null)

  // Leaving the page leaves the room.
  useEffect(() => () => void room.current?.leave(), [])

  if (!online || status === 'cancelled' || !(invited || runs)) return null

  async function join() {
    setError(null)
    setNotice(null)
    setPhase('joining')
    const ticket = await fn<RoomTicket>(`/meetings/${meetingId}/room`, {})
    if (!ticket.ok) {
      setError(ticket.message)
      setPhase('idle')
      return
    }
    const joined = new MeetingRoom(ticket.data, {
      onPeople: setPeople,
      onStream: (feed, stream) => setStreams((now) => new Map(now).set(feed, stream)),
      onStreamGone: (feed) =>
        setStreams((now) => {
          const next = new Map(now)
          next.delete(feed)
          return next
        }),
      onEnded: (reason) => {
        room.current = null
        setPhase('left')
        setStreams(new Map())
        setPeople([])
        setNotice(null)
        setError(
          reason === 'kicked'
            ? 'Người điều hành đã mời đồng chí ra khỏi phòng họp trực tuyến. Đồng chí vào lại được khi người điều hành cho phép.'
            : 'Mất kết nối với phòng họp trực tuyến. Hãy kiểm tra mạng rồi bấm vào phòng lại.',
        )
      },
      onModerated: (isMuted) =>
        setNotice(
          isMuted ? 'Người điều hành đã tắt tiếng của đồng chí.' : 'Người điều hành đã bật lại tiếng.',
        ),
    })
    try {
      await joined.join()
    } catch (failure) {
      await joined.leave().catch(() => {})
      setError(joinFailure(failure))
      setPhase('idle')
      return
    }
    room.current = joined
    setPhase('in')
    setMuted(false)
    if (!invited) return
    // Counted once the server has seen this member's feed in the room.
    const counted = await fn<RoomJoined>(`/meetings/${meetingId}/room/joined`, {})
    if (counted.ok) {
      setNotice(counted.data.message)
      refresh()
    } else setError(counted.message)
  }

  async function leave() {
    await room.current?.leave()
    room.current = null
    setPhase('left')
    setPeople([])
    setStreams(new Map())
    setCamera(false)
  }

  function toggleMute() {
    room.current?.setMuted(!muted)
    setMuted(!muted)
  }

  async function toggleCamera() {
    if (!room.current) return
    if (camera) {
      room.current.stopCamera()
      setCamera(false)
      return
    }
    try {
      await room.current.startCamera()
      setCamera(true)
    } catch {
      setError('Không bật được camera. Đồng chí vẫn nghe và nói được bằng micro.')
    }
  }

  return (
    <section className="mv-card mv-room" aria-labelledby="mv-room-title">
      <h2 id="mv-room-title">Phòng họp trực tuyến</h2>
      {phase !== 'in' ? (
        <>
          <p className="mv-hint">
            Cho đảng viên ở xa: nghe và nói bằng micro, camera tắt sẵn để đỡ tốn mạng.
          </p>
          <button type="button" className="button" onClick={join} disabled={phase === 'joining'}>
            {phase === 'joining' ? 'Đang vào phòng…' : 'Vào phòng họp trực tuyến'}
          </button>
        </>
      ) : (
        <>
          <ul className="mv-room-people" aria-label="Người trong phòng">
            {people.map((person) => (
              <li key={person.id} className={person.talking ? 'talking' : undefined}>
                <span className="mv-room-name">
                  {person.name || 'Đảng viên'}
                  {person.me ? ' (tôi)' : ''}
                </span>
                {person.talking ? <span className="mv-room-talking">đang nói</span> : null}
                {!person.publishing && !person.me ? <span className="mv-hint">chưa bật micro</span> : null}
              </li>
            ))}
          </ul>
          <div className="mv-room-actions">
            <button type="button" className="button" onClick={toggleMute} aria-pressed={muted}>
              {muted ? 'Bật micro' : 'Tắt micro của tôi'}
            </button>
            <button type="button" className="button secondary" onClick={toggleCamera} aria-pressed={camera}>
              {camera ? 'Tắt camera' : 'Bật camera'}
            </button>
            <button type="button" className="button secondary" onClick={leave}>
              Rời phòng
            </button>
          </div>
          {[...streams.entries()].map(([feed, stream]) => (
            <Remote key={feed} stream={stream} />
          ))}
        </>
      )}
      {notice ? (
        <p className="mv-room-notice" role="status">
          {notice}
        </p>
      ) : null}
      {error ? (
        <p className="mv-room-error" role="alert">
          {error}
        </p>
      ) : null}
      {runs ? <RunnerList meetingId={meetingId} /> : null}
    </section>
  )
}
