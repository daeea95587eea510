/* Sổ tay Đảng viên: push notices in the service worker (imported by sw.ts with importScripts('/sw-push.js')). */
/* global self, clients */

self.addEventListener('push', (event) => {
  let notice = {}
  try {
    notice = event.data ? event.data.json() : {}
  } catch {
    notice = { body: event.data ? event.data.text() : '' }
  }
  const urgent = notice.priority === 'khan'
  const title = notice.title || 'Thông báo mới'
  event.waitUntil(
    self.registration.showNotification(title, {
      body: notice.body || 'Mở Sổ tay Đảng viên để đọc thông báo.',
      lang: 'vi',
      icon: '/icons/icon-192.png',
      badge: '/icons/icon-192.png',
      // One notification per notice: a repeat replaces it instead of ringing twice.
      tag: notice.noticeId ? `thong-bao-${notice.noticeId}` : undefined,
      renotify: false,
      requireInteraction: urgent,
      vibrate: urgent ? [200, 100, 200, 100, 400] : [200],
      data: { url: notice.url || '/thanh-vien/' },
    }),
  )
})

self.addEventListener('notificationclick', (event) => {
  event.notification.close()
  const target = new URL(event.notification.data?.url || '/thanh-vien/', self.location.origin).href
  event.waitUntil(
    clients.matchAll({ type: 'window', includeUncontrolled: true }).then((windows) => {
      const open =
        windows.find((w) => w.url === target) ||
        windows.find((w) => new URL(w.url).origin === self.location.origin)
      if (open) return open.navigate(target).then((w) => (w || open).focus())
      return clients.openWindow(target)
    }),
  )
})

// The browser replaced an expired subscription: register the new one (the session cookie goes along).
self.addEventListener('pushsubscriptionchange', (event) => {
  event.waitUntil(
    (async () => {
      const old = event.oldSubscription
      const key = old?.options?.applicationServerKey
      const fresh =
        event.newSubscription ||
        (key &&
          (await self.registration.pushManager.subscribe({
            userVisibleOnly: true,
            applicationServerKey: key,
          })))
      if (!fresh) return
      await fetch('/fn/devices', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(fresh.toJSON()),
      })
    })(),
  )
})
