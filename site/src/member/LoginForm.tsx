/** Đăng nhập: card number and password; the API's Vietnamese message is shown as it comes. */

import type { Member, MemberAnswer } from '@sotay/functions/types'
import { type FormEvent, useState } from 'react'
import { fn } from './api.ts'
import { ErrorBox, Field } from './Field.tsx'

export function LoginForm({ onSignedIn }: { onSignedIn: (member: Member) => void }) {
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    setBusy(true)
    setError(null)
    const result = await fn<MemberAnswer>('/session/login', {
      cardNumber: String(form.get('cardNumber') ?? ''),
      password: String(form.get('password') ?? ''),
    })
    setBusy(false)
    if (result.ok) onSignedIn(result.data.member)
    else setError(result.message)
  }

  return (
    <form className="mv-form" onSubmit={submit} noValidate>
      <h1>Đăng nhập</h1>
      <ErrorBox message={error} />
      <Field
        label="Số thẻ đảng viên"
        name="cardNumber"
        autoComplete="username"
        required
        autoCapitalize="none"
      />
      <Field label="Mật khẩu" name="password" secret autoComplete="current-password" required />
      <button className="button mv-submit" type="submit" disabled={busy}>
        {busy ? 'Đang đăng nhập…' : 'Đăng nhập'}
      </button>
      <p className="mv-alt">
        Lần đầu sử dụng? <a href="/thanh-vien/kich-hoat/">Kích hoạt tài khoản bằng mã kích hoạt</a>
      </p>
    </form>
  )
}
