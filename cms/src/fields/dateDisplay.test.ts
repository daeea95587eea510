/** Every date the admin shows reads dd/mm/yyyy (HH:mm), never Payload's "MM/dd/yyyy" or "MMM d, yyy h:mm a". */
import { importDateFNSLocale } from '@payloadcms/translations'
import { formatDate } from '@payloadcms/ui/shared'
import { DATE_PATTERN, DATE_TIME_PATTERN, VIETNAM_TIME_ZONE } from '@sotay/content-schemas/text/dates'
import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'
import { testPayload } from '../../test/payload.ts'

/** Payload's own timestamps are shown with the config's `admin.dateFormat`, checked below. */
const OWN_TIMESTAMPS = new Set(['createdAt', 'updatedAt'])
/** Payload's auth fields (lockUntil, sessions...) are never shown. */
const shown = (field: Field) => {
  const admin = field.admin as { hidden?: boolean; disabled?: boolean } | undefined
  return !('hidden' in field && field.hidden) && !admin?.hidden && !admin?.disabled
}

function dateFields(fields: Field[], prefix = ''): { path: string; displayFormat?: string }[] {
  return fields.filter(shown).flatMap((field) => {
    const name = 'name' in field ? `${prefix}${field.name}` : prefix
    if (field.type === 'date') {
      return OWN_TIMESTAMPS.has(name) ? [] : [{ path: name, displayFormat: field.admin?.date?.displayFormat }]
    }
    if (field.type === 'tabs') return field.tabs.flatMap((tab) => dateFields(tab.fields, prefix))
    if ('fields' in field && Array.isArray(field.fields)) {
      return dateFields(field.fields, 'name' in field ? `${name}.` : prefix)
    }
    return []
  })
}

describe('dates in the admin', () => {
  it('formats every date field of ours as dd/mm/yyyy or dd/mm/yyyy HH:mm', async () => {
    const payload = await testPayload()
    expect(payload.config.admin.dateFormat).toBe(DATE_TIME_PATTERN)
    const found = payload.config.collections
      .filter((c) => !c.slug.startsWith('payload-'))
      .flatMap((c) => dateFields(c.fields).map((f) => ({ ...f, path: `${c.slug}.${f.path}` })))
    expect(found.length).toBeGreaterThan(10)
    const wrong = found.filter(
      (f) => f.displayFormat !== DATE_PATTERN && f.displayFormat !== DATE_TIME_PATTERN,
    )
    expect(wrong).toEqual([])
  })

  it('reads 1 December as 01/12, in Vietnam time', async () => {
    const i18n = { dateFNS: await importDateFNSLocale('vi') } as never
    const at = '2026-11-30T18:10:00.000Z' // 01:10 on 1 December in Vietnam
    const show = (pattern: string) => formatDate({ date: at, i18n, pattern, timezone: VIETNAM_TIME_ZONE })
    expect(show(DATE_PATTERN)).toBe('01/12/2026')
    expect(show(DATE_TIME_PATTERN)).toBe('01/12/2026 01:10')
  })
})
