/**
 * Custom endpoints that hand out personal data or act on an account, audited from outside so the endpoints
 * themselves stay unaware of the log: an export is recorded before its answer leaves (no trace, no export),
 * a card reissue names its write so that the write's own entry says what it was.
 */
import type { CollectionConfig, Endpoint, PayloadHandler, PayloadRequest } from 'payload'
import type { AuditAction } from './actions.ts'
import { AUDIT_CONTEXT, type AuditContext } from './entry.ts'
import { recordAudit } from './record.ts'

const refuse = (message: string) => Response.json({ errors: [{ message }] }, { status: 503 })

/** An export of personal data (the activation-code slips or CSV): who took which org's list, in what form. */
const recordExport =
  (collection: string, what: string, handler: PayloadHandler): PayloadHandler =>
  async (req) => {
    const response = await handler(req)
    if (!response.ok) return response
    const org = req.query?.org ? String(req.query.org) : undefined
    try {
      await recordAudit(req, {
        action: 'export',
        collection,
        ...(org ? { org } : {}),
        details: { what, format: String(req.query?.format ?? 'csv'), org: org ?? 'tất cả' },
      })
    } catch (err) {
      req.payload.logger.error({ err }, 'audit: export not recorded, refused')
      return refuse('Chưa ghi được nhật ký kiểm toán nên chưa thể xuất dữ liệu. Vui lòng thử lại sau.')
    }
    return response
  }

/** A write made by an endpoint, named in the request's context for the write's own entry. */
const nameWrite =
  (action: AuditAction, handler: PayloadHandler): PayloadHandler =>
  (req: PayloadRequest) => {
    const audit: AuditContext = { action }
    req.context = { ...req.context, [AUDIT_CONTEXT]: audit }
    return handler(req)
  }

type Wrap = (collection: string, handler: PayloadHandler) => PayloadHandler

/** Endpoint path → how it is audited, per collection. */
const AUDITED: Record<string, Record<string, Wrap>> = {
  users: {
    '/activation-codes': (collection, handler) => recordExport(collection, 'activation-codes', handler),
    '/:id/reissue-card': (_, handler) => nameWrite('reissue-card', handler),
  },
}

export function withAuditedEndpoints(collection: CollectionConfig): CollectionConfig {
  const wraps = AUDITED[collection.slug]
  if (!wraps || !Array.isArray(collection.endpoints)) return collection
  const endpoints = collection.endpoints.map((endpoint): Endpoint => {
    const wrap = wraps[endpoint.path]
    return wrap ? { ...endpoint, handler: wrap(collection.slug, endpoint.handler) } : endpoint
  })
  return { ...collection, endpoints }
}
