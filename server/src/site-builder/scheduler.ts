/**
 * When to rebuild: bursts of change events collapse into one build (debounce with a ceiling), and only one build
 * runs at a time; events that arrive during a build schedule exactly one follow-up build.
 */

export interface SchedulerOptions {
  /** Wait this long after the last event before building. */
  quietMs: number
  /** ...but never longer than this after the first event of a burst. */
  maxWaitMs: number
  /** Runs one build; the reasons are the events it answers. Errors are the caller's to record. */
  run: (reasons: string[]) => Promise<void>
}

export type SchedulerState = 'idle' | 'waiting' | 'building'

export interface Scheduler {
  /** Notes a change; a build follows after the burst settles. */
  request(reason: string): void
  state(): SchedulerState
  /** Resolves when nothing is waiting or building. */
  settled(): Promise<void>
  /** Cancels a waiting build; a running one finishes. */
  stop(): void
}

export function createScheduler(options: SchedulerOptions): Scheduler {
  let reasons: string[] = []
  let firstAt = 0
  let timer: NodeJS.Timeout | undefined
  let building = false
  let stopped = false
  let waiters: (() => void)[] = []

  const isSettled = () => !building && !timer && reasons.length === 0

  const notifySettled = () => {
    if (!isSettled()) return
    const done = waiters
    waiters = []
    for (const resolve of done) resolve()
  }

  const arm = () => {
    if (stopped || building || reasons.length === 0) return
    clearTimeout(timer)
    const delay = Math.max(0, Math.min(options.quietMs, firstAt + options.maxWaitMs - Date.now()))
    timer = setTimeout(fire, delay)
  }

  async function fire() {
    timer = undefined
    const batch = reasons
    reasons = []
    building = true
    try {
      await options.run(batch)
    } catch {
      // The run records its own failures; the scheduler only keeps going.
    } finally {
      building = false
      // Events that came during the build: one follow-up, counted from the first of them.
      if (reasons.length > 0) arm()
      notifySettled()
    }
  }

  return {
    request(reason) {
      if (stopped) return
      if (reasons.length === 0) firstAt = Date.now()
      reasons.push(reason)
      arm()
    },
    state: () => (building ? 'building' : timer ? 'waiting' : 'idle'),
    settled: () =>
      isSettled() || stopped ? Promise.resolve() : new Promise<void>((resolve) => waiters.push(resolve)),
    stop() {
      stopped = true
      clearTimeout(timer)
      timer = undefined
      reasons = []
      notifySettled()
    },
  }
}
