'use client'
/**
 * "Nhập câu hỏi từ Excel" on a quiz: choose an .xlsx, see what was read (n questions, each faulty row with its
 * number, in Vietnamese) and only then add them to the bank. The endpoint refuses the whole file when a row is
 * faulty, so nothing changes on error. After adding, the page reloads so the form holds the new bank and a
 * later "Lưu" cannot write the old one back.
 */
import { Button, useConfig, useDocumentInfo, useFormModified } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

interface Answer {
  questions?: unknown[]
  errors?: { row?: number; message: string }[]
  committed?: boolean
}
type State =
  | { step: 'idle' }
  | { step: 'busy' }
  | { step: 'read'; file: File; count: number; errors: { row?: number; message: string }[] }
  | { step: 'refused'; message: string }

/** The result shown once the page is back after adding (sessionStorage survives the reload). */
const DONE_KEY = 'sotay-question-import-done'

export function QuestionImport() {
  const { id } = useDocumentInfo()
  const modified = useFormModified()
  const { config } = useConfig()
  const [state, setState] = useState<State>({ step: 'idle' })
  const [done, setDone] = useState<string | null>(null)

  useEffect(() => {
    const message = sessionStorage.getItem(DONE_KEY)
    if (message) {
      sessionStorage.removeItem(DONE_KEY)
      setDone(message)
    }
  }, [])

  if (id === undefined || id === null) return <p>Lưu bài trắc nghiệm trước, rồi nhập câu hỏi từ Excel.</p>

  const send = async (file: File, commit: boolean): Promise<Answer & { status: number }> => {
    const form = new FormData()
    form.append('file', file, file.name)
    const url = `${config.serverURL}${config.routes.api}/quizzes/${id}/import-questions${commit ? '?commit=1' : ''}`
    const response = await fetch(url, { method: 'POST', body: form, credentials: 'include' })
    const body = (await response.json().catch(() => ({}))) as Answer
    return { ...body, status: response.status }
  }

  const preview = async (file: File | undefined) => {
    setDone(null)
    if (!file) return setState({ step: 'idle' })
    setState({ step: 'busy' })
    const answer = await send(file, false)
    if (answer.status >= 400 || !Array.isArray(answer.questions))
      return setState({ step: 'refused', message: answer.errors?.[0]?.message ?? 'Không đọc được tệp này.' })
    setState({ step: 'read', file, count: answer.questions.length, errors: answer.errors ?? [] })
  }

  const add = async (file: File) => {
    setState({ step: 'busy' })
    const answer = await send(file, true)
    if (!answer.committed)
      return setState({
        step: 'refused',
        message: answer.errors?.[0]?.message ?? 'Không thêm được câu hỏi; ngân hàng câu hỏi không thay đổi.',
      })
    sessionStorage.setItem(DONE_KEY, `Đã thêm ${answer.questions?.length ?? 0} câu hỏi vào ngân hàng.`)
    window.location.reload()
  }

  return (
    <section
      className="sotay-question-import"
      aria-label="Nhập câu hỏi từ Excel"
      style={{ marginBottom: 24 }}
    >
      <h4>Nhập câu hỏi từ Excel</h4>
      <p style={{ color: 'var(--theme-elevation-500)' }}>
        Một dòng một câu hỏi, dòng đầu là tiêu đề: Câu hỏi | Phương án A … H | Đáp án đúng (ví dụ "B" hoặc "A,
        C") | Giải thích.
      </p>
      {done && (
        <p role="status" className="sotay-question-import__done">
          {done}
        </p>
      )}
      {modified ? (
        <p>Hãy lưu các thay đổi của bài trước khi nhập câu hỏi.</p>
      ) : (
        // The browser's own file button speaks the browser's language: ours says it in Vietnamese.
        <label
          className="btn btn--style-secondary btn--size-medium"
          style={{ cursor: 'pointer', display: 'inline-block', margin: 0 }}
        >
          Chọn tệp Excel (.xlsx)…
          <input
            type="file"
            hidden
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            disabled={state.step === 'busy'}
            onChange={(event) => {
              void preview(event.target.files?.[0])
              event.target.value = ''
            }}
          />
        </label>
      )}
      {state.step === 'busy' && <p role="status">Đang đọc tệp…</p>}
      {state.step === 'refused' && (
        <p role="alert" className="sotay-question-import__error">
          {state.message}
        </p>
      )}
      {state.step === 'read' && (
        <div role="status" className="sotay-question-import__result">
          <p>
            {state.file.name}: đọc được {state.count} câu hỏi
            {state.errors.length ? `, ${state.errors.length} dòng có lỗi: chưa thêm câu nào.` : '.'}
          </p>
          {state.errors.length > 0 ? (
            <ul className="sotay-question-import__errors">
              {state.errors.map((error) => (
                // The message names its row ("Dòng 3: …").
                <li key={`${error.row}-${error.message}`}>{error.message}</li>
              ))}
            </ul>
          ) : (
            <Button buttonStyle="primary" size="medium" onClick={() => void add(state.file)}>
              {`Thêm ${state.count} câu hỏi vào ngân hàng`}
            </Button>
          )}
        </div>
      )}
    </section>
  )
}
