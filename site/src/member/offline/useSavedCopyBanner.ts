/**
 * Shows the page's offline banner ("Bạn đang ngoại tuyến — đang hiển thị bản đã lưu", Base layout) whenever the
 * service worker answered the member app with a saved copy, even while the phone believes it is online.
 */
import { useEffect } from 'react'
import { SAVED_COPY_EVENT } from '../api.ts'

export function useSavedCopyBanner(): void {
  useEffect(() => {
    const show = () => document.getElementById('offline-banner')?.removeAttribute('hidden')
    window.addEventListener(SAVED_COPY_EVENT, show)
    return () => window.removeEventListener(SAVED_COPY_EVENT, show)
  }, [])
}
