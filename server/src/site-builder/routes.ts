/**
 * POST /fn/site/rebuild (the CMS hooks, with the shared token) and GET /fn/site/status (anyone; the build log
 * only for the token or a signed-in admin).
 */
import { timingSafeEqual } from 'node:crypto'
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import { asSessionUser, hasAnyGrant } from '@sotay/content-schemas'
import { answer, type FnEnv, json, jsonError, mount, refusal } from '@sotay/functions'
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

const TokenHeader = z.object({
  [REBUILD_TOKEN_HEADER]: z.string().optional().openapi({ description: 'Mã bí mật dùng chung với CMS' }),
})

const rebuildRoute = createRoute({
  method: 'post',
  path: '/site/rebuild',
  operationId: 'siteRebuild',
  summary: 'Yêu cầu dựng lại trang web công khai (do hệ thống quản trị gọi khi nội dung thay đổi)',
  tags: ['Hệ thống'],
  request: { headers: TokenHeader },
  responses: {
    202: answer(
      'Đã nhận; trang sẽ được dựng lại sau khi các thay đổi lắng xuống',
      z.object({ accepted: z.literal(true), state: z.string() }),
    ),
    403: refusal('Sai hoặc thiếu mã bí mật'),
  },
})

const statusRoute = createRoute({
  method: 'get',
  path: '/site/status',
  operationId: 'siteStatus',
  summary: 'Tình trạng dựng trang web: bản dựng đang phục vụ, lỗi gần nhất (nhật ký chỉ dành cho quản trị)',
  tags: ['Hệ thống'],
  request: { headers: TokenHeader },
  responses: { 200: answer('Tình trạng hiện tại', z.record(z.string(), z.unknown())) },
})

export function siteBuilderRoutes(options: SiteBuilderRoutesOptions): OpenAPIHono<FnEnv> {
  const { builder, token, cmsUrl } = options
  const app = new OpenAPIHono<FnEnv>()
  mount(app, rebuildRoute, async (c) => {
    if (!hasToken(c.req.raw, token))
      return jsonError(403, 'forbidden', 'Không có quyền yêu cầu dựng lại trang web.')
    // The reason is only for the log: any body, or none, is accepted.
    const body = (await c.req.raw.json().catch(() => ({}))) as { reason?: unknown }
    const reason = typeof body?.reason === 'string' && body.reason ? body.reason.slice(0, 200) : 'yêu cầu'
    builder.request(reason)
    return json({ accepted: true, state: builder.status().state }, { status: 202 })
  })
  mount(app, statusRoute, async (c) => {
    const status = builder.status()
    const full = hasToken(c.req.raw, token) || (await isAdmin(c.req.raw, cmsUrl))
    return json(full ? status : publicStatus(status))
  })
  return app
}
