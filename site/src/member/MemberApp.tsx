/**
 * The member app's one island: asks who is signed in, then shows the sign-in or activation form, the home,
 * or a section from sections.ts. Each /thanh-vien/ page mounts it with the view it shows.
 */

import type { Member } from '@sotay/functions/types'
import { type ReactNode, useEffect } from 'react'
import { ActivateForm } from './ActivateForm.tsx'
import { InstallPrompt } from './install/InstallPrompt.tsx'
import { LoginForm } from './LoginForm.tsx'
import { MemberHome } from './MemberHome.tsx'
import { rememberMember } from './memberHint.ts'
import { useSavedCopyBanner } from './offline/useSavedCopyBanner.ts'
import { SectionView } from './SectionView.tsx'
import { sectionBySlug } from './sections.ts'
import { signOut, useMember } from './useMember.ts'
import './member.css'

export interface MemberAppProps {
  view: 'home' | 'login' | 'activate' | 'section'
  /** For view "section": the slug of the section. */
  section?: string
}

const goHome = () => window.location.assign('/thanh-vien/')

export default function MemberApp({ view, section }: MemberAppProps) {
  const { state, setSignedIn } = useMember()
  useSavedCopyBanner()
  // The public header's member tab reads this to say "Của tôi" instead of "Đăng nhập".
  useEffect(() => {
    if (state.kind === 'signed-in' || state.kind === 'signed-out') rememberMember(state.kind === 'signed-in')
  }, [state.kind])
  const onSignedIn = (member: Member) =>
    view === 'login' || view === 'activate' ? goHome() : setSignedIn(member)

  let body: ReactNode
  if (state.kind === 'loading') body = <p role="status">Đang tải…</p>
  else if (state.kind === 'error')
    body = (
      <div className="mv-error" role="alert">
        {state.message}
      </div>
    )
  else if (view === 'activate') body = <ActivateForm onSignedIn={onSignedIn} />
  else if (state.kind === 'signed-out' || view === 'login') {
    body =
      state.kind === 'signed-in' ? (
        <p>
          Bạn đã đăng nhập. <a href="/thanh-vien/">Về trang thành viên</a>
        </p>
      ) : (
        <LoginForm onSignedIn={onSignedIn} />
      )
  } else {
    const found = view === 'section' && section ? sectionBySlug(section) : undefined
    body = found ? (
      <SectionView section={found} member={state.member} />
    ) : (
      <MemberHome member={state.member} />
    )
  }

  return (
    <div className="mv-app">
      {state.kind === 'signed-in' && (
        <div className="mv-bar">
          <span className="mv-who">{state.member.fullName}</span>
          <button type="button" className="button secondary mv-signout" onClick={() => void signOut()}>
            Đăng xuất
          </button>
        </div>
      )}
      {/* Offered on the home screen only: over an open notice or document it would push the text down. */}
      {state.kind === 'signed-in' && view === 'home' && <InstallPrompt />}
      {body}
    </div>
  )
}
