/** What the middleware hands each handler (Hono's `c.var`), and the bindings an adapter passes in. */
import type { Payload } from 'payload'
import type { SignedInUser } from '../session/member.ts'

export interface FnEnv {
  Bindings: {
    /** The caller's address, when the adapter or a test gives it directly. */
    clientIp?: string
  }
  Variables: {
    /** performance.now() when the request arrived. */
    startedAt: number
    /** The caller's address as the adapter saw it ('unknown' when it did not say). */
    clientIp: string
    /** Payload, once `payloadReady` has let the request through. */
    payload: Payload
    /** Who is signed in, or null (`whoIs`). */
    viewer: SignedInUser | null
    /** The signed-in user (`signedIn`). */
    user: SignedInUser
  }
}
