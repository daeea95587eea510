'use client'
/** "Lọc theo tổ chức": narrows any org-owned list to one organisation and everything below it. */
import { useListQuery, useTranslation } from '@payloadcms/ui'
import { underPaths } from '@sotay/content-schemas/access/paths'
import { type ChangeEvent, useEffect, useState } from 'react'

type OrgOption = { id: number | string; name: string; depth: number; path?: string | null }

const TEXT = {
  vi: { label: 'Lọc theo tổ chức (gồm cấp dưới)', all: 'Tất cả tổ chức' },
  en: { label: 'Filter by organisation (with those below)', all: 'All organisations' },
}

export function OrgSubtreeFilter() {
  const { i18n } = useTranslation()
  const { handleWhereChange, query } = useListQuery()
  const [orgs, setOrgs] = useState<OrgOption[]>([])
  const text = i18n.language === 'en' ? TEXT.en : TEXT.vi
  // The filter is one range on `orgPath` (underPaths): the org chosen is the one whose path starts it.
  const from = (query?.where as any)?.and?.[0]?.orgPath?.greater_than_equal
  const current = orgs.find((org) => org.path && org.path === from)?.id ?? ''

  useEffect(() => {
    fetch('/api/orgs?limit=1000&depth=0&sort=path&select[name]=true&select[depth]=true&select[path]=true', {
      credentials: 'include',
    })
      .then((r) => r.json())
      .then((body) => setOrgs(body.docs ?? []))
      .catch(() => setOrgs([]))
  }, [])

  const onChange = (event: ChangeEvent<HTMLSelectElement>) => {
    const path = orgs.find((org) => String(org.id) === event.target.value)?.path
    void handleWhereChange?.(path ? underPaths([path]) : {})
  }

  return (
    <label style={{ display: 'flex', gap: 12, alignItems: 'center', margin: '0 0 16px' }}>
      <span>{text.label}</span>
      <select value={String(current)} onChange={onChange} style={{ padding: '6px 8px', minWidth: 280 }}>
        <option value="">{text.all}</option>
        {orgs.map((org) => (
          <option key={org.id} value={String(org.id)}>
            {`${'\u00a0\u00a0'.repeat(org.depth ?? 0)}${org.name}`}
          </option>
        ))}
      </select>
    </label>
  )
}
