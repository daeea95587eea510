/** The open item of a section lives in the address's hash (#<slug>), so one static page serves every item. */
import { useEffect, useState } from 'react'

const current = () => (typeof window === 'undefined' ? '' : decodeURIComponent(window.location.hash.slice(1)))

export function useHashRef(): [string, (ref: string) => void] {
  const [ref, setRef] = useState(current)
  useEffect(() => {
    const onHash = () => setRef(current())
    window.addEventListener('hashchange', onHash)
    window.addEventListener('popstate', onHash)
    return () => {
      window.removeEventListener('hashchange', onHash)
      window.removeEventListener('popstate', onHash)
    }
  }, [])
  const go = (next: string) => {
    if (next) window.location.hash = encodeURIComponent(next)
    else {
      history.pushState(null, '', window.location.pathname)
      setRef('')
    }
    window.scrollTo(0, 0)
  }
  return [ref, go]
}
