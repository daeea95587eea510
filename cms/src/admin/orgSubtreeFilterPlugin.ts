/**
 * Every org-owned list (a collection with `orgAncestors`) can be narrowed to a subtree above its table. A plugin,
 * not a line in each collection, so collections from every folder get it; it runs before the audit log's plugin,
 * whose list keeps its own filters.
 */
import type { CollectionConfig, Config, Plugin } from 'payload'

const FILTER = '/admin/OrgSubtreeFilter#OrgSubtreeFilter'

const isOrgOwned = (collection: CollectionConfig) =>
  collection.fields.some((f) => 'name' in f && f.name === 'orgAncestors')

function withSubtreeFilter(collection: CollectionConfig): CollectionConfig {
  if (!isOrgOwned(collection)) return collection
  const others = collection.admin?.components?.beforeListTable ?? []
  const components = { ...collection.admin?.components, beforeListTable: [FILTER, ...others] }
  return { ...collection, admin: { ...collection.admin, components } }
}

export const orgSubtreeFilterPlugin =
  (): Plugin =>
  (config: Config): Config => ({ ...config, collections: (config.collections ?? []).map(withSubtreeFilter) })
