/** The signed-in member behind a request, as the session functions see it (cookie or `Authorization: JWT ...`). */
import type { Payload } from 'payload'
import { currentUser, type SignedInUser } from '../session/member.ts'

export type Member = SignedInUser

export async function signedInMember(payload: Payload, request: Request): Promise<Member | null> {
  return currentUser(payload, request)
}
