/** One section inside the shell: its island loaded on demand, or "Sắp có" until its engineer registers it. */

import type { Member } from '@sotay/functions/types'
import { lazy, Suspense, useMemo } from 'react'
import type { MemberSection } from './sections.ts'

export function SectionView({ section, member }: { section: MemberSection; member: Member }) {
  const Island = useMemo(() => (section.load ? lazy(section.load) : null), [section])
  return (
    <section aria-labelledby="mv-section-title">
      <p>
        <a className="mv-back" href="/thanh-vien/">
          ← Trang thành viên
        </a>
      </p>
      <h1 id="mv-section-title">{section.title}</h1>
      {Island ? (
        <Suspense fallback={<p role="status">Đang tải…</p>}>
          <Island member={member} />
        </Suspense>
      ) : (
        <div className="mv-card mv-soon">
          <p>
            <strong>Sắp có</strong>
          </p>
          <p className="muted">Mục này đang được xây dựng và sẽ sớm có mặt.</p>
        </div>
      )}
    </section>
  )
}
