/**
 * The time an attempt may be submitted by, judged from the signed start time the server gave, never from the
 * phone's clock. A small grace covers the trip of the last answer over a slow network.
 */

/** Sent answers arriving up to this long after the limit still count (a weak network's slow trip). */
export const SUBMIT_GRACE_MS = 30_000

export interface AttemptWindow {
  startedAt: number
  /** Minutes allowed; 0 means no limit. */
  timeLimitMinutes: number
  /** A contest's close, when there is one: the attempt ends there too. */
  closesAt?: number | null
}

/** When the attempt's time runs out (without the grace), or null when it never does. */
export function deadlineOf(window: AttemptWindow): number | null {
  const limit = window.timeLimitMinutes > 0 ? window.startedAt + window.timeLimitMinutes * 60_000 : null
  const close = window.closesAt ?? null
  if (limit === null) return close
  return close === null ? limit : Math.min(limit, close)
}

/** Whether a submission received at `now` still counts. */
export function inTime(window: AttemptWindow, now: number, grace = SUBMIT_GRACE_MS): boolean {
  const deadline = deadlineOf(window)
  return deadline === null || now <= deadline + grace
}

/** Whether a contest is open at `now` ([opensAt, closesAt)); a missing end leaves it open. */
export function windowOpen(now: number, opensAt?: number | null, closesAt?: number | null): boolean {
  return (opensAt == null || now >= opensAt) && (closesAt == null || now < closesAt)
}

/** The text the start token signs: the attempt and the server's start time, nothing the phone chose. */
export const startTokenPayload = (attemptId: string | number, startedAt: number) =>
  `quiz-attempt:${attemptId}:${startedAt}`
