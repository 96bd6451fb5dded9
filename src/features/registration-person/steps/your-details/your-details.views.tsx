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
} from '../../../../platform/views/components.js'
import type { PageContext } from '../../../../platform/views/context.js'
import { Layout } from '../../../../platform/views/layout.js'
import { nationalityName } from '../../../../platform/nationality.js'
import { areaChoice, formatArea, type Area } from '../../../address/index.js'
import type { ProfileView } from '../../../registrations/index.js'
import { PATHS } from '../../journey.js'
import { bankRows, ContinueLater } from '../../views.js'
import { yourDetailsMessages } from './messages.js'

function BankData({ ctx, profile }: { ctx: PageContext; profile: ProfileView }) {
  const m = yourDetailsMessages(ctx.locale)
  const rows = bankRows(ctx, profile)
  return (
    <section aria-labelledby="bank-data">
      <h2 class="heading-m" id="bank-data">
        {m('yours.fromBank')}
      </h2>
      <p class="hint">{m('yours.fromBankHint')}</p>
      <SummaryList rows={rows} />
    </section>
  )
}

/**
 * The bank says the person is not Thai: the online service is for Thai nationals, so they are
 * told here, with the ways forward. It only warns; the rule decides at submit.
 */
function NonThaiWarning({ ctx, nationality }: { ctx: PageContext; nationality: string }) {
  const m = yourDetailsMessages(ctx.locale)
  return (
    <div class="notice notice--warning" data-non-thai={nationality}>
      <h2 class="heading-m">{m('yours.nonThaiTitle')}</h2>
      <p class="body">
        {m('yours.nonThaiBody', { nationality: nationalityName(nationality, ctx.locale) })}
      </p>
      <p class="body">{m('yours.nonThaiWay')}</p>
      <ul class="plain-list">
        <li>{ctx.t('footer.serviceCentre')}</li>
        <li>{ctx.t('footer.callCenter')}</li>
        <li>{ctx.t('footer.email')}</li>
        <li>
          <a href="/contact">{ctx.t('footer.contactPage')}</a>
        </li>
      </ul>
    </div>
  )
}

export interface MailingValues {
  mailingSame: string
  houseNo: string
  moo: string
  soi: string
  road: string
  postcode: string
  area: string
}

/** The bank data, read-only, and the mailing address the applicant adds. */
export function YourDetailsPage({
  ctx,
  errors = [],
  profile,
  values,
  areas,
}: {
  ctx: PageContext
  errors?: FieldError[]
  profile: ProfileView
  values: MailingValues
  areas: Area[]
}) {
  const m = yourDetailsMessages(ctx.locale)
  return (
    <Layout ctx={ctx} title={m('yours.title')} hasErrors={errors.length > 0}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1 class="heading-l">{m('yours.title')}</h1>
      {profile.nationality && profile.nationality !== 'THA' && (
        <NonThaiWarning ctx={ctx} nationality={profile.nationality} />
      )}
      <BankData ctx={ctx} profile={profile} />
      <form method="post" action={PATHS.step('your-details')} novalidate>
        <CsrfField ctx={ctx} />
        <h2 class="heading-m">{m('yours.mailingTitle')}</h2>
        <Radios
          id="mailingSame"
          legend={m('yours.sameLegend')}
          value={values.mailingSame}
          error={errorFor(errors, 'mailingSame')}
          choices={[
            { value: 'yes', label: m('yours.same') },
            { value: 'no', label: m('yours.other') },
          ]}
        />
        <div class="conditional" data-show-when="mailingSame=no">
          <TextField
            id="houseNo"
            label={m('yours.houseNo')}
            value={values.houseNo}
            error={errorFor(errors, 'houseNo')}
            width="10"
            autoComplete="address-line1"
          />
          <TextField
            id="moo"
            label={m('yours.moo')}
            value={values.moo}
            error={errorFor(errors, 'moo')}
            width="5"
            inputMode="numeric"
          />
          <TextField
            id="soi"
            label={m('yours.soi')}
            value={values.soi}
            error={errorFor(errors, 'soi')}
          />
          <TextField
            id="road"
            label={m('yours.road')}
            value={values.road}
            error={errorFor(errors, 'road')}
            autoComplete="address-line2"
          />
          <TextField
            id="postcode"
            label={m('yours.postcode')}
            value={values.postcode}
            error={errorFor(errors, 'postcode')}
            width="5"
            inputMode="numeric"
            autoComplete="postal-code"
          />
          <Button secondary name="action" value="find">
            {m('yours.find')}
          </Button>
          {areas.length > 0 && (
            <Select
              id="area"
              label={m('yours.area')}
              hint={m('yours.areaHint', { postcode: values.postcode })}
              value={values.area}
              error={errorFor(errors, 'area')}
              placeholder={m('yours.areaChoose')}
              options={areas.map((a) => ({
                value: areaChoice(a),
                label: formatArea(a, ctx.locale),
              }))}
            />
          )}
          {areas.length === 0 && errorFor(errors, 'area') && (
            <p class="error-message" id="area">
              {errorFor(errors, 'area')}
            </p>
          )}
        </div>
        <Button name="action" value="save">
          {m('yours.button')}
        </Button>
      </form>
      <ContinueLater ctx={ctx} />
    </Layout>
  )
}
