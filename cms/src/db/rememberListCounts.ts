/**
 * A person's long lists count their rows once in a while, not on every page. Payload counts `totalDocs` with
 * every paginated find; for a province committee's member list that is a COUNT over 450,000 index entries per
 * request, more than the page itself costs. A list of at least `atLeast` rows read by a signed-in person keeps
 * its count for `forMs` (keyed by collection, the full Where with its access part, and the locale): the pages
 * stay current, only the total and the page numbers may be that old. Jobs, hooks and `payload.count` (no person,
 * or not a find) always count exactly; so does every list shorter than `atLeast`.
 */
import type { BaseDatabaseAdapter, FindArgs, PaginatedDocs } from 'payload'

export interface ListCountOptions {
  /** Lists shorter than this are counted on every request. */
  atLeast: number
  /** How long a count is kept, in milliseconds. */
  forMs: number
}

export const LIST_COUNTS: ListCountOptions = { atLeast: 10_000, forMs: 30_000 }

/** Room for this many remembered counts; past it the oldest are forgotten. */
const KEPT = 1_000

/** The page's figures from a known total, as Payload computes them. */
function paged<T>(
  result: PaginatedDocs<T>,
  totalDocs: number,
  page: number,
  limit: number,
): PaginatedDocs<T> {
  const totalPages = Math.max(1, Math.ceil(totalDocs / limit))
  return {
    ...result,
    limit,
    page,
    totalDocs,
    totalPages,
    pagingCounter: (page - 1) * limit + 1,
    hasPrevPage: page > 1,
    hasNextPage: page < totalPages,
    prevPage: page > 1 ? page - 1 : null,
    nextPage: page < totalPages ? page + 1 : null,
  }
}

/** Wraps `adapter.find`; answers a function that puts the adapter's own back. */
export function rememberListCounts(
  adapter: Pick<BaseDatabaseAdapter, 'find'>,
  options: ListCountOptions = LIST_COUNTS,
) {
  const find = adapter.find
  const counts = new Map<string, { totalDocs: number; at: number }>()
  adapter.find = async function (this: unknown, args: FindArgs): Promise<PaginatedDocs> {
    const limit = args.limit ?? 10
    const person = Boolean(args.req?.user)
    if (!person || args.pagination === false || limit <= 0 || args.versions) return find.call(this, args)
    const key = JSON.stringify([args.collection, args.where ?? null, args.locale ?? null, args.draftsEnabled])
    const known = counts.get(key)
    if (known && Date.now() - known.at < options.forMs) {
      const result = await find.call(this, { ...args, pagination: false })
      return paged(result, known.totalDocs, args.page ?? 1, limit)
    }
    const result = await find.call(this, args)
    counts.delete(key)
    if (result.totalDocs >= options.atLeast) {
      if (counts.size >= KEPT) counts.delete(counts.keys().next().value as string)
      counts.set(key, { totalDocs: result.totalDocs, at: Date.now() })
    }
    return result
  } as BaseDatabaseAdapter['find']
  return () => {
    adapter.find = find
  }
}
