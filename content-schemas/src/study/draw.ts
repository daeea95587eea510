/**
 * The questions one attempt gets: a random draw from the bank, with questions (and, for a contest, the
 * options) shuffled. What is stored is only indexes into the bank, so the bank's texts stay in one place.
 */

/** One drawn question: its index in the bank and the order its options are shown in (indexes too). */
export interface DrawnQuestion {
  q: number
  options: number[]
}

/** Fisher–Yates with an injectable random source, so a test can fix the draw. */
export function shuffled<T>(items: readonly T[], random: () => number = Math.random): T[] {
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[out[i], out[j]] = [out[j] as T, out[i] as T]
  }
  return out
}

export interface DrawOptions {
  /** How many questions per attempt; 0 or more than the bank means the whole bank. */
  count: number
  shuffleOptions: boolean
  random?: () => number
}

/** `optionCounts[i]` is how many options question i of the bank has. */
export function drawQuestions(optionCounts: readonly number[], options: DrawOptions): DrawnQuestion[] {
  const random = options.random ?? Math.random
  const all = optionCounts.map((_, i) => i)
  const take = options.count > 0 ? Math.min(options.count, all.length) : all.length
  return shuffled(all, random)
    .slice(0, take)
    .map((q) => {
      const order = Array.from({ length: optionCounts[q] ?? 0 }, (_, i) => i)
      return { q, options: options.shuffleOptions ? shuffled(order, random) : order }
    })
}
