import {
  Button,
  Checkbox,
  CsrfField,
  ErrorSummary,
  errorFor,
  TextField,
  type FieldError,
} from '../../platform/views/components.js'
import type { PageContext } from '../../platform/views/context.js'
import { Layout } from '../../platform/views/layout.js'
import { authorityMessages } from './messages.js'
import { AUTHORITY_PATHS } from './paths.js'
import { GRANTABLE_SCOPES } from './scopes.js'

/** A director grants a person authority: who, what (only what can be granted), when. */
export function NewGrantPage(p: {
  ctx: PageContext
  errors?: FieldError[]
  values: Record<string, string>
  companyName: string
}) {
  const { ctx } = p
  const errors = p.errors ?? []
  const m = authorityMessages(ctx.locale)
  const scopesError = errorFor(errors, 'scopes')
  return (
    <Layout ctx={ctx} title={m('new.title')} hasErrors={errors.length > 0}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <span class="caption">{p.companyName}</span>
      <h1 class="heading-l">{m('new.title')}</h1>
      <p class="body">{m('new.intro')}</p>
      <form method="post" action={AUTHORITY_PATHS.newGrant} novalidate>
        <CsrfField ctx={ctx} />
        <TextField
          id="granteeId"
          label={m('new.granteeId')}
          hint={m('new.granteeIdHint')}
          value={p.values.granteeId ?? ''}
          error={errorFor(errors, 'granteeId')}
          inputMode="numeric"
          width="20"
          autoComplete="off"
        />
        <TextField
          id="granteeEmail"
          label={m('new.granteeEmail')}
          hint={m('new.granteeEmailHint')}
          type="email"
          value={p.values.granteeEmail ?? ''}
          error={errorFor(errors, 'granteeEmail')}
          autoComplete="off"
          spellcheck={false}
        />
        <fieldset
          class={`fieldset${scopesError ? ' form-group--error' : ''}`}
          id="scopes"
          tabIndex={-1}
          aria-describedby={`scopes-hint${scopesError ? ' scopes-error' : ''}`}
        >
          <legend class="fieldset__legend fieldset__legend--m">{m('new.scopes')}</legend>
          <div class="hint" id="scopes-hint">
            {m('new.scopesHint')}
          </div>
          {scopesError && (
            <p class="error-message" id="scopes-error">
              {scopesError}
            </p>
          )}
          {GRANTABLE_SCOPES.map((s) => (
            <Checkbox
              key={s}
              id={`scope-${s}`}
              name="scope"
              value={s}
              label={m(`scope.${s}`)}
              checked={p.values[`scope-${s}`] === 'yes'}
            />
          ))}
        </fieldset>
        <div class="inset">
          <strong>{m('never.title')}:</strong> {m('never.body')}
        </div>
        <TextField
          id="validFrom"
          label={m('new.from')}
          hint={m('new.dateHint')}
          value={p.values.validFrom ?? ''}
          error={errorFor(errors, 'validFrom')}
          width="10"
        />
        <TextField
          id="validUntil"
          label={m('new.until')}
          hint={m('new.dateHint')}
          value={p.values.validUntil ?? ''}
          error={errorFor(errors, 'validUntil')}
          width="10"
        />
        <Button>{m('new.button')}</Button>
      </form>
    </Layout>
  )
}
