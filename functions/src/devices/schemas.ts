/** What the devices functions answer, as zod schemas: they document /fn/openapi.json and type the member app. */
import { z } from '@hono/zod-openapi'

export const RegisteredDeviceSchema = z.object({
  device: z.object({ id: z.union([z.number().int(), z.string()]), kind: z.string(), lastSeenAt: z.string() }),
})
export const RemovedDevicesSchema = z.object({ removed: z.number().int() })
export const PushPublicKeySchema = z.object({
  publicKey: z.string().openapi({ description: 'Khóa công khai VAPID (base64url)' }),
})

export type RegisteredDevice = z.infer<typeof RegisteredDeviceSchema>
export type RemovedDevices = z.infer<typeof RemovedDevicesSchema>
export type PushPublicKey = z.infer<typeof PushPublicKeySchema>
