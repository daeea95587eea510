/**
 * "A member is signed in on this browser": a localStorage hint (no secret) that the public header's member tab
 * reads, so anonymous readers never ask /fn/session/me, and the tab itself ("Đăng nhập" or "Của tôi").
 */
export const MEMBER_HINT = 'sotay-thanh-vien'

/** Keeps the hint and the header's tab (#member-tab, components/Header.astro) in step with the session. */
export function rememberMember(signedIn: boolean): void {
  try {
    if (signedIn) localStorage.setItem(MEMBER_HINT, '1')
    else localStorage.removeItem(MEMBER_HINT)
  } catch {
    // Private mode: the hint lasts for this page only.
  }
  const tab = document.getElementById('member-tab')
  if (!tab) return
  const { signedInHref, signedInLabel, signedOutHref, signedOutLabel } = tab.dataset
  const href = signedIn ? signedInHref : signedOutHref
  const label = signedIn ? signedInLabel : signedOutLabel
  if (href) tab.setAttribute('href', href)
  const text = tab.querySelector('span')
  if (text && label) text.textContent = label
}

export function memberHinted(): boolean {
  try {
    return localStorage.getItem(MEMBER_HINT) === '1'
  } catch {
    return false
  }
}
