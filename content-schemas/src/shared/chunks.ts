/** The one chunker: long lists split for `in` queries and multi-row statements, under the engines' parameter limits. */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}
