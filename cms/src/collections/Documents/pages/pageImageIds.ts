/** The media ids a document's page images use. */
import { type ID, idOf, type Ref } from '@sotay/content-schemas'

export const pageImageIds = (doc: { pageImages?: { image?: unknown }[] | null }): ID[] =>
  (doc.pageImages ?? []).map((row) => idOf(row.image as Ref)).filter((id): id is ID => id !== undefined)
