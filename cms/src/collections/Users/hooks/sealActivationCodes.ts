/**
 * Whatever trusted code writes into `activationCode` (the reset function, a test, a future tool), the table
 * only ever holds it sealed: a plain code is sealed here with Payload's secret and an expiry; anything else that
 * is not already sealed is dropped rather than stored as a usable secret.
 */
import { isPlainActivationCode, isSealedActivationCode, sealActivationCode } from '@sotay/content-schemas'
import type { CollectionBeforeChangeHook } from 'payload'
import type { User } from '../../../payload-types.ts'

export const sealActivationCodes: CollectionBeforeChangeHook<User> = ({ data, req }) => {
  const code = data.activationCode
  if (code === undefined || code === null || isSealedActivationCode(code)) return data
  data.activationCode = isPlainActivationCode(code) ? sealActivationCode(req.payload.secret, code) : null
  return data
}
