/** Payload's generated types give ids as numbers (the SQL engines' default); on MongoDB the same fields hold strings. */
import type { ID } from '@sotay/content-schemas'

/** An id as the generated types spell it; the one place that says a string id is fine too. */
export const docId = (id: ID): number => id as number
