'use client'
/** "Lọc theo tổ chức": narrows any org-owned list to one organisation and everything below it. */
import { useListQuery, useTranslation } from '@payloadcms/ui'
import { type ChangeEvent, useEffect, useState } from 'react'

type OrgOption = { id: number | string; name: string; depth: number }

const TEXT = {
  vi: { label: 'Lọc theo tổ chức (gồm cấp dưới)', all: 'Tất cả tổ chức' },
  en: { label: 'Filter by organisation (with those below)', all: 'All organisations' },
}

export function OrgSubtreeFilter() {
  const { i18n } = useTranslation()
  const { handleWhereChange, query } = useListQuery()
  const [orgs, setOrgs] = useState<OrgOption[]>([])
  const text = i18n.language === 'en' ? TEXT.en : TEXT.vi
  const current = (query?.where as any)?.or?.[0]?.org?.equals ?? ''

  useEffect(() => {
    fetch('/api/orgs?limit=1000&depth=0&sort=path&select[name]=true&select[depth]=true', {
      credentials: 'include',
    })
      .then((r) => r.json())
      .then((body) => setOrgs(body.docs ?? []))
      .catch(() => setOrgs([]))
  }, [])

  const onChange = (event: ChangeEvent<HTMLSelectElement>) => {
    const id = event.target.value
    void handleWhereChange?.(id ? { or: [{ org: { equals: id } }, { orgAncestors: { in: [id] } }] } : {})
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
