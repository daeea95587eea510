/**
 * POST /fn/site/rebuild (the CMS hooks, with the shared token) and GET /fn/site/status (anyone; the build log
 * only for the token or a signed-in admin).
 */
import { timingSafeEqual } from 'node:crypto'
import { asSessionUser, hasAnyGrant } from '@sotay/content-schemas'
import { errorSchema, json, jsonError } from '../http/json.ts'
import type { Route } from '../http/route.ts'
import type { SiteBuilder } from './index.ts'
import { publicStatus } from './status.ts'

export const REBUILD_TOKEN_HEADER = 'x-site-rebuild-token'

export interface SiteBuilderRoutesOptions {
  builder: SiteBuilder
  /** Shared with the CMS (SITE_REBUILD_TOKEN); without one, rebuild requests are refused. */
  token?: string
  /** Where to ask "who is this?" for the admin view of the status. */
  cmsUrl?: string
}

function hasToken(request: Request, token: string | undefined): boolean {
  const given = request.headers.get(REBUILD_TOKEN_HEADER)
  if (!token || !given) return false
  const a = Buffer.from(given)
  const b = Buffer.from(token)
  return a.length === b.length && timingSafeEqual(a, b)
}

/** A signed-in user with an admin grant, asked of Payload with the request's own cookie or header. */
async function isAdmin(request: Request, cmsUrl: string | undefined): Promise<boolean> {
  const cookie = request.headers.get('cookie')
  const authorization = request.headers.get('authorization')
  if (!cmsUrl || (!cookie && !authorization)) return false
  const headers = new Headers()
  if (cookie) headers.set('cookie', cookie)
  if (authorization) headers.set('authorization', authorization)
  try {
    const response = await fetch(`${cmsUrl}/api/users/me?depth=0`, {
      headers,
      signal: AbortSignal.timeout(5000),
    })
    if (!response.ok) return false
    const { user } = (await response.json()) as { user?: unknown }
    return hasAnyGrant(asSessionUser(user))
  } catch {
    return false
  }
}

export function siteBuilderRoutes(options: SiteBuilderRoutesOptions): Route[] {
  const { builder, token, cmsUrl } = options
  return [
    {
      method: 'POST',
      path: '/site/rebuild',
      handler: async (request) => {
        if (!hasToken(request, token))
          return jsonError(403, 'forbidden', 'Không có quyền yêu cầu dựng lại trang web.')
        const body = (await request.json().catch(() => ({}))) as { reason?: unknown }
        const reason = typeof body?.reason === 'string' && body.reason ? body.reason.slice(0, 200) : 'yêu cầu'
        builder.request(reason)
        return json({ accepted: true, state: builder.status().state }, { status: 202 })
      },
      operation: {
        operationId: 'siteRebuild',
        summary: 'Yêu cầu dựng lại trang web công khai (do hệ thống quản trị gọi khi nội dung thay đổi)',
        tags: ['Hệ thống'],
        parameters: [
          { name: REBUILD_TOKEN_HEADER, in: 'header', required: true, schema: { type: 'string' } },
        ],
        responses: {
          '202': { description: 'Đã nhận; trang sẽ được dựng lại sau khi các thay đổi lắng xuống' },
          '403': {
            description: 'Sai hoặc thiếu mã bí mật',
            content: { 'application/json': { schema: errorSchema } },
          },
        },
      },
    },
    {
      method: 'GET',
      path: '/site/status',
      handler: async (request) => {
        const status = builder.status()
        const full = hasToken(request, token) || (await isAdmin(request, cmsUrl))
        return json(full ? status : publicStatus(status))
      },
      operation: {
        operationId: 'siteStatus',
        summary:
          'Tình trạng dựng trang web: bản dựng đang phục vụ, lỗi gần nhất (nhật ký chỉ dành cho quản trị)',
        tags: ['Hệ thống'],
        responses: { '200': { description: 'Tình trạng hiện tại' } },
      },
    },
  ]
}
