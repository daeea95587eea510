/**
 * Stale devices: removed when a push service says 404/410, when FCM says UNREGISTERED, and daily when unseen
 * for DEVICE_STALE_DAYS. Apple's Web Push (web.push.apple.com) keeps answering 200 after a subscription
 * expires, so Apple endpoints are removed sooner (APPLE_DEVICE_STALE_DAYS): the member app re-registers
 * on every open, so a live iPhone keeps its lastSeenAt fresh.
 */
import { appleStaleDays, staleDeviceDays } from '@sotay/content-schemas'
import type { Payload, TaskConfig } from 'payload'

export async function pruneDevices(payload: Payload, ids: (string | number)[]): Promise<number> {
  if (!ids.length) return 0
  const { docs } = await payload.delete({
    collection: 'devices',
    where: { id: { in: ids } },
    depth: 0,
  })
  return docs.length
}

const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * 86_400_000).toISOString()

export async function pruneStaleDevices(payload: Payload, now = new Date()): Promise<number> {
  const { docs } = await payload.delete({
    collection: 'devices',
    depth: 0,
    where: {
      or: [
        { lastSeenAt: { less_than: daysBefore(now, staleDeviceDays()) } },
        {
          and: [
            { endpoint: { contains: 'push.apple.com' } },
            { lastSeenAt: { less_than: daysBefore(now, appleStaleDays()) } },
          ],
        },
      ],
    },
  })
  return docs.length
}

/** Runs daily at 03:30 (Vietnam time on our servers) through the jobs' autoRun. */
export const pruneStaleDevicesTask: TaskConfig<any> = {
  slug: 'pruneStaleDevices',
  label: 'Xóa thiết bị lâu không dùng',
  schedule: [{ cron: '0 30 3 * * *', queue: 'default' }],
  retries: 1,
  handler: async ({ req }) => ({ output: { pruned: await pruneStaleDevices(req.payload) } }),
}
