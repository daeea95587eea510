/**
 * `auditLogPlugin()`: adds the audit log, appends its write hooks to every other collection (so a collection
 * added later is audited without anyone remembering to), wraps the endpoints that export personal data, and
 * schedules retention.
 */
import type { CollectionConfig, Config, Plugin } from 'payload'
import { withAuditedEndpoints } from './auditedEndpoints.ts'
import { AUDIT_LOG_SLUG } from './entry.ts'
import { notePasswordChange } from './hooks/notePasswordChange.ts'
import { recordDelete } from './hooks/recordDelete.ts'
import { recordWrite } from './hooks/recordWrite.ts'
import { AuditLog } from './index.ts'
import { recordSignInEvents } from './recordSignInEvents.ts'
import { pruneAuditLogTask } from './retention.ts'

export interface AuditLogOptions {
  /**
   * Collections whose writes are never audited. By default the rows the server writes for members by the
   * thousand (inbox rows, delivery claims) and members' own devices: nobody writes them with admin power.
   */
  skip?: string[]
}

const DEFAULT_SKIP = ['inbox', 'deliveries', 'devices']

function withAuditHooks(collection: CollectionConfig): CollectionConfig {
  const hooks = collection.hooks ?? {}
  return withAuditedEndpoints({
    ...collection,
    hooks: {
      ...hooks,
      ...(collection.auth ? { beforeChange: [...(hooks.beforeChange ?? []), notePasswordChange] } : {}),
      afterChange: [...(hooks.afterChange ?? []), recordWrite],
      afterDelete: [...(hooks.afterDelete ?? []), recordDelete],
    },
  })
}

export const auditLogPlugin =
  (options: AuditLogOptions = {}): Plugin =>
  (config: Config): Config => {
    recordSignInEvents()
    const skip = new Set([AUDIT_LOG_SLUG, ...(options.skip ?? DEFAULT_SKIP)])
    const collections = (config.collections ?? []).map((c) => (skip.has(c.slug) ? c : withAuditHooks(c)))
    const jobs = config.jobs ?? {}
    return {
      ...config,
      collections: [...collections, AuditLog],
      jobs: { ...jobs, tasks: [...(jobs.tasks ?? []), pruneAuditLogTask] },
    }
  }
