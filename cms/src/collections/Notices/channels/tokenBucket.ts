/** A token bucket: keeps FCM sends within its quota (600,000 messages a minute per project) in this process. */

export interface TokenBucketOptions {
  perMinute: number
  /** Burst size; defaults to one second's worth. */
  capacity?: number
  now?: () => number
  sleep?: (ms: number) => Promise<void>
}

export class TokenBucket {
  private tokens: number
  private last: number
  private readonly capacity: number
  private readonly perMs: number
  private readonly now: () => number
  private readonly sleep: (ms: number) => Promise<void>
  private queue: Promise<void> = Promise.resolve()

  constructor(options: TokenBucketOptions) {
    this.perMs = options.perMinute / 60_000
    this.capacity = options.capacity ?? Math.max(1, Math.round(options.perMinute / 60))
    this.tokens = this.capacity
    this.now = options.now ?? Date.now
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)))
    this.last = this.now()
  }

  /** Waits until `count` messages may go (callers are served in order); a count above the burst waits for it to refill. */
  take(count: number): Promise<void> {
    const turn = this.queue.then(() => this.takeNow(count))
    this.queue = turn.catch(() => undefined)
    return turn
  }

  private refill() {
    const now = this.now()
    this.tokens = Math.min(this.capacity, this.tokens + (now - this.last) * this.perMs)
    this.last = now
  }

  private async takeNow(count: number) {
    let needed = count
    while (needed > 0) {
      this.refill()
      const step = Math.min(needed, this.capacity)
      if (this.tokens >= step) {
        this.tokens -= step
        needed -= step
        continue
      }
      await this.sleep(Math.ceil((step - this.tokens) / this.perMs))
    }
  }
}
