/**
 * What the sign-in policy reports, for the audit log (built elsewhere) to record. Listeners are called in
 * order and awaited, with the Payload of the process that answered (to write the record with); a failing
 * listener is logged and never changes the answer a door gives. Both processes answer sign-in doors (Next and
 * the front server, which starts Payload without onInit), so register listeners where both run: in the
 * config module, not in onInit.
 */
import type { Payload } from 'payload'

export type SignInDoor = 'api' | 'fn' | 'graphql'

export type SignInEvent =
  | {
      type: 'sign-in-failed'
      door: SignInDoor
      ip: string
      /** What was typed as card number or username (lower case); never the password. */
      identifier: string
      /** The account it named, when one exists. */
      userId?: number | string
      /** The named account holds admin grants: a failed admin sign-in. */
      admin: boolean
    }
  | { type: 'sign-in-limited'; door: SignInDoor; ip: string; identifier: string; retryAfterSeconds: number }
  | { type: 'signed-in'; door: SignInDoor; ip: string; userId: number | string; admin: boolean }
  | {
      type: 'account-unlocked'
      door: SignInDoor
      ip: string
      actorId: number | string
      userId: number | string
    }
  | {
      type: 'activation-code-issued'
      door: SignInDoor
      ip: string
      actorId: number | string
      userIds: (number | string)[]
    }
  | { type: 'account-activated'; door: SignInDoor; ip: string; userId: number | string }

export type SignInListener = (event: SignInEvent & { at: string }, payload: Payload) => void | Promise<void>

const registry = globalThis as { __sotaySignInListeners?: SignInListener[] }
const listeners = () => {
  registry.__sotaySignInListeners ??= []
  return registry.__sotaySignInListeners
}

/** Adds a listener (the audit log); returns the function that removes it. */
export function onSignInEvent(listener: SignInListener): () => void {
  listeners().push(listener)
  return () => {
    const all = listeners()
    const at = all.indexOf(listener)
    if (at >= 0) all.splice(at, 1)
  }
}

export async function emitSignInEvent(payload: Payload, event: SignInEvent): Promise<void> {
  const stamped = { ...event, at: new Date().toISOString() }
  for (const listener of [...listeners()]) {
    try {
      await listener(stamped, payload)
    } catch (error) {
      console.error('[sign-in] audit listener failed', error)
    }
  }
}
