/**
 * POST /api/users/activation-codes?org=<id>&format=csv|html[&ids=1,2] — "In phiếu mã kích hoạt": issues a
 * NEW one-time code to every member of the org's subtree (or to the listed ones) who has not activated yet, and
 * answers the codes once, as a CSV for Excel or a printable page of slips. Codes are stored sealed, so a code
 * can be shown only when it is issued; printing again replaces the codes printed before (a lost slip is
 * simply printed again). It is a POST because it changes accounts: a link on another site must not be able
 * to reissue a cell's codes through the secretary's cookie.
 */
import {
  canResetAccount,
  generateActivationCode,
  type ID,
  idOf,
  ownedWithin,
  type SessionUser,
  sealActivationCode,
} from '@sotay/content-schemas'
import { orgIsWithin } from '@sotay/content-schemas/access/lookup'
import type { Endpoint, PayloadRequest, Where } from 'payload'
import { forwardedClientIp } from '../../../auth/clientAddress.ts'
import { emitSignInEvent } from '../../../auth/events.ts'
import { type ActivationSlip, activationSlipsHtml } from './activationSlips.ts'
import { memberAdminOf, refuse } from './memberAdmin.ts'

const vi = new Intl.Collator('vi')

/** Vietnamese lists sort by given name (the last word), then by the whole name. */
const givenName = (fullName: string) => fullName.split(' ').pop() ?? fullName

function bySheetOrder(a: ActivationSlip, b: ActivationSlip): number {
  return (
    vi.compare(a.cell, b.cell) ||
    vi.compare(givenName(a.fullName), givenName(b.fullName)) ||
    vi.compare(a.fullName, b.fullName)
  )
}

/** Excel reads a UTF-8 CSV with diacritics only when it starts with a BOM; `=`/`+`/`-`/`@` cells are defused. */
function toCsv(slips: ActivationSlip[]): string {
  const cell = (v: string) => {
    const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
  }
  const lines = [
    ['Họ và tên', 'Số thẻ', 'Chi bộ', 'Mã kích hoạt'],
    ...slips.map((s) => [s.fullName, s.cardNumber, s.cell, s.code]),
  ]
  return `\uFEFF${lines.map((l) => l.map(cell).join(',')).join('\r\n')}\r\n`
}

/** Issues fresh codes to the not-yet-activated members in scope that this actor may reset, and lists them. */
async function issueSlips(
  req: PayloadRequest,
  actor: SessionUser,
  scope: Where[],
): Promise<ActivationSlip[]> {
  const members = await req.payload.find({
    collection: 'users',
    // Pending: issued a code (import, reset, an earlier print) and not activated since.
    where: {
      and: [
        ...scope,
        { activationCode: { exists: true } },
        { activationCode: { not_equals: '' } },
        { activatedAt: { exists: false } },
      ],
    },
    select: { fullName: true, username: true, org: true, orgAncestors: true, grants: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  // Admin accounts are given passwords, never slips; the actor's own account is not theirs to reset.
  const docs = members.docs.filter((d) => !d.grants?.length && canResetAccount(actor, d))
  const codes = new Map<string, string>()
  for (const d of docs) {
    const code = generateActivationCode()
    codes.set(String(d.id), code)
    // The account write is the server's (activation state is server-owned); the actor's right was checked.
    await req.payload.db.updateOne({
      collection: 'users',
      id: d.id,
      data: { activationCode: sealActivationCode(req.payload.secret, code) },
      req,
      returning: false,
    })
  }
  // The audit log hears the issue as one sign-in event.
  await emitSignInEvent(req.payload, {
    type: 'activation-code-issued',
    door: 'api',
    ip: forwardedClientIp(req.headers),
    actorId: actor.id,
    userIds: docs.map((d) => d.id),
  })
  const orgIds = [...new Set(docs.map((d) => idOf(d.org)).filter((id): id is ID => id !== undefined))]
  const names = new Map<string, string>()
  for (let i = 0; i < orgIds.length; i += 1000) {
    const orgs = await req.payload.find({
      collection: 'orgs',
      where: { id: { in: orgIds.slice(i, i + 1000) } },
      select: { name: true },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    for (const o of orgs.docs) names.set(String(o.id), o.name)
  }
  return docs
    .map((d) => ({
      fullName: d.fullName,
      cardNumber: d.username,
      cell: names.get(String(idOf(d.org))) ?? '',
      code: codes.get(String(d.id)) ?? '',
    }))
    .sort(bySheetOrder)
}

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
    const slips = await issueSlips(req, user, scope)
    const headers = { 'Cache-Control': 'no-store' }
    if (format === 'html') {
      return new Response(activationSlipsHtml(`Mã kích hoạt tài khoản — ${orgName}`, slips), {
        headers: { ...headers, 'Content-Type': 'text/html; charset=utf-8' },
      })
    }
    return new Response(toCsv(slips), {
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
