/** Kích hoạt tài khoản: card number, the one-time code from the slip, the new password twice. */

import type { Member, MemberAnswer } from '@sotay/functions/types'
import { type FormEvent, useState } from 'react'
import { fn } from './api.ts'
import { ErrorBox, Field } from './Field.tsx'

/** The card number a slip's QR code puts in the address (?so-the=…), so the member only types the code. */
const cardFromAddress = () =>
  typeof window === 'undefined'
    ? ''
    : (new URLSearchParams(window.location.search).get('so-the') ?? '').trim()

export function ActivateForm({ onSignedIn }: { onSignedIn: (member: Member) => void }) {
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [card] = useState(cardFromAddress)

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const newPassword = String(form.get('newPassword') ?? '')
    if ([...newPassword].length < 8) return setError('Mật khẩu mới phải có ít nhất 8 ký tự.')
    if (newPassword !== String(form.get('confirm') ?? '')) {
      return setError('Hai lần nhập mật khẩu mới chưa giống nhau. Hãy nhập lại.')
    }
    setBusy(true)
    setError(null)
    const result = await fn<MemberAnswer>('/session/activate', {
      cardNumber: String(form.get('cardNumber') ?? ''),
      activationCode: String(form.get('activationCode') ?? ''),
      newPassword,
    })
    setBusy(false)
    if (result.ok) onSignedIn(result.data.member)
    else setError(result.message)
  }

  return (
    <form className="mv-form" onSubmit={submit} noValidate>
      <h1>Kích hoạt tài khoản</h1>
      <p className="muted">Dùng mã kích hoạt trên phiếu do chi bộ phát. Mỗi mã chỉ dùng được một lần.</p>
      <ErrorBox message={error} />
      <Field
        label="Số thẻ đảng viên"
        name="cardNumber"
        autoComplete="username"
        defaultValue={card}
        required
        autoCapitalize="none"
      />
      <Field
        label="Mã kích hoạt"
        name="activationCode"
        hint="8 ký tự, ví dụ: ABCD2345"
        autoComplete="one-time-code"
        autoCapitalize="characters"
        spellCheck={false}
        required
      />
      <Field
        label="Mật khẩu mới"
        name="newPassword"
        hint="Ít nhất 8 ký tự"
        secret
        autoComplete="new-password"
        required
      />
      <Field label="Nhập lại mật khẩu mới" name="confirm" secret autoComplete="new-password" required />
      <button className="button mv-submit" type="submit" disabled={busy}>
        {busy ? 'Đang kích hoạt…' : 'Kích hoạt và đăng nhập'}
      </button>
      <p className="mv-alt">
        Đã kích hoạt rồi? <a href="/thanh-vien/dang-nhap/">Đăng nhập</a>
      </p>
    </form>
  )
}
