/**
 * Tells the site builder that public content changed: a POST to SITE_REBUILD_URL with the shared token, sent and
 * forgotten, so an editor's save never waits for, or fails because of, the builder.
 */

const TOKEN_HEADER = 'x-site-rebuild-token'

type Logger = { warn: (message: string) => void }

export function notifySiteBuilder(reason: string, logger?: Logger): void {
  const url = process.env.SITE_REBUILD_URL
  if (!url) return
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: process.env.SITE_REBUILD_TOKEN ?? '' },
    body: JSON.stringify({ reason }),
    signal: AbortSignal.timeout(5000),
  })
    .then(async (response) => {
      await response.arrayBuffer()
      if (!response.ok)
        logger?.warn(`Bộ dựng trang từ chối yêu cầu dựng lại (${response.status}) cho ${reason}.`)
    })
    .catch((error: Error) => {
      logger?.warn(
        `Không báo được bộ dựng trang (${reason}): ${error.message}. Trang web sẽ cập nhật ở lần dựng sau.`,
      )
    })
}
