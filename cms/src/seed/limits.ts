/** Demo sizes, shared by the seed and its CLI (which must read them before loading Payload). */
export const DEFAULT_MEMBERS = 300
/** Enough for benchmarks at the size of a small province. */
export const MAX_MEMBERS = 60_000
