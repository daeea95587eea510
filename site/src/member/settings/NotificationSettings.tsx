/**
 * Cài đặt thông báo: which channels the member wants (push, email), and "Bật thông báo trên máy này", which
 * subscribes this browser through its service worker and registers it. Every state is said in words.
 */
import { useEffect, useState } from 'react'
import type { SectionProps } from '../types.ts'
import './settings.css'
import {
  currentSubscription,
  disablePush,
  enablePush,
  type PushSupport,
  pushSupport,
  refreshDevice,
} from './pushDevice.ts'

interface Settings {
  push: boolean
  email: boolean
}

interface Me {
  id: number | string
  email?: string | null
  notificationSettings?: Partial<Record<keyof Settings, boolean | null>> | null
}

type DeviceState = 'checking' | 'on' | 'off' | 'working' | PushSupport

const CHANNELS: { key: keyof Settings; label: string; hint: string }[] = [
  {
    key: 'push',
    label: 'Thông báo đẩy trên điện thoại',
    hint: 'Báo ngay khi chi bộ, đảng ủy gửi thông báo mới.',
  },
  { key: 'email', label: 'Email', hint: 'Gửi thêm một bản thông báo vào hộp thư điện tử của bạn.' },
]

export default function NotificationSettings(_props: Partial<SectionProps>) {
  const [me, setMe] = useState<Me | null>(null)
  const [settings, setSettings] = useState<Settings>({ push: true, email: true })
  const [device, setDevice] = useState<DeviceState>('checking')
  const [message, setMessage] = useState('')
  const [error, setError] = useState('')

  useEffect(() => {
    fetch('/api/users/me', { credentials: 'same-origin' })
      .then((r) => r.json())
      .then(({ user }: { user: Me | null }) => {
        if (!user) return setError('Bạn cần đăng nhập để xem cài đặt thông báo.')
        setMe(user)
        setSettings({
          push: user.notificationSettings?.push !== false,
          email: user.notificationSettings?.email !== false,
        })
      })
      .catch(() => setError('Không tải được cài đặt. Vui lòng kiểm tra kết nối mạng.'))
    const support = pushSupport()
    if (support !== 'supported') return setDevice(support)
    // Re-register on every open, so this phone's lastSeenAt stays fresh.
    refreshDevice()
    currentSubscription()
      .then((s) => setDevice(s ? 'on' : 'off'))
      .catch(() => setDevice('off'))
  }, [])

  async function toggle(key: keyof Settings, value: boolean) {
    if (!me) return
    const next = { ...settings, [key]: value }
    setSettings(next)
    setMessage('')
    setError('')
    try {
      const response = await fetch(`/api/users/${me.id}`, {
        method: 'PATCH',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ notificationSettings: next }),
      })
      if (!response.ok) throw new Error()
      setMessage('Đã lưu cài đặt.')
    } catch {
      setSettings(settings)
      setError('Chưa lưu được cài đặt. Vui lòng thử lại.')
    }
  }

  async function switchDevice(on: boolean) {
    setDevice('working')
    setMessage('')
    setError('')
    try {
      if (on) await enablePush()
      else await disablePush()
      setDevice(on ? 'on' : 'off')
      setMessage(on ? 'Đã bật thông báo trên máy này.' : 'Đã tắt thông báo trên máy này.')
    } catch (e) {
      setDevice(pushSupport() === 'denied' ? 'denied' : on ? 'off' : 'on')
      setError(e instanceof Error ? e.message : 'Không thực hiện được. Vui lòng thử lại.')
    }
  }

  return (
    <section className="notification-settings" aria-labelledby="notification-settings-title">
      <h2 id="notification-settings-title">Cách nhận thông báo</h2>
      <p className="settings-note">Thông báo luôn có trong hộp thư của ứng dụng. Bạn chọn thêm cách nhận:</p>
      <ul className="settings-channels">
        {CHANNELS.map(({ key, label, hint }) => (
          <li key={key}>
            <label className="settings-toggle">
              <input
                type="checkbox"
                checked={settings[key]}
                disabled={!me}
                onChange={(e) => toggle(key, e.currentTarget.checked)}
              />
              <span>
                <strong>{label}</strong>
                <small>
                  {key === 'email' && me && !me.email ? 'Tài khoản của bạn chưa có địa chỉ email.' : hint}
                </small>
              </span>
            </label>
          </li>
        ))}
      </ul>

      <h3>Máy này</h3>
      <p className="settings-device" data-state={device}>
        {device === 'checking' && 'Đang kiểm tra…'}
        {device === 'working' && 'Đang xử lý…'}
        {device === 'on' && 'Máy này đang nhận thông báo đẩy.'}
        {device === 'off' && 'Máy này chưa nhận thông báo đẩy.'}
        {device === 'unsupported' &&
          'Trình duyệt này không hỗ trợ thông báo đẩy. Hãy dùng Chrome trên Android, hoặc thêm trang vào màn hình chính trên iPhone.'}
        {device === 'denied' &&
          'Bạn đã chặn thông báo của trang này. Hãy mở cài đặt trình duyệt, mục Quyền của trang web, để cho phép lại.'}
      </p>
      {device === 'off' && (
        <button type="button" className="button" onClick={() => switchDevice(true)}>
          Bật thông báo trên máy này
        </button>
      )}
      {device === 'on' && (
        <button type="button" className="button secondary" onClick={() => switchDevice(false)}>
          Tắt thông báo trên máy này
        </button>
      )}
      <p className="settings-status" role="status" aria-live="polite">
        {message}
      </p>
      {error && (
        <p className="settings-error" role="alert">
          {error}
        </p>
      )}
    </section>
  )
}
