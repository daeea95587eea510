/** Whether a change can show on the static public site: only published public content is ever written into it. */

type Doc = { _status?: unknown; audience?: unknown } | null | undefined

/** On the site as this version of the document stands (content without drafts, e.g. media, is live when saved). */
export function isOnPublicSite(doc: Doc): boolean {
  if (doc?.audience !== 'public') return false
  return doc._status === undefined || doc._status === 'published'
}

/** Published now, or was before (unpublished, made members-only, deleted): either way the site must change. */
export function affectsPublicSite(doc: Doc, previousDoc?: Doc): boolean {
  return isOnPublicSite(doc) || isOnPublicSite(previousDoc)
}
