import type { ComponentChildren } from 'preact'
import type { PageContext } from './context.js'

// The page components every feature uses, importable from here: the error summary, the form
// fields (text, choices), the summary list, the CSRF field and the button.

export { Checkbox, Radios, Select } from './choice-fields.js'
export { describedByOf, HintAndError } from './field-frame.js'
export { ErrorSummary, errorFor, toFieldErrors, type FieldError } from './field-errors.js'
export { SummaryList, type SummaryRow } from './summary-list.js'
export { TextArea, TextField } from './text-fields.js'

/** The hidden CSRF field every state-changing form carries. */
export function CsrfField({ ctx }: { ctx: PageContext }) {
  return <input type="hidden" name="_csrf" value={ctx.csrfToken ?? ''} />
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
