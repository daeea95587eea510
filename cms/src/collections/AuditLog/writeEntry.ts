/** The audit entry of one collection write (create, update or delete), when `writeAction` says it is audited. */
import { type ID, idOf, type Ref } from '@sotay/content-schemas'
import type { PayloadRequest, SanitizedCollectionConfig } from 'payload'
import { changedFields } from './diff.ts'
import type { AuditActor, AuditEntry } from './entry.ts'
import { passwordWasSet } from './hooks/notePasswordChange.ts'
import { auditContextOf, writeAction } from './writeAction.ts'

type Doc = Record<string, unknown>

interface Write {
  collection: SanitizedCollectionConfig
  operation: 'create' | 'update' | 'delete'
  doc: Doc
  previousDoc?: Doc | null
  /** What the author sent: the only place a new password shows (it is stored as a hidden hash). */
  data?: Doc
  req: PayloadRequest
}

/** The org a document concerns: an org is its own (its parent once deleted), anything else its `org`. */
function concernedOrg(slug: string, operation: Write['operation'], doc: Doc): ID | undefined {
  if (slug === 'orgs') return operation === 'delete' ? idOf(doc.parent as Ref) : idOf(doc.id as Ref)
  return idOf(doc.org as Ref)
}

/** The import job runs with no user; its outcome is the importer's. */
async function importer(req: PayloadRequest, doc: Doc): Promise<AuditActor | null | undefined> {
  if (req.user) return undefined
  const id = idOf(doc.importedBy as Ref)
  if (id === undefined) return null
  const found = await req.payload.find({
    collection: 'users',
    where: { id: { equals: id } },
    select: { fullName: true, username: true },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return (found.docs[0] as AuditActor | undefined) ?? { id }
}

/** An import's entry carries its counts, which the job writes in batches rather than in the final update. */
const importCounts = (doc: Doc) => ({
  totalRows: doc.totalRows ?? null,
  validRows: doc.validRows ?? null,
  created: doc.created ?? null,
  updated: doc.updated ?? null,
})

export async function writeEntry({
  collection,
  operation,
  doc,
  previousDoc,
  data,
  req,
}: Write): Promise<AuditEntry | null> {
  const before = operation === 'create' ? null : (previousDoc ?? (operation === 'delete' ? doc : null))
  const after = operation === 'delete' ? null : doc
  const changes = changedFields(collection.fields, before, after)
  if (collection.auth && operation !== 'delete' && passwordWasSet(req, doc.id, data)) {
    changes.push({ field: 'password', secret: true })
  }
  const facts = { collection: collection.slug, operation, changes, doc, previousDoc, req }
  const action = writeAction(facts)
  if (!action) return null

  const context = auditContextOf(req)
  const titleField = collection.admin?.useAsTitle
  const title = titleField && titleField !== 'id' ? doc[titleField] : undefined
  const org = concernedOrg(collection.slug, operation, doc)
  return {
    action,
    actor: action === 'import' ? await importer(req, doc) : undefined,
    collection: collection.slug,
    docId: idOf(doc.id as Ref) ?? null,
    docTitle: typeof title === 'string' ? title : null,
    ...(org !== undefined ? { org } : {}),
    changes,
    ...(context?.details || action === 'import'
      ? { details: { ...(action === 'import' ? importCounts(doc) : {}), ...context?.details } }
      : {}),
    ...(context?.ip !== undefined ? { ip: context.ip } : {}),
  }
}
