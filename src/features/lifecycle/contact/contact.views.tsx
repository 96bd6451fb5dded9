import {
  Button,
  CsrfField,
  ErrorSummary,
  errorFor,
  Radios,
  Select,
  SummaryList,
  TextField,
  type FieldError,
} from '../../../platform/views/components.js'
import type { PageContext } from '../../../platform/views/context.js'
import { Layout } from '../../../platform/views/layout.js'
import { areaChoice, formatArea, MixedText, type Area } from '../../address/index.js'
import type { DetailsValues } from './contact.schema.js'
import { ContactHistory, type HistoryRow } from './history.views.js'
import { contactChangeMessages } from './messages.js'

export interface ContactView {
  action: string
  backHref: string
  maskedNumber: string
  registrant: 'person' | 'company'
  email: string
  mobile: string
  mailingText: string
  history: HistoryRow[]
}

export type Saved = 'email' | 'details' | 'none'

function AddressFields({
  ctx,
  errors,
  values,
  areas,
}: {
  ctx: PageContext
  errors: FieldError[]
  values: DetailsValues
  areas: Area[]
}) {
  const m = contactChangeMessages(ctx.locale)
  return (
    <div class="conditional" data-show-when="mailingSame=no">
      <TextField
        id="houseNo"
        label={m('details.houseNo')}
        value={values.houseNo}
        error={errorFor(errors, 'houseNo')}
        width="10"
        autoComplete="address-line1"
      />
      <TextField
        id="moo"
        label={m('details.moo')}
        value={values.moo}
        error={errorFor(errors, 'moo')}
        width="5"
        inputMode="numeric"
      />
      <TextField
        id="soi"
        label={m('details.soi')}
        value={values.soi}
        error={errorFor(errors, 'soi')}
      />
      <TextField
        id="road"
        label={m('details.road')}
        value={values.road}
        error={errorFor(errors, 'road')}
        autoComplete="address-line2"
      />
      <TextField
        id="postcode"
        label={m('details.postcode')}
        value={values.postcode}
        error={errorFor(errors, 'postcode')}
        width="5"
        inputMode="numeric"
        autoComplete="postal-code"
      />
      <Button secondary name="action" value="find">
        {m('details.find')}
      </Button>
      {areas.length > 0 && (
        <Select
          id="area"
          label={m('details.area')}
          hint={m('details.areaHint', { postcode: values.postcode })}
          value={values.area}
          error={errorFor(errors, 'area')}
          placeholder={m('details.areaChoose')}
          options={areas.map((a) => ({ value: areaChoice(a), label: formatArea(a, ctx.locale) }))}
        />
      )}
      {areas.length === 0 && errorFor(errors, 'area') && (
        <p class="error-message" id="area">
          {errorFor(errors, 'area')}
        </p>
      )}
    </div>
  )
}

/** The registration's contact details: the e-mail (a code to the new address), mobile and address. */
export function ContactPage({
  ctx,
  view,
  errors = [],
  email = '',
  details,
  areas = [],
  saved,
}: {
  ctx: PageContext
  view: ContactView
  errors?: FieldError[]
  /** The new address as typed (kept when the page comes back with a problem). */
  email?: string
  details: DetailsValues
  areas?: Area[]
  saved?: Saved
}) {
  const m = contactChangeMessages(ctx.locale)
  return (
    <Layout ctx={ctx} title={m('contact.title')} hasErrors={errors.length > 0}>
      <ErrorSummary ctx={ctx} errors={errors} />
      {saved && (
        <div class="notice notice--success" role="status" data-saved={saved}>
          <p class="body">{m(`saved.${saved}`)}</p>
        </div>
      )}
      <h1 class="heading-l">{m('contact.title')}</h1>
      <p class="body">{m('contact.lead')}</p>
      <h2 class="heading-m">{m('contact.now')}</h2>
      <SummaryList
        rows={[
          { key: m('contact.number'), value: <span class="reference">{view.maskedNumber}</span> },
          { key: m('contact.email'), value: <span data-current-email>{view.email}</span> },
          { key: m('contact.mobile'), value: <span data-current-mobile>{view.mobile}</span> },
          {
            key: m('contact.mailing'),
            value: (
              <span data-current-mailing>
                <MixedText text={view.mailingText} locale={ctx.locale} />
              </span>
            ),
          },
        ]}
      />
      <form method="post" action={`${view.action}/email`} novalidate>
        <CsrfField ctx={ctx} />
        <h2 class="heading-m">{m('email.title')}</h2>
        <TextField
          id="email"
          type="email"
          label={m('email.new')}
          hint={m('email.hint')}
          value={email}
          error={errorFor(errors, 'email')}
          autoComplete="email"
          spellcheck={false}
        />
        <Button>{m('email.button')}</Button>
      </form>
      <form method="post" action={view.action} novalidate>
        <CsrfField ctx={ctx} />
        <h2 class="heading-m">{m('details.title')}</h2>
        <TextField
          id="mobile"
          type="tel"
          label={m('contact.mobile')}
          hint={m('details.mobileHint')}
          value={details.mobile}
          error={errorFor(errors, 'mobile')}
          autoComplete="tel"
          width="20"
        />
        <Radios
          id="mailingSame"
          legend={m('details.sameLegend')}
          value={details.mailingSame}
          error={errorFor(errors, 'mailingSame')}
          choices={[
            {
              value: 'yes',
              label: m(
                view.registrant === 'person' ? 'details.same.person' : 'details.same.company',
              ),
            },
            { value: 'no', label: m('details.other') },
          ]}
        />
        <AddressFields ctx={ctx} errors={errors} values={details} areas={areas} />
        <Button name="action" value="save">
          {m('details.button')}
        </Button>
      </form>
      <ContactHistory ctx={ctx} rows={view.history} registrant={view.registrant} />
      <p class="body">
        <a href={view.backHref}>{m(view.backHref === '/account' ? 'back' : 'backCompany')}</a>
      </p>
    </Layout>
  )
}
