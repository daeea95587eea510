/** A labelled input sized for thumbs and older eyes; optional "show password" switch. */
import { type InputHTMLAttributes, useId, useState } from 'react'

interface FieldProps extends InputHTMLAttributes<HTMLInputElement> {
  label: string
  hint?: string
  /** A password field with a "Hiện" / "Ẩn" switch. */
  secret?: boolean
}

export function Field({ label, hint, secret, ...input }: FieldProps) {
  const id = useId()
  const [shown, setShown] = useState(false)
  return (
    <div className="mv-field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="mv-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <div className="mv-input-row">
        <input
          id={id}
          aria-describedby={hint ? `${id}-hint` : undefined}
          {...input}
          type={secret && !shown ? 'password' : (input.type ?? 'text')}
        />
        {secret && (
          <button type="button" className="mv-show" aria-pressed={shown} onClick={() => setShown(!shown)}>
            {shown ? 'Ẩn' : 'Hiện'}
          </button>
        )}
      </div>
    </div>
  )
}

export function ErrorBox({ message }: { message: string | null }) {
  return (
    <div className="mv-error" role="alert" hidden={!message}>
      {message}
    </div>
  )
}
