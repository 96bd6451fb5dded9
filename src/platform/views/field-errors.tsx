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
