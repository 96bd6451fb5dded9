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
    <div
      class="error-summary"
      role="alert"
      tabIndex={-1}
      aria-labelledby="error-summary-title"
      data-error-summary
    >
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
function LabelledField(p: {
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

/** A primary button; forms guard against double submission in app.js. */
export function Button({
  children,
  name,
  value,
  secondary,
}: {
  children: ComponentChildren
  name?: string
  value?: string
  secondary?: boolean
}) {
  return (
    <button
      type="submit"
      class={`button${secondary ? ' button--secondary' : ''}`}
      name={name}
      value={value}
      data-prevent-double-click
    >
      {children}
    </button>
  )
}

interface Choice {
  value: string
  label: string
  hint?: string
}

/** A group of radio buttons in a fieldset with its legend and, when invalid, its message. */
export function Radios(p: {
  id: string
  name?: string
  legend: string
  legendClass?: string
  choices: Choice[]
  value?: string
  error?: string
  hint?: string
}) {
  const name = p.name ?? p.id
  const describedBy = describedByOf(p)
  return (
    <div class={`form-group${p.error ? ' form-group--error' : ''}`}>
      <fieldset class="fieldset" aria-describedby={describedBy || undefined}>
        <legend class={p.legendClass ?? 'fieldset__legend'}>{p.legend}</legend>
        <HintAndError id={p.id} hint={p.hint} error={p.error} />
        <div class="radios">
          {p.choices.map((c, i) => {
            const id = i === 0 ? p.id : `${p.id}-${i}`
            return (
              <div class="radios__item" key={c.value}>
                <input
                  class="radios__input"
                  id={id}
                  name={name}
                  type="radio"
                  value={c.value}
                  checked={p.value === c.value}
                />
                <label class="radios__label" for={id}>
                  {c.label}
                </label>
                {c.hint && <div class="hint radios__hint">{c.hint}</div>}
              </div>
            )
          })}
        </div>
      </fieldset>
    </div>
  )
}

/** A single checkbox (e.g. accepting terms), with its message when invalid. */
export function Checkbox(p: {
  id: string
  name?: string
  value: string
  label: string
  checked?: boolean
  error?: string
}) {
  return (
    <div class={`form-group${p.error ? ' form-group--error' : ''}`}>
      {p.error && (
        <p class="error-message" id={`${p.id}-error`}>
          {p.error}
        </p>
      )}
      <div class="checkboxes__item">
        <input
          class="checkboxes__input"
          id={p.id}
          name={p.name ?? p.id}
          type="checkbox"
          value={p.value}
          checked={p.checked}
          aria-describedby={p.error ? `${p.id}-error` : undefined}
        />
        <label class="checkboxes__label" for={p.id}>
          {p.label}
        </label>
      </div>
    </div>
  )
}

/** A labelled select list. */
export function Select(p: {
  id: string
  name?: string
  label: string
  hint?: string
  options: Choice[]
  value?: string
  error?: string
  placeholder?: string
}) {
  const describedBy = describedByOf(p)
  return (
    <LabelledField id={p.id} label={p.label} hint={p.hint} error={p.error}>
      <select
        class={`select${p.error ? ' input--error' : ''}`}
        id={p.id}
        name={p.name ?? p.id}
        aria-describedby={describedBy || undefined}
        aria-invalid={p.error ? 'true' : undefined}
      >
        {p.placeholder !== undefined && <option value="">{p.placeholder}</option>}
        {p.options.map((o) => (
          <option key={o.value} value={o.value} selected={o.value === p.value}>
            {o.label}
          </option>
        ))}
      </select>
    </LabelledField>
  )
}

export interface SummaryRow {
  key: string
  value: ComponentChildren
  /** A change link and the words a screen reader adds to it. */
  change?: { href: string; label: string; hidden: string }
}

/** Answers as a description list, each with an optional change link. */
export function SummaryList({ rows }: { rows: SummaryRow[] }) {
  return (
    <dl class="summary-list">
      {rows.map((r) => (
        <div class="summary-list__row" key={r.key}>
          <dt class="summary-list__key">{r.key}</dt>
          <dd class="summary-list__value">{r.value}</dd>
          {r.change && (
            <dd class="summary-list__actions">
              <a href={r.change.href}>
                {r.change.label}
                <span class="visually-hidden"> {r.change.hidden}</span>
              </a>
            </dd>
          )}
        </div>
      ))}
    </dl>
  )
}

/** Translates field problems into the error list a page shows. */
export function toFieldErrors<K extends string>(
  problems: { field: string; key: K; params?: Record<string, string | number> }[],
  m: (key: K, params?: Record<string, string | number>) => string,
): FieldError[] {
  return problems.map((p) => ({ field: p.field, message: m(p.key, p.params) }))
}

/** The message for one field, if it has a problem. */
export function errorFor(errors: FieldError[], field: string): string | undefined {
  return errors.find((e) => e.field === field)?.message
}
