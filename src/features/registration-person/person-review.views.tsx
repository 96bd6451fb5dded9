import type { RuleResult } from '../../platform/db/schema.js'
import { nationalityName } from '../../platform/nationality.js'
import { formatBirthDate, formatDate, formatDateTime } from '../../platform/time.js'
import {
  Button,
  CsrfField,
  ErrorSummary,
  errorFor,
  Radios,
  Select,
  SummaryList,
  type SummaryRow,
  TextField,
  type FieldError,
} from '../../platform/views/components.js'
import type { PageContext } from '../../platform/views/context.js'
import { Layout } from '../../platform/views/layout.js'
import { formatArea, type Area } from '../address/index.js'
import { idCardAddressText, type ProfileView } from '../registrations/index.js'
import { PATHS } from './journey.js'
import { personMessages, type PersonMessage } from './messages.js'

/** The bank-verified answers; the national ID's row may link back to where it was typed. */
function bankRows(
  ctx: PageContext,
  profile: ProfileView,
  idChange?: SummaryRow['change'],
): SummaryRow[] {
  const m = personMessages(ctx.locale)
  return [
    {
      key: m('yours.nationalId'),
      value: profile.maskedId,
      ...(idChange ? { change: idChange } : {}),
    },
    { key: m('yours.name'), value: profile.fullNameTh },
    ...(profile.fullNameEn ? [{ key: m('yours.nameEn'), value: profile.fullNameEn }] : []),
    {
      key: m('yours.birthDate'),
      value: profile.birthDate ? formatBirthDate(profile.birthDate, ctx.locale) : '',
    },
    {
      key: m('yours.nationality'),
      value: profile.nationality ? nationalityName(profile.nationality, ctx.locale) : '',
    },
    { key: m('yours.idAddress'), value: idCardAddressText(profile.idCardAddress) },
  ]
}

function BankData({ ctx, profile }: { ctx: PageContext; profile: ProfileView }) {
  const m = personMessages(ctx.locale)
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
  const m = personMessages(ctx.locale)
  return (
    <Layout ctx={ctx} title={m('yours.title')} hasErrors={errors.length > 0}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1 class="heading-l">{m('yours.title')}</h1>
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
              options={areas.map((a) => ({ value: a.subdistrictCode, label: formatArea(a) }))}
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
    </Layout>
  )
}

/** Every answer with a change link, then the declaration and the submit button. */
export function CheckPage(p: {
  ctx: PageContext
  profile: ProfileView
  email: string
  mobile: string
  mailing: string
  submitKey: string
  ruleVersion: string
}) {
  const { ctx } = p
  const m = personMessages(ctx.locale)
  const change = (href: string, field: string) => ({
    href,
    label: m('check.change'),
    hidden: field,
  })
  return (
    <Layout ctx={ctx} title={m('check.title')}>
      <h1 class="heading-l">{m('check.title')}</h1>
      <h2 class="heading-m">{m('yours.fromBank')}</h2>
      <SummaryList
        rows={bankRows(ctx, p.profile, change(PATHS.step('details'), m('yours.nationalId')))}
      />
      <h2 class="heading-m">{m('check.contact')}</h2>
      <SummaryList
        rows={[
          {
            key: m('step.email'),
            value: p.email,
            change: change(PATHS.step('details'), m('step.email')),
          },
          {
            key: m('step.mobile'),
            value: p.mobile,
            change: change(PATHS.step('details'), m('step.mobile')),
          },
          {
            key: m('step.mailing'),
            value: p.mailing,
            change: change(PATHS.step('your-details'), m('step.mailing')),
          },
        ]}
      />
      <p class="body">{m('check.declaration', { version: p.ruleVersion })}</p>
      <form method="post" action={PATHS.submit}>
        <CsrfField ctx={ctx} />
        <input type="hidden" name="submitKey" value={p.submitKey} />
        <Button>{m('check.submit')}</Button>
      </form>
    </Layout>
  )
}

/** The decision: the number and receipt when approved; each failed rule and its fix when refused. */
export function DonePage(p: {
  ctx: PageContext
  outcome: 'approved' | 'refused'
  number?: string
  reference: string
  receiptUrl: string | null
  results: RuleResult[]
  ruleLabel: (rule: string) => string
}) {
  const { ctx } = p
  const m = personMessages(ctx.locale)
  const failed = p.results.filter((r) => !r.passed)
  if (p.outcome === 'approved') {
    return (
      <Layout ctx={ctx} title={m('done.approvedTitle')}>
        <div class="panel-success">
          <h1 class="heading-l">{m('done.approvedTitle')}</h1>
          <p class="body">{m('done.number')}</p>
          <strong class="big" data-registration-number>
            {p.number}
          </strong>
        </div>
        <p class="body">{m('done.numberHint')}</p>
        <p class="body">
          {m('done.reference')}: <strong class="reference">{p.reference}</strong>
        </p>
        <p class="body">{m('done.emailed')}</p>
        <ul class="plain-list body">
          {p.receiptUrl && (
            <li>
              <a href={p.receiptUrl}>{m('done.receipt')}</a>
            </li>
          )}
          {p.receiptUrl && (
            <li>
              <a href={`${p.receiptUrl}/print`}>{m('done.print')}</a>
            </li>
          )}
          <li>
            <a href="/account">{m('done.status')}</a>
          </li>
        </ul>
      </Layout>
    )
  }
  return (
    <Layout ctx={ctx} title={m('done.refusedTitle')}>
      <h1 class="heading-l">{m('done.refusedTitle')}</h1>
      <p class="body">{m('done.refusedIntro')}</p>
      <ul class="checks">
        {failed.map((r) => (
          <li key={r.rule} class="check-fail" data-failed-rule={r.rule}>
            <strong>{p.ruleLabel(r.rule)}</strong>
            <br />
            {m('done.whatNext')}: {m(`fix.${r.rule}` as PersonMessage)}
          </li>
        ))}
      </ul>
      <p class="body">
        {m('done.reference')}: <strong class="reference">{p.reference}</strong>
      </p>
      <ul class="plain-list body">
        {p.receiptUrl && (
          <li>
            <a href={p.receiptUrl}>{m('done.receipt')}</a>
          </li>
        )}
        <li>
          <a href={PATHS.start}>{m('done.startAgain')}</a>
        </li>
      </ul>
    </Layout>
  )
}

/** The e-mailed link: identifies the draft; continuing asks for a fresh e-mail code. */
export function ResumePage({
  ctx,
  email,
  action,
}: {
  ctx: PageContext
  email: string
  action: string
}) {
  const m = personMessages(ctx.locale)
  return (
    <Layout ctx={ctx} title={m('resume.title')}>
      <h1 class="heading-l">{m('resume.title')}</h1>
      <p class="body">{m('resume.intro', { email })}</p>
      <form method="post" action={action}>
        <CsrfField ctx={ctx} />
        <Button>{m('resume.send')}</Button>
      </form>
    </Layout>
  )
}

/** The published rule set. */
export function RulesPage(p: {
  ctx: PageContext
  ruleSet: { id: string; version: string; effectiveFrom: string; rules: readonly string[] }
  minimumIal: number
  ruleLabel: (rule: string) => string
}) {
  const m = personMessages(p.ctx.locale)
  return (
    <Layout ctx={p.ctx} title={m('rules.title')}>
      <h1 class="heading-l">{m('rules.title')}</h1>
      <p class="body">{m('rules.intro')}</p>
      <h2 class="heading-m">{m('start.title')}</h2>
      <p class="hint">
        {m('rules.version', {
          id: p.ruleSet.id,
          version: p.ruleSet.version,
          date: formatDate(p.ruleSet.effectiveFrom, p.ctx.locale),
        })}
      </p>
      <ol class="body">
        {p.ruleSet.rules.map((r) => (
          <li key={r} data-rule={r}>
            {p.ruleLabel(r)}
          </li>
        ))}
      </ol>
      <p class="body">{m('rules.minimumIal', { level: p.minimumIal })}</p>
    </Layout>
  )
}

/** A simple page with one message and a way back to the start. */
export function PersonMessagePage({
  ctx,
  title,
  body,
  at,
}: {
  ctx: PageContext
  title: string
  body: string
  at?: Date
}) {
  return (
    <Layout ctx={ctx} title={title}>
      <h1 class="heading-l">{title}</h1>
      <p class="body">{body}</p>
      {at && <p class="hint">{formatDateTime(at, ctx.locale)}</p>}
      <p class="body">
        <a href={PATHS.start}>{personMessages(ctx.locale)('start.button')}</a>
      </p>
    </Layout>
  )
}
