import {
  Button,
  Checkbox,
  CsrfField,
  ErrorSummary,
  errorFor,
  TextField,
  type FieldError,
} from '../../../platform/views/components.js'
import type { PageContext } from '../../../platform/views/context.js'
import { Layout } from '../../../platform/views/layout.js'
import {
  directorKey,
  directorName,
  type JuristicPerson,
  type SigningRule,
} from '../../registry-dbd/index.js'
import { PATHS } from '../journey.js'
import { signingMessages, type SigningMessage } from './messages.js'

type SigningTranslate = (key: SigningMessage, params?: Record<string, string | number>) => string

/** The signing clause in words, from the parsed rule. */
export function clauseInWords(
  m: SigningTranslate,
  rule: SigningRule,
  company: Pick<JuristicPerson, 'directors'>,
): string {
  const nameOf = (key: string) => {
    const d = company.directors.find((x) => directorKey(x) === key)
    return d ? directorName(d) : key
  }
  if (rule.kind === 'unparseable') return m('clause.unparseable')
  const seal = rule.seal ? m('clause.seal') : ''
  switch (rule.kind) {
    case 'any':
      return (
        m('clause.any', {
          count: rule.count,
          together: rule.count > 1 ? m('clause.together') : '',
        }) + seal
      )
    case 'named':
      return (
        m('clause.named', { count: rule.count, names: rule.anyOf.map(nameOf).join(', ') }) + seal
      )
    case 'named-plus':
      return m('clause.namedPlus', { name: nameOf(rule.named), count: rule.others }) + seal
  }
}

/** Choose the directors who sign with the applicant, with an e-mail address each. */
export function SignersPage({
  ctx,
  errors = [],
  you,
  clause,
  offered,
  values,
  aloneIsEnough,
  action,
  title,
}: {
  ctx: PageContext
  errors?: FieldError[]
  you: string
  clause: string
  offered: { index: number; name: string }[]
  values: Record<string, string>
  aloneIsEnough: boolean
  /** Where the form posts and the page's title (a grant of authority reuses this page). */
  action?: string
  title?: string
}) {
  const m = signingMessages(ctx.locale)
  return (
    <Layout ctx={ctx} title={title ?? m('signers.title')} hasErrors={errors.length > 0}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1 class="heading-l">{title ?? m('signers.title')}</h1>
      <p class="body" data-signer-you>
        {m('signers.you', { name: you })}
      </p>
      <p class="body">{m('signers.clause', { words: clause })}</p>
      {aloneIsEnough && <p class="inset">{m('signers.noneNeeded')}</p>}
      <form method="post" action={action ?? PATHS.step('signers')} novalidate>
        <CsrfField ctx={ctx} />
        {offered.length > 0 && (
          <fieldset
            class={`fieldset${errorFor(errors, 'directors') ? ' form-group--error' : ''}`}
            id="directors"
            tabIndex={-1}
            aria-describedby={`directors-hint${errorFor(errors, 'directors') ? ' directors-error' : ''}`}
          >
            <legend class="fieldset__legend fieldset__legend--m">{m('signers.legend')}</legend>
            <div class="hint" id="directors-hint">
              {m('signers.hint')}
            </div>
            {errorFor(errors, 'directors') && (
              <p class="error-message" id="directors-error">
                {errorFor(errors, 'directors')}
              </p>
            )}
            {offered.map((d) => (
              <div class="signer-choice" key={d.index}>
                <Checkbox
                  id={`director-${d.index}`}
                  name="director"
                  value={String(d.index)}
                  label={d.name}
                  checked={values[`director-${d.index}`] === 'yes'}
                />
                <TextField
                  id={`email-${d.index}`}
                  label={m('signers.email', { name: d.name })}
                  type="email"
                  autoComplete="off"
                  spellcheck={false}
                  value={values[`email-${d.index}`] ?? ''}
                  error={errorFor(errors, `email-${d.index}`)}
                />
              </div>
            ))}
          </fieldset>
        )}
        <Button>{aloneIsEnough ? m('signers.buttonAlone') : m('signers.button')}</Button>
      </form>
    </Layout>
  )
}
