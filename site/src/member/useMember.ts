/** Who is signed in, asked once per page from /fn/session/me. */

import type { Member, MemberAnswer } from '@sotay/functions/types'
import { useCallback, useEffect, useState } from 'react'
import { fn } from './api.ts'
import { bindMember, forgetMember } from './offline/index.ts'

export type MemberState =
  | { kind: 'loading' }
  | { kind: 'signed-out' }
  | { kind: 'signed-in'; member: Member }
  | { kind: 'error'; message: string }

export function useMember() {
  const [state, setState] = useState<MemberState>({ kind: 'loading' })
  const refresh = useCallback(async () => {
    const result = await fn<MemberAnswer>('/session/me')
    // The offline store follows who is signed in: another member's copies go, and all of them at sign-out.
    if (result.ok) {
      await bindMember(result.data.member.id)
      setState({ kind: 'signed-in', member: result.data.member })
    } else if (result.status === 401) {
      await forgetMember()
      setState({ kind: 'signed-out' })
    } else setState({ kind: 'error', message: result.message })
  }, [])
  useEffect(() => {
    void refresh()
  }, [refresh])
  const setSignedIn = (member: Member) => {
    void bindMember(member.id)
    setState({ kind: 'signed-in', member })
  }
  return { state, setSignedIn, refresh }
}

export async function signOut(): Promise<void> {
  await fn('/session/logout', {})
  // Even when the server could not be reached: nothing private stays on a shared phone.
  await forgetMember()
  window.location.assign('/thanh-vien/dang-nhap/')
}
