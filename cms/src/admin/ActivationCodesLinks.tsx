'use client'
/** On the members list: the secretary prints or exports the pending activation codes of the org being viewed. */
import { useAuth, useListQuery, useTranslation } from '@payloadcms/ui'

const TEXT = {
  vi: { print: 'In phiếu mã kích hoạt', csv: 'Tải mã kích hoạt (CSV)' },
  en: { print: 'Print activation slips', csv: 'Download activation codes (CSV)' },
}
const MEMBER_ADMIN_ROLES = new Set(['superadmin', 'committee', 'secretary'])

export function ActivationCodesLinks() {
  const { user } = useAuth<{ grants?: { role: string; org: unknown }[] }>()
  const { query } = useListQuery()
  const { i18n } = useTranslation()
  const grant = user?.grants?.find((g) => MEMBER_ADMIN_ROLES.has(g.role))
  if (!grant) return null
  const grantOrg = typeof grant.org === 'object' && grant.org ? (grant.org as { id: unknown }).id : grant.org
  // The subtree filter above the list, when set, narrows the slips to that org.
  const org = (query?.where as any)?.or?.[0]?.org?.equals ?? grantOrg
  const text = i18n.language === 'en' ? TEXT.en : TEXT.vi
  const href = (format: string) =>
    `/api/users/activation-codes?org=${encodeURIComponent(String(org))}&format=${format}`
  return (
    <p style={{ display: 'flex', gap: 24, margin: '0 0 16px' }}>
      <a href={href('html')} target="_blank" rel="noreferrer">
        {text.print}
      </a>
      <a href={href('csv')} download>
        {text.csv}
      </a>
    </p>
  )
}
