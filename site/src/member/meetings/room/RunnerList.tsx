/**
 * The runner's view of the room, from the server (Janus's list named by the invitations): mute or remove, and
 * let a removed member back in.
 */
import type { RoomModeration, RoomParticipants } from '@sotay/functions/types'
import { useCallback, useEffect, useState } from 'react'
import { fn } from '../../api.ts'

/** Often enough to see who came in, rarely enough for a weak network. */
const REFRESH_MS = 5000

export function RunnerList({ meetingId }: { meetingId: string }) {
  const [list, setList] = useState<RoomParticipants['participants'] | null>(null)
  const [removed, setRemoved] = useState<RoomParticipants['removed']>([])
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null)

  const load = useCallback(async () => {
    const answer = await fn<RoomParticipants>(`/meetings/${meetingId}/room/participants`)
    if (answer.ok) {
      setList(answer.data.participants)
      setRemoved(answer.data.removed)
    } else setMessage({ text: answer.message, error: true })
  }, [meetingId])

  useEffect(() => {
    void load()
    const timer = setInterval(() => void load(), REFRESH_MS)
    return () => clearInterval(timer)
  }, [load])

  async function act(memberId: string | number, action: 'mute' | 'kick' | 'readmit') {
    const answer = await fn<RoomModeration>(
      `/meetings/${meetingId}/room/participants/${memberId}/${action}`,
      {},
    )
    setMessage(
      answer.ok ? { text: answer.data.message, error: false } : { text: answer.message, error: true },
    )
    await load()
  }

  return (
    <div className="mv-room-runner">
      <h3>Điều hành phòng họp</h3>
      {list === null ? null : list.length === 0 ? (
        <p className="mv-hint">Chưa có ai trong phòng họp trực tuyến.</p>
      ) : (
        <ul className="mv-room-people" aria-label="Danh sách trong phòng (điều hành)">
          {list.map((person) => (
            <li key={person.feedId} className={person.talking ? 'talking' : undefined}>
              <span className="mv-room-name">
                {person.name}
                {person.you ? ' (tôi)' : ''}
              </span>
              {person.talking ? <span className="mv-room-talking">đang nói</span> : null}
              {person.checkedIn ? <span className="mv-room-online">Dự trực tuyến</span> : null}
              {person.memberId !== null && !person.you ? (
                <span className="mv-room-actions">
                  <button
                    type="button"
                    className="button secondary"
                    onClick={() => act(person.memberId as string | number, 'mute')}
                  >
                    Tắt tiếng
                  </button>
                  <button
                    type="button"
                    className="button secondary"
                    onClick={() => act(person.memberId as string | number, 'kick')}
                  >
                    Mời ra
                  </button>
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {removed.length ? (
        <ul className="mv-room-people" aria-label="Đã mời ra khỏi phòng">
          {removed.map((person) => (
            <li key={person.memberId}>
              <span className="mv-room-name">{person.name}</span>
              <span className="mv-hint">đã mời ra</span>
              <span className="mv-room-actions">
                <button
                  type="button"
                  className="button secondary"
                  onClick={() => act(person.memberId, 'readmit')}
                >
                  Cho vào lại
                </button>
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {message ? (
        <p
          className={message.error ? 'mv-room-error' : 'mv-room-notice'}
          role={message.error ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      ) : null}
    </div>
  )
}
