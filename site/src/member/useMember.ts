/** Who is signed in, asked once per page from /fn/session/me. */

import type { Member, MemberAnswer } from '@sotay/functions/types'
import { useCallback, useEffect, useState } from 'react'
import { fn } from './api.ts'

export type MemberState =
  | { kind: 'loading' }
  | { kind: 'signed-out' }
  | { kind: 'signed-in'; member: Member }
  | { kind: 'error'; message: string }

export function useMember() {
  const [state, setState] = useState<MemberState>({ kind: 'loading' })
  const refresh = useCallback(async () => {
    const result = await fn<MemberAnswer>('/session/me')
    if (result.ok) setState({ kind: 'signed-in', member: result.data.member })
    else if (result.status === 401) setState({ kind: 'signed-out' })
    else setState({ kind: 'error', message: result.message })
  }, [])
  useEffect(() => {
    void refresh()
  }, [refresh])
  return { state, setSignedIn: (member: Member) => setState({ kind: 'signed-in', member }), refresh }
}

export async function signOut(): Promise<void> {
  await fn('/session/logout', {})
  window.location.assign('/thanh-vien/dang-nhap/')
}
