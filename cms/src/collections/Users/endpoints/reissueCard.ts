/**
 * POST /api/users/:id/reissue-card { newNumber, reason } — cấp lại thẻ đảng viên: the member signs in with
 * the new number from now on; the old one is kept in `cardHistory` and is never given out again.
 */
import { readCardNumber } from '@sotay/content-schemas'
import { orgIsWithin } from '@sotay/content-schemas/access/lookup'
import { addDataAndFileToRequest, type Endpoint } from 'payload'
import { memberAdminOf, refuse } from './memberAdmin.ts'

export const reissueCardEndpoint: Endpoint = {
  path: '/:id/reissue-card',
  method: 'post',
  handler: async (req) => {
    const admin = memberAdminOf(req)
    if (!admin) return refuse(403, 'Chỉ cán bộ quản lý đảng viên mới được cấp lại thẻ.')
    const { superadmin, roots } = admin

    const id = String(req.routeParams?.id ?? '')
    const found = await req.payload.find({
      collection: 'users',
      where: { id: { equals: id } },
      select: { username: true, org: true, cardHistory: true },
      depth: 0,
      limit: 1,
      overrideAccess: true,
      req,
    })
    const member = found.docs.at(0)
    if (!member) return refuse(404, 'Không tìm thấy đảng viên.')
    if (!superadmin && !(member.org && (await orgIsWithin(req, member.org, roots)))) {
      return refuse(403, 'Đảng viên này không thuộc phạm vi quản lý của bạn.')
    }

    if (!req.data) await addDataAndFileToRequest(req)
    const body = (req.data ?? {}) as { newNumber?: unknown; reason?: unknown }
    const newNumber = readCardNumber(body.newNumber)
    if (!newNumber) return refuse(400, 'Số thẻ mới không hợp lệ: số thẻ chỉ gồm chữ số, từ 6 đến 12 chữ số.')
    const reason = typeof body.reason === 'string' ? body.reason.trim() : ''
    if (!reason) return refuse(400, 'Hãy ghi lý do cấp lại thẻ.')
    if (reason.length > 500) return refuse(400, 'Lý do cấp lại thẻ quá dài (tối đa 500 ký tự).')
    if (newNumber === member.username) return refuse(400, 'Số thẻ mới trùng với số thẻ hiện tại.')

    const used = await req.payload.count({
      collection: 'users',
      where: { or: [{ username: { equals: newNumber } }, { 'cardHistory.number': { equals: newNumber } }] },
      overrideAccess: true,
      req,
    })
    if (used.totalDocs)
      return refuse(409, `Số thẻ ${newNumber} đã được cấp cho người khác hoặc đã từng được dùng.`)

    const history = [
      ...(member.cardHistory ?? []).map(({ id: rowId, number, reason: why, replacedAt }) => ({
        id: rowId,
        number,
        reason: why,
        replacedAt,
      })),
      { number: member.username, reason, replacedAt: new Date().toISOString() },
    ]
    try {
      const updated = await req.payload.update({
        collection: 'users',
        id: member.id,
        data: { username: newNumber, cardHistory: history },
        overrideAccess: true,
        depth: 0,
        req,
      })
      return Response.json({ id: updated.id, username: updated.username, cardHistory: updated.cardHistory })
    } catch (err) {
      // The unique index caught a number taken between the check and the write.
      if ((err as Error).name !== 'ValidationError') throw err
      return refuse(409, `Số thẻ ${newNumber} đã được cấp cho người khác hoặc đã từng được dùng.`)
    }
  },
}
