/** A new request belongs to the asker and their home cell whatever was sent, quoting what their record says now. */
import { asSessionUser, idOf, isProfileField, profileValues } from '@sotay/content-schemas'
import type { CollectionBeforeChangeHook } from 'payload'
import type { ProfileCorrection } from '../../../payload-types.ts'

export const bindToMember: CollectionBeforeChangeHook<ProfileCorrection> = async ({
  data,
  req,
  operation,
}) => {
  if (operation !== 'create') return data
  const user = asSessionUser(req.user)
  // Server code without a user (seeding, tests) names the member itself.
  const memberId = user ? user.id : idOf(data.member)
  if (memberId === undefined) return data
  const member = await req.payload.findByID({ collection: 'users', id: memberId, depth: 1, req })
  data.member = member.id
  data.org = idOf(member.org)
  data.status = 'new'
  const cell = typeof member.org === 'object' && member.org ? member.org.name : null
  if (isProfileField(data.field)) data.currentValue = profileValues(member, cell)[data.field]
  return data
}
