/**
 * An organisation column in a list, named on the server. Payload's own relationship cell fetches titles only for
 * rows on screen when the page opens, so the rows below the fold read "‹Không có Tổ chức›" until scrolled to.
 * Orgs are readable by every signed-in user (readOrgs), so reading the name adds nothing a user could not see.
 */
import { idOf } from '@sotay/content-schemas/shared/ids'
import type { DefaultServerCellComponentProps } from 'payload'
import { cache } from 'react'

// One read per org per request, however many rows share it.
const orgName = cache(async (payload: DefaultServerCellComponentProps['payload'], id: number | string) => {
  const org = await payload
    .findByID({ collection: 'orgs', id, depth: 0, select: { name: true }, disableErrors: true })
    .catch(() => null)
  return org?.name ?? null
})

export async function OrgNameCell({ cellData, payload }: DefaultServerCellComponentProps) {
  const id = idOf(cellData)
  if (id === undefined) return <span className="sotay-org-none">—</span>
  const name = typeof cellData === 'object' && cellData?.name ? cellData.name : await orgName(payload, id)
  return <span className="sotay-org">{name ?? '—'}</span>
}
