import { describedByOf, HintAndError, LabelledField } from './field-frame.js'

/** One option of a radio group or a select list. */
export interface Choice {
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
