import type { ComponentChildren } from 'preact'
import type { PageContext } from './context.js'

/** One problem with one field: the message and the id of the field it belongs to. */
export interface FieldError {
  field: string
  message: string
}

/** The summary at the top of a page with errors; each entry links to its field. */
export function ErrorSummary({ ctx, errors }: { ctx: PageContext; errors: FieldError[] }) {
  if (errors.length === 0) return null
  return (
    <div class="error-summary" role="alert" tabIndex={-1} aria-labelledby="error-summary-title" data-error-summary>
      <h2 class="error-summary__title" id="error-summary-title">
        {ctx.t('errorSummary.title')}
      </h2>
      <ul class="error-summary__list">
        {errors.map((e) => (
          <li key={e.field}>
            <a href={`#${e.field}`}>{e.message}</a>
          </li>
        ))}
      </ul>
    </div>
  )
}

/** The hidden CSRF field every state-changing form carries. */
export function CsrfField({ ctx }: { ctx: PageContext }) {
  return <input type="hidden" name="_csrf" value={ctx.csrfToken ?? ''} />
}

interface TextFieldProps {
  id: string
  name?: string
  label: string
  hint?: string
  value?: string
  error?: string
  type?: 'text' | 'email' | 'tel'
  inputMode?: 'numeric' | 'email' | 'tel' | 'text'
  autoComplete?: string
  width?: 'full' | '20' | '10' | '5'
  spellcheck?: boolean
}

/** A labelled text input with its hint and, when invalid, its message. */
export function TextField(p: TextFieldProps) {
  const describedBy = [p.hint ? `${p.id}-hint` : '', p.error ? `${p.id}-error` : ''].filter(Boolean).join(' ')
  return (
    <div class={`form-group${p.error ? ' form-group--error' : ''}`}>
      <label class="label" for={p.id}>
        {p.label}
      </label>
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
    </div>
  )
}

/** A primary button; forms guard against double submission in app.js. */
export function Button({ children, name, value, secondary }: { children: ComponentChildren; name?: string; value?: string; secondary?: boolean }) {
  return (
    <button type="submit" class={`button${secondary ? ' button--secondary' : ''}`} name={name} value={value} data-prevent-double-click>
      {children}
    </button>
  )
}
