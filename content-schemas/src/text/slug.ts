/** A URL slug made from a title, accent-folded so links stay readable on any phone. */
import { foldAccents } from './fold.ts'
import { toWellFormed } from './wellFormed.ts'

export const slugify = (text: string): string =>
  foldAccents(toWellFormed(text))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 96)
