/**
 * Payload adds its own collections and globals while it sanitises the config (after every plugin has run):
 * document locks, preferences and the job statistics open to any signed-in user, jobs and migrations closed
 * by anonymous functions. This
 * puts the handbook's named rules on them, so they obey the same rules and the access matrix can judge them.
 */
import { manageLocks, ownPreferences, readLocks, systemOnly, undeclaredAccess } from '@sotay/content-schemas'
import type { Access, SanitizedConfig } from 'payload'

type Rules = Record<string, Access>

const server: Rules = { create: systemOnly, read: systemOnly, update: systemOnly, delete: systemOnly }

export const SYSTEM_COLLECTION_RULES: Record<string, Rules> = {
  'payload-locked-documents': {
    create: manageLocks,
    read: readLocks,
    update: manageLocks,
    delete: manageLocks,
  },
  // The admin saves preferences through Payload's own endpoints, which write with the database adapter.
  'payload-preferences': {
    create: systemOnly,
    read: ownPreferences,
    update: ownPreferences,
    delete: ownPreferences,
  },
  'payload-jobs': server,
  'payload-migrations': server,
  'payload-kv': server,
  'payload-query-presets': server,
  'payload-folders': server,
}

export function lockDownSystemCollections(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections) {
    const rules = SYSTEM_COLLECTION_RULES[collection.slug]
    if (rules) Object.assign(collection.access, rules)
    // A system collection a later Payload version adds is closed until someone gives it rules.
    else if (collection.slug.startsWith('payload-')) {
      for (const operation of Object.keys(collection.access)) {
        if (operation !== 'admin') (collection.access as Rules)[operation] = undeclaredAccess
      }
    }
  }
  for (const global of config.globals) {
    if (global.slug.startsWith('payload-'))
      Object.assign(global.access, { read: systemOnly, update: systemOnly })
  }
  return config
}
