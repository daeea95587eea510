/**
 * GET /api/users/activation-codes?org=<id>&format=csv|html — the pending activation codes of the members of
 * an org's subtree, for its secretary to hand out: a CSV for Excel or a printable page of slips.
 */
import type { Endpoint, PayloadRequest, Where } from 'payload'
import { orgIsWithin } from '../access/lookup.ts'
import { MEMBER_ROLES } from '../access/roles.ts'
import { asSessionUser, grantedOrgIds, isSuperadmin } from '../access/session.ts'
import { ownedWithin } from '../access/where.ts'
import { type ID, idOf, type Ref } from '../shared/ids.ts'
import { type ActivationSlip, activationSlipsHtml } from './activationSlips.ts'

const vi = new Intl.Collator('vi')
const refuse = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

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

async function pendingSlips(req: PayloadRequest, scope: Where[]): Promise<ActivationSlip[]> {
  const members = await req.payload.find({
    collection: 'users',
    where: {
      and: [
        ...scope,
        { activationCode: { exists: true } },
        { activationCode: { not_equals: '' } },
        { activatedAt: { exists: false } },
      ],
    },
    select: { fullName: true, username: true, org: true, activationCode: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const docs = members.docs as unknown as {
    fullName: string
    username: string
    org?: Ref
    activationCode: string
  }[]
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
    for (const o of orgs.docs as unknown as { id: ID; name: string }[]) names.set(String(o.id), o.name)
  }
  return docs
    .map((d) => ({
      fullName: d.fullName,
      cardNumber: d.username,
      cell: names.get(String(idOf(d.org))) ?? '',
      code: d.activationCode,
    }))
    .sort(bySheetOrder)
}

export const activationCodesEndpoint: Endpoint = {
  path: '/activation-codes',
  method: 'get',
  handler: async (req) => {
    const user = asSessionUser(req.user)
    const superadmin = isSuperadmin(user)
    const roots = grantedOrgIds(user, MEMBER_ROLES)
    if (!user || (!superadmin && !roots.length)) {
      return refuse(403, 'Chỉ cán bộ quản lý đảng viên mới được xem mã kích hoạt.')
    }
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
      orgName = String((org as { name?: string }).name ?? '')
      scope.push(ownedWithin([org.id]))
    }
    const slips = await pendingSlips(req, scope)
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
