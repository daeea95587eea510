/** The header's member tab: asks who is signed in only when this browser had a member (member/memberHint.ts). */
import { memberHinted, rememberMember } from '../member/memberHint.ts'

async function confirmSession() {
  const response = await fetch('/fn/session/me', { credentials: 'same-origin' }).catch(() => null)
  // Offline: keep the hint; a member's saved pages still open from the cache.
  if (!response) return
  rememberMember(response.ok)
}

// The member app's pages answer for themselves (MemberApp asks /fn/session/me once).
if (memberHinted() && !location.pathname.startsWith('/thanh-vien/')) void confirmSession()
