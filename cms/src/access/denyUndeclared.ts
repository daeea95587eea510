/**
 * Deny by default: Payload lets any signed-in user do whatever a collection or global leaves undeclared
 * (its `defaultAccess`). This plugin, last in the list, fills every undeclared operation with a rule that
 * refuses, so a forgotten rule closes a door instead of opening it; the access matrix test reports them.
 */
import { undeclaredAccess } from '@sotay/content-schemas'
import type { CollectionConfig, GlobalConfig, Plugin } from 'payload'

/** The operations each kind of collection has, as Payload names them in `access`. */
export function collectionOperations(collection: Pick<CollectionConfig, 'versions' | 'auth'>): string[] {
  return [
    'create',
    'read',
    'update',
    'delete',
    ...(collection.versions ? ['readVersions'] : []),
    ...(collection.auth ? ['unlock'] : []),
  ]
}

export function globalOperations(global: Pick<GlobalConfig, 'versions'>): string[] {
  return ['read', 'update', ...(global.versions ? ['readVersions', 'readDrafts'] : [])]
}

const declared = <T extends { access?: object }>(config: T, operations: string[]): T => {
  const access: Record<string, unknown> = { ...config.access }
  for (const operation of operations) access[operation] ??= undeclaredAccess
  return { ...config, access }
}

export const denyUndeclaredAccess = (): Plugin => (config) => ({
  ...config,
  collections: config.collections?.map((c) => declared(c, collectionOperations(c))),
  globals: config.globals?.map((g) => declared(g, globalOperations(g))),
})
