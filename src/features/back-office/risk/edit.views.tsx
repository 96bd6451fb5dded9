import type { ComponentChildren } from 'preact'
import { PdpaStyles } from '../../pdpa/index.js'
import type { RegisterTree } from '../../risk-report/index.js'
import {
  Button,
  CsrfField,
  ErrorSummary,
  errorFor,
  type FieldError,
} from '../../../platform/views/components.js'
import type { PageContext } from '../../../platform/views/context.js'
import { OfficerLayout, type OfficerBadge } from '../layout.views.js'
import { editMessages } from './edit.messages.js'

/** What every edit page of a register gets (see edit.form.tsx). */
export interface EditPageProps {
  ctx: PageContext
  officer: OfficerBadge
  tree: RegisterTree
  /** The item the page is about (or its parent for an addition); '' for the register's pages. */
  item: string
  action: string
  removeAction?: string | undefined
  back: string
  values: Record<string, string>
  errors: FieldError[]
  /** The register has a published report: nothing may change. */
  locked: boolean
  saved: boolean
}

/** A field's value and error, for a page's fields. */
export const fieldsOf = (p: EditPageProps) => ({
  v: (f: string) => p.values[f] ?? '',
  e: (f: string) => errorFor(p.errors, f),
})

/** An edit page: its errors, its form (saved with the button), its removal form when it has one. */
export function EditFrame(
  p: EditPageProps & { title: string; intro?: ComponentChildren; children: ComponentChildren },
) {
  const m = editMessages(p.ctx.locale)
  const removeError = errorFor(p.errors, 'remove')
  return (
    <OfficerLayout ctx={p.ctx} title={p.title} officer={p.officer} hasErrors={p.errors.length > 0}>
      <PdpaStyles />
      <ErrorSummary ctx={p.ctx} errors={p.errors} />
      {p.saved && (
        <div class="notice notice--success" role="status">
          {m('saved')}
        </div>
      )}
      <p class="body">
        <a href={p.back}>{p.back.endsWith('/grid') ? m('backGrid') : m('back')}</a>
      </p>
      <h1 class="heading-l">{p.title}</h1>
      {p.locked && (
        <div class="notice" role="note">
          {m('content.locked')}
        </div>
      )}
      {p.intro}
      <form method="post" action={p.action} novalidate>
        <CsrfField ctx={p.ctx} />
        {p.children}
        <Button>{m('save')}</Button>
      </form>
      {p.removeAction && (
        <form method="post" action={p.removeAction} novalidate>
          <CsrfField ctx={p.ctx} />
          <div class={`form-group${removeError ? ' form-group--error' : ''}`}>
            <p class="hint" id="remove-hint">
              {m('removeHint')}
            </p>
            {removeError && (
              <p class="error-message" id="remove-error">
                {removeError}
              </p>
            )}
            <button
              type="submit"
              id="remove"
              class="button button--secondary"
              aria-describedby={removeError ? 'remove-hint remove-error' : 'remove-hint'}
            >
              {m('remove')}
            </button>
          </div>
        </form>
      )}
    </OfficerLayout>
  )
}
