/**
 * POST /api/users/activation-codes?org=<id>&format=csv|html[&ids=1,2] — "In phiếu mã kích hoạt": issues a
 * NEW one-time code to every member of the org's subtree (or to the listed ones) who has not activated yet, and
 * answers the codes once, as a CSV for Excel or a printable page of slips. Codes are stored sealed, so a code
 * can be shown only when it is issued; printing again replaces the codes printed before (a lost slip is
 * simply printed again). It is a POST because it changes accounts: a link on another site must not be able
 * to reissue a cell's codes through the secretary's cookie.
 */
import { ownedWithin } from '@sotay/content-schemas'
import { orgIsWithin } from '@sotay/content-schemas/access/lookup'
import type { Endpoint, Where } from 'payload'
import { siteOrigin } from './activationLink.ts'
import { activationSlipsHtml } from './activationSlips.ts'
import { activationSlipsCsv } from './activationSlipsCsv.ts'
import { issueActivationSlips } from './issueActivationSlips.ts'
import { memberAdminOf, refuse } from './memberAdmin.ts'

export const activationCodesEndpoint: Endpoint = {
  path: '/activation-codes',
  method: 'post',
  handler: async (req) => {
    const admin = memberAdminOf(req)
    if (!admin) return refuse(403, 'Chỉ cán bộ quản lý đảng viên mới được xem mã kích hoạt.')
    const { actor: user, superadmin, roots } = admin
    const format = String(req.query?.format ?? 'csv')
    if (format !== 'csv' && format !== 'html') return refuse(400, 'Định dạng phải là csv hoặc html.')
    const orgId = req.query?.org ? String(req.query.org) : undefined
    let orgName = 'tất cả tổ chức bạn quản lý'
    const scope: Where[] = superadmin ? [] : [ownedWithin(roots)]
    if (orgId !== undefined) {
      const org = await req.payload.findByID({
        collection: 'orgs',
        id: orgId,
        depth: 0,
        disableErrors: true,
        req,
      })
      if (!org) return refuse(404, 'Không tìm thấy tổ chức.')
      if (!superadmin && !(await orgIsWithin(req, org.id, roots))) {
        return refuse(403, 'Tổ chức này không thuộc phạm vi quản lý của bạn.')
      }
      orgName = org.name
      scope.push(ownedWithin([org.id]))
    }
    const ids = req.query?.ids ? String(req.query.ids).split(',').filter(Boolean).slice(0, 5000) : []
    if (ids.length) scope.push({ id: { in: ids } })
    const slips = await issueActivationSlips(req, user, scope)
    const headers = { 'Cache-Control': 'no-store' }
    if (format === 'html') {
      const page = await activationSlipsHtml(
        `Mã kích hoạt tài khoản — ${orgName}`,
        slips,
        siteOrigin(req.url),
      )
      return new Response(page, {
        headers: { ...headers, 'Content-Type': 'text/html; charset=utf-8' },
      })
    }
    return new Response(activationSlipsCsv(slips), {
      headers: {
        ...headers,
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="ma-kich-hoat-${orgId ?? 'tat-ca'}.csv"`,
      },
    })
  },
}

/** The old GET link: printing issues new codes, so it must be a deliberate POST from the members list. */
export const activationCodesGetEndpoint: Endpoint = {
  path: '/activation-codes',
  method: 'get',
  handler: () =>
    refuse(
      405,
      'Hãy bấm "In phiếu mã kích hoạt" trong danh sách đảng viên: mỗi lần in, hệ thống cấp mã mới cho những người chưa kích hoạt.',
    ),
}
