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

/** Every page of a query, re-checked one by one: only public and published docs come back. */
async function fetchPages(collection: string, query: (page: number) => URLSearchParams): Promise<CmsDoc[]> {
  const all: CmsDoc[] = []
  for (let page = 1; ; page++) {
    const body = await getJson(`${cmsUrl()}/api/${collection}?${query(page)}`)
    all.push(...body.docs.filter(isPublicAndPublished))
    if (!body.hasNextPage) return all
  }
}

/** All published public docs of `collection`. */
export const fetchPublic = (collection: string, sort: string): Promise<CmsDoc[]> =>
  fetchPages(collection, (page) => new URLSearchParams(publicQuery(page, sort)))

/** Fields of the listing: what tells an item changed (updatedAt) and what its address depends on (slug). */
const LISTING_FIELDS = ['slug', 'updatedAt', 'audience', '_status']

/**
 * Every published public doc of `collection`, only its id, slug and updatedAt, in the site's order: a few small
 * requests even at 50,000 items, to find what changed and what was deleted or hidden since the last build.
 */
export const fetchListing = (collection: string, sort: string): Promise<CmsDoc[]> =>
  fetchPages(collection, (page) => {
    const params = new URLSearchParams(publicQuery(page, sort))
    params.set('limit', String(LISTING_PAGE_SIZE))
    params.set('depth', '0')
    for (const field of LISTING_FIELDS) params.set(`select[${field}]`, 'true')
    return params
  })

const LISTING_PAGE_SIZE = 1000
/** Ids per request when fetching changed docs: keeps the query string short. */
const IDS_PER_REQUEST = 50

/** The full docs (depth 1) with these ids, published and public only. */
export async function fetchByIds(collection: string, ids: string[], sort: string): Promise<CmsDoc[]> {
  const all: CmsDoc[] = []
  for (let start = 0; start < ids.length; start += IDS_PER_REQUEST) {
    const chunk = ids.slice(start, start + IDS_PER_REQUEST)
    all.push(
      ...(await fetchPages(collection, (page) => {
        const params = new URLSearchParams(publicQuery(page, sort))
        params.set('where[id][in]', chunk.join(','))
        return params
      })),
    )
  }
  return all
}
