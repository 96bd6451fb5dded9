import type { ComponentChildren } from 'preact'

/** The ids a field's hint and message carry, for aria-describedby. */
export function describedByOf(p: { id: string; hint?: string; error?: string }): string {
  return [p.hint ? `${p.id}-hint` : '', p.error ? `${p.id}-error` : ''].filter(Boolean).join(' ')
}

/** A field's hint and, when invalid, its message, with the ids describedByOf names. */
export function HintAndError(p: { id: string; hint?: string; error?: string }) {
  return (
    <>
      {p.hint && (
        <div class="hint" id={`${p.id}-hint`}>
          {p.hint}
        </div>
      )}
      {p.error && (
        <p class="error-message" id={`${p.id}-error`}>
          {p.error}
        </p>
      )}
    </>
  )
}

/** The frame of a labelled control: its group, label, hint and, when invalid, its message. */
export function LabelledField(p: {
  id: string
  label: string
  hint?: string
  error?: string
  children: ComponentChildren
}) {
  return (
    <div class={`form-group${p.error ? ' form-group--error' : ''}`}>
      <label class="label" for={p.id}>
        {p.label}
      </label>
      <HintAndError id={p.id} hint={p.hint} error={p.error} />
      {p.children}
    </div>
  )
}
