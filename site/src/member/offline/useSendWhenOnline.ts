/**
 * Sends what waits on the phone (a quiz's answers, a survey's): at once, when the network comes back, and every
 * 15 s while something waits, since cheap phones do not always say when the network is back.
 */
import { useEffect } from 'react'

export function useSendWhenOnline(send: () => void, waiting: boolean): void {
  useEffect(() => {
    send()
    window.addEventListener('online', send)
    return () => window.removeEventListener('online', send)
  }, [send])
  useEffect(() => {
    if (!waiting) return
    const timer = window.setInterval(send, 15_000)
    return () => window.clearInterval(timer)
  }, [waiting, send])
}
