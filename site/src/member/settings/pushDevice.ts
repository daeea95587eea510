/**
 * This browser's push subscription: subscribe with the server's VAPID key and register it at /fn/devices.
 * The member app calls refreshDevice() on every open, so a live device keeps its lastSeenAt fresh (devices
 * unseen for long are pruned; Apple's push service never says a subscription expired).
 */

export type PushSupport = 'supported' | 'unsupported' | 'denied'

export function pushSupport(): PushSupport {
  if (
    typeof window === 'undefined' ||
    !('serviceWorker' in navigator) ||
    !('PushManager' in window) ||
    !('Notification' in window)
  ) {
    return 'unsupported'
  }
  return Notification.permission === 'denied' ? 'denied' : 'supported'
}

async function post(method: 'POST' | 'DELETE', body: unknown): Promise<void> {
  const response = await fetch('/fn/devices', {
    method,
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  if (!response.ok) {
    const message = (await response.json().catch(() => null))?.error?.message
    throw new Error(message ?? 'Không đăng ký được thiết bị. Vui lòng thử lại.')
  }
}

/** The VAPID key as bytes: every browser takes these, not all take the base64url text. */
function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 = base64url
    .replace(/-/g, '+')
    .replace(/_/g, '/')
    .padEnd(Math.ceil(base64url.length / 4) * 4, '=')
  const binary = atob(base64)
  const bytes = new Uint8Array(new ArrayBuffer(binary.length))
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

/** A weak network must not leave the member watching "Đang xử lý…" forever. */
function within<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(message)), ms)
    promise.then(
      (value) => {
        clearTimeout(timer)
        resolve(value)
      },
      (error) => {
        clearTimeout(timer)
        reject(error)
      },
    )
  })
}

export async function currentSubscription(): Promise<PushSubscription | null> {
  if (pushSupport() === 'unsupported') return null
  const registration = await navigator.serviceWorker.getRegistration('/')
  return (await registration?.pushManager.getSubscription()) ?? null
}

/** Asks permission (the button press is the user gesture), subscribes, and registers the device. */
export async function enablePush(): Promise<PushSubscription> {
  const permission = await Notification.requestPermission()
  if (permission !== 'granted')
    throw new Error('Bạn chưa cho phép trang gửi thông báo. Hãy bật lại trong cài đặt trình duyệt.')
  const registration = await within(
    navigator.serviceWorker.ready,
    15_000,
    'Ứng dụng chưa sẵn sàng trên máy này. Hãy tải lại trang rồi thử lại.',
  )
  const { publicKey } = (await (await fetch('/fn/push/public-key')).json()) as { publicKey: string }
  const existing = await registration.pushManager.getSubscription()
  let subscription = existing
  try {
    subscription ??= await within(
      registration.pushManager.subscribe({
        userVisibleOnly: true,
        applicationServerKey: keyBytes(publicKey),
      }),
      20_000,
      'timeout',
    )
  } catch {
    // The browser's own message is in English ("Registration failed - push service error").
    throw new Error('Trình duyệt chưa kết nối được dịch vụ thông báo. Hãy kiểm tra mạng và thử lại.')
  }
  await post('POST', subscription.toJSON())
  return subscription
}

export async function disablePush(): Promise<void> {
  const subscription = await currentSubscription()
  if (!subscription) return
  await post('DELETE', { endpoint: subscription.endpoint }).catch(() => {})
  await subscription.unsubscribe()
}

/** On every open of the member app: re-register the existing subscription (never prompts). */
export async function refreshDevice(): Promise<void> {
  const subscription = await currentSubscription().catch(() => null)
  if (subscription) await post('POST', subscription.toJSON()).catch(() => {})
}
