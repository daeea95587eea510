/** Synthesis is CPU-bound: one at a time per server, at low priority, so readers' requests come first. */
import { setPriority } from 'node:os'

let queue: Promise<unknown> = Promise.resolve()

export function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work, work)
  queue = run.catch(() => undefined)
  return run
}

export function lowPriority(pid: number | undefined) {
  try {
    if (pid) setPriority(pid, 10)
  } catch {
    // Not allowed here: run at normal priority.
  }
}
