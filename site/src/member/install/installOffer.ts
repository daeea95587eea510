/** Whether to offer "Thêm vào màn hình chính" on this phone, and how; answered once, remembered in localStorage. */

export const INSTALL_ANSWERED_KEY = 'sotay-them-man-hinh-chinh'

export type InstallOffer = 'none' | 'ios' | 'browser'

interface PhoneWindow {
  localStorage: Pick<Storage, 'getItem' | 'setItem'>
  matchMedia(query: string): { matches: boolean }
  navigator: { userAgent: string }
}

export function installOffer(win: PhoneWindow | undefined): InstallOffer {
  if (!win) return 'none'
  try {
    if (win.localStorage.getItem(INSTALL_ANSWERED_KEY)) return 'none'
  } catch {
    // Private mode: offer it, the answer lasts for this page.
  }
  // Already opened from the home screen.
  if (win.matchMedia('(display-mode: standalone)').matches) return 'none'
  return /iPhone|iPad|iPod/.test(win.navigator.userAgent) ? 'ios' : 'browser'
}

export function rememberInstallAnswered(win: PhoneWindow): void {
  try {
    win.localStorage.setItem(INSTALL_ANSWERED_KEY, '1')
  } catch {
    // Private mode: nothing to remember with.
  }
}
