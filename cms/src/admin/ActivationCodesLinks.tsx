'use client'
/**
 * On the members list: the secretary prints or exports activation slips for the org being viewed. Codes are
 * stored sealed, so printing issues new ones (a POST, opened in a new tab) to those not yet activated.
 */
import { useAuth, useListQuery, useTranslation } from '@payloadcms/ui'

const TEXT = {
  vi: {
    print: 'In phiếu mã kích hoạt',
    csv: 'Tải mã kích hoạt (CSV)',
    note: 'Mỗi lần in cấp mã mới cho đảng viên chưa kích hoạt; phiếu in trước sẽ không dùng được nữa.',
  },
  en: {
    print: 'Print activation slips',
    csv: 'Download activation codes (CSV)',
    note: 'Each print issues new codes to members not yet activated; earlier slips stop working.',
  },
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
  const action = (format: string) =>
    `/api/users/activation-codes?org=${encodeURIComponent(String(org))}&format=${format}`
  const button = {
    background: 'none',
    border: 0,
    padding: 0,
    color: 'inherit',
    textDecoration: 'underline',
    cursor: 'pointer',
  }
  return (
    <div style={{ margin: '0 0 16px' }}>
      <div style={{ display: 'flex', gap: 24 }}>
        <form method="post" action={action('html')} target="_blank" rel="noopener">
          <button type="submit" style={button}>
            {text.print}
          </button>
        </form>
        <form method="post" action={action('csv')}>
          <button type="submit" style={button}>
            {text.csv}
          </button>
        </form>
      </div>
      <small>{text.note}</small>
    </div>
  )
}
