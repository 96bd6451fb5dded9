import { describedByOf, LabelledField } from './field-frame.js'

interface TextFieldProps {
  id: string
  name?: string
  label: string
  hint?: string
  value?: string
  error?: string
  /** A password is never written back into the page: pass no value. */
  type?: 'text' | 'email' | 'tel' | 'password'
  inputMode?: 'numeric' | 'email' | 'tel' | 'text'
  autoComplete?: string
  width?: 'full' | '20' | '10' | '5'
  spellcheck?: boolean
}

/** A labelled text input with its hint and, when invalid, its message. */
export function TextField(p: TextFieldProps) {
  const describedBy = describedByOf(p)
  return (
    <LabelledField id={p.id} label={p.label} hint={p.hint} error={p.error}>
      <input
        class={`input input--${p.width ?? 'full'}${p.error ? ' input--error' : ''}`}
        id={p.id}
        name={p.name ?? p.id}
        type={p.type ?? 'text'}
        value={p.value ?? ''}
        inputMode={p.inputMode}
        autoComplete={p.autoComplete}
        spellcheck={p.spellcheck}
        aria-describedby={describedBy || undefined}
        aria-invalid={p.error ? 'true' : undefined}
      />
    </LabelledField>
  )
}

/** A labelled text area with its hint and, when invalid, its message. */
export function TextArea(p: {
  id: string
  label: string
  hint?: string
  value?: string
  error?: string
  rows?: number
}) {
  const describedBy = describedByOf(p)
  return (
    <LabelledField id={p.id} label={p.label} hint={p.hint} error={p.error}>
      <textarea
        class={`input textarea${p.error ? ' input--error' : ''}`}
        id={p.id}
        name={p.id}
        rows={p.rows ?? 5}
        aria-describedby={describedBy || undefined}
        aria-invalid={p.error ? 'true' : undefined}
      >
        {p.value ?? ''}
      </textarea>
    </LabelledField>
  )
}
