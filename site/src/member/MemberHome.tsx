/** The signed-in home (trang thành viên): who you are, your cell, and the sections. */

import type { Member } from '@sotay/functions/types'
import { SECTIONS } from './sections.ts'

export function MemberHome({ member }: { member: Member }) {
  return (
    <>
      <section className="mv-card" aria-labelledby="mv-hello">
        <h1 id="mv-hello">Xin chào, {member.fullName}</h1>
        <p className="mv-org">{member.org ? member.org.name : 'Chưa có chi bộ sinh hoạt'}</p>
        <p className="muted">Số thẻ đảng viên: {member.cardNumber}</p>
      </section>
      <nav aria-label="Các mục của đảng viên">
        <ul className="mv-sections">
          {SECTIONS.map((section) => (
            <li key={section.slug}>
              <a href={`/thanh-vien/${section.slug}/`}>
                <strong>{section.title}</strong>
                <span>{section.description}</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </>
  )
}
