import {
  Button,
  CsrfField,
  ErrorSummary,
  errorFor,
  TextField,
  type FieldError,
} from '../../../../platform/views/components.js'
import type { PageContext } from '../../../../platform/views/context.js'
import { Layout } from '../../../../platform/views/layout.js'
import { COMPANY_PATHS } from '../../../registration-company/index.js'
import { PATHS } from '../../journey.js'
import { detailsMessages } from './messages.js'

export interface DetailsValues {
  nationalId: string
  email: string
  mobile: string
}

/** National ID, e-mail and mobile number. */
export function DetailsPage({
  ctx,
  errors = [],
  values,
}: {
  ctx: PageContext
  errors?: FieldError[]
  values: DetailsValues
}) {
  const m = detailsMessages(ctx.locale)
  const idError = errorFor(errors, 'nationalId')
  return (
    <Layout ctx={ctx} title={m('details.title')} hasErrors={errors.length > 0}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1 class="heading-l">{m('details.title')}</h1>
      <form method="post" action={PATHS.step('details')} novalidate>
        <CsrfField ctx={ctx} />
        <TextField
          id="nationalId"
          label={m('details.nationalId')}
          hint={m('details.nationalIdHint')}
          value={values.nationalId}
          error={idError}
          inputMode="numeric"
          autoComplete="off"
          spellcheck={false}
          width="20"
        />
        {idError === m('error.nationalId.company') && (
          <p class="body" data-company-link>
            <a href={COMPANY_PATHS.start}>{m('details.companyLink')}</a>
          </p>
        )}
        <TextField
          id="email"
          type="email"
          label={m('details.email')}
          hint={m('details.emailHint')}
          value={values.email}
          error={errorFor(errors, 'email')}
          autoComplete="email"
          spellcheck={false}
        />
        <TextField
          id="mobile"
          type="tel"
          label={m('details.mobile')}
          hint={m('details.mobileHint')}
          value={values.mobile}
          error={errorFor(errors, 'mobile')}
          autoComplete="tel"
          width="20"
        />
        <Button>{m('details.button')}</Button>
      </form>
    </Layout>
  )
}
