/** Registers or refreshes a device for the signed-in member; an endpoint re-registered by someone else moves to them. */
import type { Payload } from 'payload'
import type { DeviceInput } from './input.ts'

export interface RegisteredDevice {
  id: number | string
  kind: string
  lastSeenAt: string
  created: boolean
}

export async function registerDevice(
  payload: Payload,
  userId: number | string,
  input: DeviceInput,
  userAgent: string | null,
): Promise<RegisteredDevice> {
  const data = {
    kind: input.kind,
    endpoint: input.endpoint,
    keys: input.keys ?? { p256dh: null, auth: null },
    user: userId,
    userAgent: userAgent?.slice(0, 300) ?? null,
    lastSeenAt: new Date().toISOString(),
  }
  for (let attempt = 0; ; attempt++) {
    // The endpoint belongs to one browser profile: whoever signs in on it now owns it (a shared phone).
    const { docs } = await payload.find({
      collection: 'devices',
      where: { endpoint: { equals: input.endpoint } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    const existing = docs[0] as { id: number | string } | undefined
    try {
      const doc = existing
        ? await payload.update({
            collection: 'devices',
            id: existing.id,
            data,
            depth: 0,
            overrideAccess: true,
          })
        : await payload.create({
            collection: 'devices',
            data,
            depth: 0,
            overrideAccess: true,
          })
      const saved = doc as unknown as { id: number | string; kind: string; lastSeenAt: string }
      return { id: saved.id, kind: saved.kind, lastSeenAt: saved.lastSeenAt, created: !existing }
    } catch (error) {
      // Two registrations of one endpoint at once: the unique index refuses the second create; update instead.
      if (existing || attempt > 0) throw error
    }
  }
}
