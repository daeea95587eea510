/** The admin list of the audit log: the columns asked for, each an existing read-only field, times in Vietnam. */
import { importDateFNSLocale } from '@payloadcms/translations'
import { formatDate } from '@payloadcms/ui/shared'
import type { Field } from 'payload'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { ChangesTable } from './admin/ChangesTable.tsx'
import { AuditLog } from './index.ts'

const named = (name: string) =>
  AuditLog.fields.find((f): f is Field & { name: string } => 'name' in f && f.name === name)

describe('the audit log admin list', () => {
  it('shows time, actor, action, collection, org and address, all read-only, labelled in Vietnamese', () => {
    expect(AuditLog.admin?.defaultColumns).toEqual([
      'at',
      'actorName',
      'action',
      'collectionLabel',
      'org',
      'ip',
    ])
    const labels = AuditLog.admin!.defaultColumns!.map((column) => {
      const field = named(column)
      expect(field, column).toBeDefined()
      expect((field as { admin?: { readOnly?: boolean } }).admin?.readOnly, column).toBe(true)
      return ((field as { label?: { vi: string } }).label as { vi: string }).vi
    })
    expect(labels).toEqual([
      'Thời gian',
      'Người thực hiện',
      'Hành động',
      'Loại dữ liệu',
      'Tổ chức',
      'Địa chỉ IP',
    ])
  })

  it('writes the time as dd/mm/yyyy HH:mm in Asia/Ho_Chi_Minh, as the list cell formats it', async () => {
    const at = named('at') as { admin: { date: { displayFormat: string } }; timezone: unknown }
    expect(at.timezone).toBeTruthy()
    const shown = formatDate({
      date: '2026-12-01T18:15:00.000Z',
      i18n: { dateFNS: await importDateFNSLocale('vi') } as never,
      pattern: at.admin.date.displayFormat,
      timezone: 'Asia/Ho_Chi_Minh',
    })
    expect(shown).toBe('02/12/2026 01:15')
  })

  it('shows the changes as a table, secrets as a note and never a value', () => {
    const html = renderToStaticMarkup(
      createElement(ChangesTable, {
        data: {
          changes: [
            { field: 'title', before: 'Bản đầu', after: 'Bản sau' },
            { field: 'activationCode', secret: true },
          ],
          details: { forwardedFor: '6.6.6.6' },
        },
      }),
    )
    expect(html).toMatch(/>title<\/td>/) // no config at hand: the field's name
    expect(html).toContain('Bản đầu')
    expect(html).toContain('Bản sau')
    expect(html).toContain('(giá trị bí mật, không ghi)')
    expect(html).toContain('6.6.6.6')
  })

  it('names a field by its Vietnamese label when the audited collection is known', () => {
    const payload = {
      collections: {
        news: { config: { fields: [{ name: 'title', type: 'text', label: { vi: 'Tiêu đề' } }] } },
      },
    }
    const html = renderToStaticMarkup(
      createElement(ChangesTable, {
        data: { collectionSlug: 'news', changes: [{ field: 'title', before: 'A', after: 'B' }] },
        payload: payload as never,
      }),
    )
    expect(html).toContain('Tiêu đề (title)')
  })
})
