/** The two kinds of device a notice can be pushed to: a browser (Web Push) or the Android app (FCM). */
export const DEVICE_KINDS = ['webpush', 'fcm'] as const
export type DeviceKind = (typeof DEVICE_KINDS)[number]

/** Devices unseen for this many days are pruned; the app re-registers on every open (DEVICE_STALE_DAYS). */
export const staleDeviceDays = (): number => {
  const days = Number(process.env.DEVICE_STALE_DAYS)
  return Number.isFinite(days) && days > 0 ? days : 60
}

/** Apple's Web Push answers 200 even after a subscription has expired, so these are pruned sooner. */
export const appleStaleDays = (): number => {
  const days = Number(process.env.APPLE_DEVICE_STALE_DAYS)
  return Number.isFinite(days) && days > 0 ? days : 30
}

export const isAppleEndpoint = (endpoint: string): boolean => {
  try {
    return new URL(endpoint).hostname.endsWith('push.apple.com')
  } catch {
    return false
  }
}
