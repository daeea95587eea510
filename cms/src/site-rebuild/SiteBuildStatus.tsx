/** "Trang web: bản dựng gần nhất ...": the public site's build state on the admin dashboard, read from status.json. */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { dataDir } from '../paths.ts'

interface Status {
  state?: 'idle' | 'waiting' | 'building'
  lastGood?: { at: string } | null
  lastError?: { at: string; message: string; logTail?: string[] } | null
  lastAttempt?: { at: string; ok: boolean } | null
}

const when = (iso: string) =>
  new Intl.DateTimeFormat('vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh',
    hour: '2-digit',
    minute: '2-digit',
    day: '2-digit',
    month: '2-digit',
    hour12: false,
  }).formatToParts(new Date(iso))

const hhmmDdmm = (iso: string) => {
  const p = Object.fromEntries(when(iso).map((part) => [part.type, part.value]))
  return `${p.hour}:${p.minute} ${p.day}/${p.month}`
}

function readSiteStatus(): Status | null {
  try {
    return JSON.parse(readFileSync(path.join(dataDir(), 'site', 'status.json'), 'utf8'))
  } catch {
    return null
  }
}

export function SiteBuildStatus() {
  const status = readSiteStatus()
  const failed = status?.lastAttempt && !status.lastAttempt.ok && status.lastError
  const state =
    status?.state === 'building' || status?.state === 'waiting'
      ? 'đang dựng lại'
      : failed
        ? 'lỗi ở lần dựng gần nhất'
        : 'tốt'
  return (
    <section
      aria-label="Tình trạng trang web"
      style={{
        margin: '1.5rem 0',
        padding: '1rem',
        border: '1px solid var(--theme-elevation-150)',
        borderRadius: 4,
      }}
    >
      <p style={{ margin: 0 }}>
        {status?.lastGood
          ? `Trang web: bản dựng gần nhất ${hhmmDdmm(status.lastGood.at)}, trạng thái: ${state}.`
          : `Trang web: chưa có bản dựng nào thành công${status?.state === 'building' ? ' (đang dựng)' : ''}.`}
      </p>
      {failed && status.lastError && (
        <>
          <p style={{ margin: '0.5rem 0 0', color: 'var(--theme-error-500)' }}>
            Lần dựng lúc {hhmmDdmm(status.lastError.at)} bị lỗi: {status.lastError.message} Trang web vẫn hiển
            thị bản dựng trước.
          </p>
          {status.lastError.logTail?.length ? (
            <details>
              <summary>Nhật ký dựng trang</summary>
              <pre style={{ whiteSpace: 'pre-wrap', fontSize: 12 }}>
                {status.lastError.logTail.join('\n')}
              </pre>
            </details>
          ) : null}
        </>
      )}
    </section>
  )
}
