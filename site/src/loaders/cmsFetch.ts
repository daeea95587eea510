/** Reads every published public item of a collection from the CMS REST API, anonymously, page by page. */
import { isPublicAndPublished, PUBLIC_AUDIENCE } from '../lib/visibility.ts'

export type CmsDoc = Record<string, unknown> & { id: string | number }

/** Where the CMS answers at build time; `pnpm start` and the rebuild step set it. */
export const cmsUrl = (): string => (process.env.CMS_URL ?? 'http://127.0.0.1:3001').replace(/\/+$/, '')

const PAGE_SIZE = 100

/** Defence in depth: the access rules already hide non-public content from anonymous readers; we ask for public only too. */
export function publicQuery(page: number, sort: string): string {
  const params = new URLSearchParams({
    'where[audience][equals]': PUBLIC_AUDIENCE,
    'where[_status][equals]': 'published',
    limit: String(PAGE_SIZE),
    page: String(page),
    depth: '1',
    sort,
  })
  return params.toString()
}

class CmsUnreachable extends Error {}

async function getJson(url: string): Promise<{ docs: CmsDoc[]; hasNextPage: boolean }> {
  let response: Response
  try {
    // No cookie, no token: the site only ever sees what an anonymous visitor may see.
    response = await fetch(url, {
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(30_000),
    })
  } catch (error) {
    throw new CmsUnreachable(
      `Không kết nối được hệ thống quản trị nội dung (CMS) tại ${cmsUrl()}: ${(error as Error).message}. ` +
        'Trang web không được build lại; bản đã build trước đó vẫn được giữ. Hãy kiểm tra CMS đang chạy và biến CMS_URL.',
    )
  }
  if (!response.ok) {
    throw new CmsUnreachable(
      `CMS trả lời lỗi ${response.status} cho ${url}. Trang web không được build lại; bản đã build trước đó vẫn được giữ.`,
    )
  }
  return (await response.json()) as { docs: CmsDoc[]; hasNextPage: boolean }
}

/** All published public docs of `collection`, re-checked one by one after the query. */
export async function fetchPublic(collection: string, sort: string): Promise<CmsDoc[]> {
  const all: CmsDoc[] = []
  for (let page = 1; ; page++) {
    const body = await getJson(`${cmsUrl()}/api/${collection}?${publicQuery(page, sort)}`)
    all.push(...body.docs.filter(isPublicAndPublished))
    if (!body.hasNextPage) return all
  }
}
