/** The FCM token bucket on a fake clock: a burst goes at once, the rest waits for the refill rate. */
import { describe, expect, it } from 'vitest'
import { TokenBucket } from './tokenBucket.ts'

describe('TokenBucket', () => {
  it('lets one burst through and then paces to the quota', async () => {
    let now = 0
    const waits: number[] = []
    const bucket = new TokenBucket({
      perMinute: 600_000,
      now: () => now,
      sleep: async (ms) => {
        waits.push(ms)
        now += ms
      },
    })
    await bucket.take(10_000) // one second's worth: no wait
    expect(waits).toEqual([])
    await bucket.take(500)
    expect(waits).toEqual([50]) // 500 messages at 10,000 a second
    for (let i = 0; i < 20; i++) await bucket.take(500)
    // 21 × 500 = 10,500 after the burst: at 600,000 a minute that is 1,050 ms.
    expect(now).toBe(1050)
  })
})
