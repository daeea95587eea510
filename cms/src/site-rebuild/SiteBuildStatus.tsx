/** "Trang web: bản dựng gần nhất ...": the public site's build state on the admin dashboard, read from status.json. */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { viTimeDay } from '@sotay/content-schemas'
import { dataDir } from '../paths.ts'

interface Status {
  state?: 'idle' | 'waiting' | 'building'
  lastGood?: { at: string } | null
  lastError?: { at: string; message: string; logTail?: string[] } | null
  lastAttempt?: { at: string; ok: boolean } | null
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
          ? `Trang web: bản dựng gần nhất ${viTimeDay(status.lastGood.at)}, trạng thái: ${state}.`
          : `Trang web: chưa có bản dựng nào thành công${status?.state === 'building' ? ' (đang dựng)' : ''}.`}
      </p>
      {failed && status.lastError && (
        <>
          <p style={{ margin: '0.5rem 0 0', color: 'var(--theme-error-500)' }}>
            Lần dựng lúc {viTimeDay(status.lastError.at)} bị lỗi: {status.lastError.message} Trang web vẫn
            hiển thị bản dựng trước.
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
