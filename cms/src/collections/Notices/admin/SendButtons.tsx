'use client'
/**
 * The notice's save buttons, in place of Payload's one "Lưu": a draft is kept with "Lưu nháp" and sent with
 * "Gửi ngay" (or "Hẹn gửi lúc …" when the send time is later). A waiting notice can be taken back to draft.
 * Once the system is sending or has sent it, there is nothing left to save.
 */
import { FormSubmit, SaveButton, useForm, useFormFields, useTranslation } from '@payloadcms/ui'
import { viDateTime } from '@sotay/content-schemas/text/dates'

const TEXT = {
  vi: {
    saveDraft: 'Lưu nháp',
    sendNow: 'Gửi ngay',
    sendAt: (at: string) => `Hẹn gửi lúc ${at}`,
    cancel: 'Hủy hẹn gửi, về nháp',
    done: 'Thông báo đã được gửi, không sửa được nữa.',
  },
  en: {
    saveDraft: 'Save draft',
    sendNow: 'Send now',
    sendAt: (at: string) => `Send at ${at}`,
    cancel: 'Cancel, back to draft',
    done: 'This notice has been sent and can no longer be changed.',
  },
}

// A send time this close to now (the form's default is when it opened) means "now".
const NOW_SLACK_MS = 60_000

export function SendButtons() {
  const { i18n } = useTranslation()
  const text = i18n.language === 'en' ? TEXT.en : TEXT.vi
  const { submit } = useForm()
  const status = useFormFields(([fields]) => fields.status?.value as string | undefined)
  const sendAt = useFormFields(([fields]) => fields.sendAt?.value as string | undefined)

  if (status === 'sending' || status === 'sent') return <p className="sotay-notice-done">{text.done}</p>
  if (status === 'scheduled') {
    return (
      <>
        <SaveButton />
        <FormSubmit
          buttonId="action-unschedule"
          buttonStyle="secondary"
          size="medium"
          type="button"
          onClick={() => void submit({ overrides: { status: 'draft' } })}
        >
          {text.cancel}
        </FormSubmit>
      </>
    )
  }
  const later = sendAt && new Date(sendAt).getTime() > Date.now() + NOW_SLACK_MS
  const send = () =>
    void submit({
      overrides: { status: 'scheduled', ...(later ? {} : { sendAt: new Date().toISOString() }) },
    })
  return (
    <>
      <FormSubmit
        buttonId="action-save-draft"
        buttonStyle="secondary"
        size="medium"
        type="button"
        onClick={() => void submit({ overrides: { status: 'draft' } })}
      >
        {text.saveDraft}
      </FormSubmit>
      <FormSubmit buttonId="action-send" size="medium" type="button" onClick={send}>
        {later ? text.sendAt(viDateTime(sendAt)) : text.sendNow}
      </FormSubmit>
    </>
  )
}
