import type { RuleResult, VerificationFailure } from '../../platform/db/schema.js'
import { formatDate, formatDateTime } from '../../platform/time.js'
import {
  Button,
  Checkbox,
  CsrfField,
  ErrorSummary,
  errorFor,
  SummaryList,
  TextField,
  type FieldError,
} from '../../platform/views/components.js'
import type { PageContext } from '../../platform/views/context.js'
import { Layout } from '../../platform/views/layout.js'
import { VerificationStep, type PanelProps } from '../identity/index.js'
import { nationalityName } from '../../platform/nationality.js'
import { EmailCodePage } from '../contact/index.js'
import {
  directorKey,
  directorName,
  type JuristicPerson,
  type SigningRule,
} from '../registry-dbd/index.js'
import type { PrecheckProblem } from './company.service.js'
import { COMPANY_RULE_SET, TRADING_STATUSES } from './company.rules.js'
import { PATHS } from './journey.js'
import { companyMessages, type CompanyMessage, type CompanyTranslate } from './messages.js'

interface FormPage {
  ctx: PageContext
  errors?: FieldError[]
}

/** The signing clause in words, from the parsed rule. */
export function clauseInWords(
  m: CompanyTranslate,
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

function addressText(c: JuristicPerson): string {
  const a = c.address
  return [a.houseNo, a.road, a.subdistrict, a.district, a.province, a.postcode]
    .filter(Boolean)
    .join(' ')
}

/** Who can use the service, what is needed, and the Terms and Conditions to accept. */
export function StartPage({
  ctx,
  errors = [],
  documents,
}: FormPage & { documents: { kind: string; version: number }[] }) {
  const m = companyMessages(ctx.locale)
  const version = (kind: string) => documents.find((d) => d.kind === kind)?.version ?? 1
  return (
    <Layout ctx={ctx} title={m('start.title')} hasErrors={errors.length > 0}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1 class="heading-xl">{m('start.title')}</h1>
      <p class="lead">{m('start.who')}</p>
      <h2 class="heading-m">{m('start.needTitle')}</h2>
      <ul class="bullets">
        <li>{m('start.needId')}</li>
        <li>{m('start.needApp')}</li>
        <li>{m('start.needDirectors')}</li>
        <li>{m('start.needContact')}</li>
      </ul>
      <p class="body">
        {m('start.time')} <a href={PATHS.rules}>{m('start.rules')}</a>
      </p>
      <form method="post" action={PATHS.start} novalidate>
        <CsrfField ctx={ctx} />
        <h2 class="heading-m">{m('start.acceptLegend')}</h2>
        <ul class="plain-list body">
          <li>
            <a href="/terms" target="_blank" rel="noopener">
              {m('start.readTerms', { version: version('terms') })}
            </a>
          </li>
          <li>
            <a href="/privacy" target="_blank" rel="noopener">
              {m('start.readPrivacy', { version: version('privacy') })}
            </a>
          </li>
        </ul>
        <Checkbox
          id="accept"
          value="yes"
          label={m('start.accept')}
          error={errorFor(errors, 'accept')}
        />
        <Button>{m('start.button')}</Button>
      </form>
    </Layout>
  )
}

function problemText(m: CompanyTranslate, p: PrecheckProblem): string {
  switch (p.key) {
    case 'not_active':
      return m('problem.not_active', { status: m(`status.${p.status}` as CompanyMessage) })
    case 'in_progress':
      return m('problem.in_progress', { reference: p.reference })
    case 'clause_unparseable':
      return m('problem.clause_unparseable', { reason: p.reason })
    default:
      return m(`problem.${p.key}`)
  }
}

/** What DBD says: names, type, status, address, directors and the signing clause in words. */
function DbdSummary({
  ctx,
  company,
  rule,
  fetchedAt,
  source,
}: {
  ctx: PageContext
  company: JuristicPerson
  rule: SigningRule | undefined
  fetchedAt: Date | undefined
  source: 'synthetic' | 'http'
}) {
  const m = companyMessages(ctx.locale)
  return (
    <section aria-labelledby="precheck-title" data-precheck>
      <h2 class="heading-l" id="precheck-title">
        {m('precheck.title')}
      </h2>
      {fetchedAt && (
        <p class="hint">
          {m('precheck.fetched', {
            time: formatDateTime(fetchedAt, ctx.locale),
            source: m(`precheck.source.${source}`),
          })}
        </p>
      )}
      <SummaryList
        rows={[
          { key: m('precheck.nameTh'), value: company.nameTh },
          { key: m('precheck.nameEn'), value: company.nameEn },
          { key: m('check.juristicId'), value: company.id },
          { key: m('precheck.type'), value: company.type },
          {
            key: m('precheck.status'),
            value: (
              <span data-dbd-status={company.status}>
                {m(`status.${company.status}` as CompanyMessage)}
              </span>
            ),
          },
          { key: m('precheck.registeredOn'), value: formatDate(company.registeredOn, ctx.locale) },
          { key: m('precheck.address'), value: addressText(company) },
          {
            key: m('precheck.directors'),
            value: (
              <ul class="plain-list">
                {company.directors.map((d, i) => (
                  <li key={i} data-director-nationality={d.nationality}>
                    {directorName(d)}
                    {d.nationality !== 'THA' &&
                      ` (${m('precheck.nationality', { name: nationalityName(d.nationality, ctx.locale) })})`}
                  </li>
                ))}
              </ul>
            ),
          },
          { key: m('precheck.clause'), value: company.signingClause },
          ...(rule
            ? [{ key: m('precheck.clauseWords'), value: clauseInWords(m, rule, company) }]
            : []),
        ]}
      />
    </section>
  )
}

/** The juristic ID, and once looked up, what DBD says and whether the company can go on. */
export function CompanyPage({
  ctx,
  errors = [],
  value,
  found,
  source,
}: FormPage & {
  value: string
  source: 'synthetic' | 'http'
  found?: {
    company: JuristicPerson | undefined
    fetchedAt: Date | undefined
    rule: SigningRule | undefined
    problems: PrecheckProblem[]
  }
}) {
  const m = companyMessages(ctx.locale)
  return (
    <Layout ctx={ctx} title={m('company.title')} hasErrors={errors.length > 0}>
      <ErrorSummary ctx={ctx} errors={errors} />
      {found && found.company && (
        <>
          <DbdSummary
            ctx={ctx}
            company={found.company}
            rule={found.rule}
            fetchedAt={found.fetchedAt}
            source={source}
          />
        </>
      )}
      {found && found.problems.length > 0 && (
        <div class="notice notice--warning" role="alert" data-precheck-problems>
          <h2 class="heading-m">{m('problem.title')}</h2>
          {found.problems.map((p) => (
            <p class="body" key={p.key} data-problem={p.key}>
              {problemText(m, p)}
            </p>
          ))}
          <p class="body">{m('problem.counter')}</p>
        </div>
      )}
      {found && found.company && found.problems.length === 0 && (
        <form method="post" action={`${PATHS.step('company')}/confirm`} novalidate>
          <CsrfField ctx={ctx} />
          <Button>{m('precheck.continue')}</Button>
        </form>
      )}
      <form method="post" action={PATHS.step('company')} novalidate>
        <CsrfField ctx={ctx} />
        {found ? (
          <h2 class="heading-m">{m('precheck.other')}</h2>
        ) : (
          <h1 class="heading-l">{m('company.title')}</h1>
        )}
        <TextField
          id="juristicId"
          label={m('company.label')}
          hint={m('company.hint')}
          value={value}
          error={errorFor(errors, 'juristicId')}
          inputMode="numeric"
          width="20"
          spellcheck={false}
        />
        <Button secondary={found !== undefined && found.problems.length === 0}>
          {m('company.button')}
        </Button>
      </form>
    </Layout>
  )
}

/** DBD did not answer: nothing is lost, nothing is guessed. */
export function UnavailablePage({ ctx }: { ctx: PageContext }) {
  const m = companyMessages(ctx.locale)
  return (
    <Layout ctx={ctx} title={m('unavailable.title')}>
      <h1 class="heading-l">{m('unavailable.title')}</h1>
      <p class="body" data-dbd-unavailable>
        {m('unavailable.body')}
      </p>
      <p class="body">
        <a class="button" href={PATHS.step('company')}>
          {m('unavailable.retry')}
        </a>
      </p>
    </Layout>
  )
}

/** The applicant's own verification: start, follow progress, or recover from a failure. */
export function VerifyPage({
  ctx,
  companyName,
  panel,
  failure,
}: {
  ctx: PageContext
  companyName: string
  panel?: Omit<PanelProps, 'ctx'>
  failure?: VerificationFailure
}) {
  const m = companyMessages(ctx.locale)
  return (
    <Layout ctx={ctx} title={m('verify.title')}>
      <h1 class="heading-l">{m('verify.title')}</h1>
      <VerificationStep
        ctx={ctx}
        panel={panel}
        failure={failure}
        intro={m('verify.intro', { company: companyName })}
        action={PATHS.verifyStart}
        button={m('verify.start')}
      />
    </Layout>
  )
}

/** How a signed application other than a registration describes itself to a director. */
export interface SignedDescription {
  title: string
  intro: string
  lines: string[]
}

export interface SignerView {
  id: string
  name: string
  status: 'invited' | 'verified' | 'expired' | 'withdrawn'
  initiator: boolean
  email: string | null
  expiresAt: Date | null
  basis: 'national_id' | 'name' | null
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
}: FormPage & {
  you: string
  clause: string
  offered: { index: number; name: string }[]
  values: Record<string, string>
  aloneIsEnough: boolean
  /** Where the form posts and the page's title (a grant of authority reuses this page). */
  action?: string
  title?: string
}) {
  const m = companyMessages(ctx.locale)
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

/** Contact person, company e-mail, phone and branch code. */
export function ContactPage({
  ctx,
  errors = [],
  values,
}: FormPage & { values: Record<'contactName' | 'email' | 'phone' | 'branchCode', string> }) {
  const m = companyMessages(ctx.locale)
  return (
    <Layout ctx={ctx} title={m('contact.title')} hasErrors={errors.length > 0}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1 class="heading-l">{m('contact.title')}</h1>
      <form method="post" action={PATHS.step('contact')} novalidate>
        <CsrfField ctx={ctx} />
        <TextField
          id="contactName"
          label={m('contact.name')}
          hint={m('contact.nameHint')}
          value={values.contactName}
          error={errorFor(errors, 'contactName')}
          autoComplete="name"
        />
        <TextField
          id="email"
          label={m('contact.email')}
          hint={m('contact.emailHint')}
          type="email"
          inputMode="email"
          autoComplete="email"
          spellcheck={false}
          value={values.email}
          error={errorFor(errors, 'email')}
        />
        <TextField
          id="phone"
          label={m('contact.phone')}
          hint={m('contact.phoneHint')}
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          width="20"
          value={values.phone}
          error={errorFor(errors, 'phone')}
        />
        <TextField
          id="branchCode"
          label={m('contact.branch')}
          hint={m('contact.branchHint')}
          inputMode="numeric"
          width="5"
          value={values.branchCode}
          error={errorFor(errors, 'branchCode')}
        />
        <Button>{m('contact.button')}</Button>
      </form>
    </Layout>
  )
}

/** The company e-mail's one-time code. */
export function ConfirmEmailPage({
  ctx,
  errors = [],
  email,
  resent,
}: FormPage & { email: string; resent?: boolean }) {
  return (
    <EmailCodePage
      ctx={ctx}
      errors={errors}
      email={email}
      resent={resent}
      m={companyMessages(ctx.locale)}
      actions={{
        confirm: PATHS.step('confirm-email'),
        resend: PATHS.resendCode,
        change: PATHS.step('contact'),
      }}
    />
  )
}

function SignerList({ ctx, signers }: { ctx: PageContext; signers: SignerView[] }) {
  const m = companyMessages(ctx.locale)
  return (
    <ul class="plain-list signer-list" data-signers>
      {signers.map((s) => (
        <li key={s.id} data-signer-status={s.status}>
          <strong>{s.name}</strong> {s.initiator && m('signer.you')} —{' '}
          {s.status === 'invited'
            ? m('signer.status.invited', {
                time: s.expiresAt ? formatDateTime(s.expiresAt, ctx.locale) : '',
              })
            : m(`signer.status.${s.status}`)}
          {s.basis === 'name' && <div class="hint">{m('signer.basis.name')}</div>}
        </li>
      ))}
    </ul>
  )
}

/** Check your answers, then apply. */
export function CheckPage(p: {
  ctx: PageContext
  company: JuristicPerson
  signers: SignerView[]
  contact: { name: string; email: string; phone: string; branch: string }
  submitKey: string
}) {
  const { ctx } = p
  const m = companyMessages(ctx.locale)
  const pending = p.signers.filter((s) => s.status !== 'verified').length
  const change = (href: string, hidden: string) => ({ href, label: m('check.change'), hidden })
  return (
    <Layout ctx={ctx} title={m('check.title')}>
      <h1 class="heading-l">{m('check.title')}</h1>
      <h2 class="heading-m">{m('check.company')}</h2>
      <SummaryList
        rows={[
          { key: m('precheck.nameTh'), value: p.company.nameTh },
          {
            key: m('check.juristicId'),
            value: p.company.id,
            change: change(PATHS.step('company'), m('check.juristicId')),
          },
        ]}
      />
      <h2 class="heading-m">{m('check.signers')}</h2>
      <SignerList ctx={ctx} signers={p.signers} />
      <p class="body">
        <a href={PATHS.step('signers')}>
          {m('check.change')}
          <span class="visually-hidden"> {m('check.signers')}</span>
        </a>
      </p>
      <h2 class="heading-m">{m('check.contact')}</h2>
      <SummaryList
        rows={[
          {
            key: m('contact.name'),
            value: p.contact.name,
            change: change(PATHS.step('contact'), m('contact.name')),
          },
          {
            key: m('contact.email'),
            value: p.contact.email,
            change: change(PATHS.step('contact'), m('contact.email')),
          },
          {
            key: m('contact.phone'),
            value: p.contact.phone,
            change: change(PATHS.step('contact'), m('contact.phone')),
          },
          {
            key: m('check.branch'),
            value: p.contact.branch,
            change: change(PATHS.step('contact'), m('check.branch')),
          },
        ]}
      />
      {pending > 0 && (
        <p class="inset" data-waiting-signers={pending}>
          {m('check.waiting', { count: pending })}
        </p>
      )}
      <p class="body">{m('check.declaration', { version: COMPANY_RULE_SET.version })}</p>
      <form method="post" action={PATHS.submit}>
        <CsrfField ctx={ctx} />
        <input type="hidden" name="submitKey" value={p.submitKey} />
        <Button>{m('check.button')}</Button>
      </form>
    </Layout>
  )
}

/** The application's status: who has verified, who is pending, and a new link for those waiting. */
export function StatusPage(p: {
  ctx: PageContext
  reference: string
  companyName: string
  status: 'draft' | 'submitted' | 'approved' | 'refused' | 'superseded' | 'expired'
  signers: SignerView[]
  resent?: string
}) {
  const { ctx } = p
  const m = companyMessages(ctx.locale)
  const state = p.status === 'superseded' ? 'expired' : p.status
  return (
    <Layout ctx={ctx} title={m('status.title')}>
      <h1 class="heading-l">{m('status.title')}</h1>
      {p.resent && (
        <p class="inset" role="status">
          {m('status.resent', { name: p.resent })}
        </p>
      )}
      <SummaryList
        rows={[
          { key: m('check.company'), value: p.companyName },
          { key: m('status.reference'), value: <span class="reference">{p.reference}</span> },
          {
            key: m('status.state'),
            value: <span data-application-status={state}>{m(`status.state.${state}`)}</span>,
          },
        ]}
      />
      <h2 class="heading-m">{m('check.signers')}</h2>
      <SignerList ctx={ctx} signers={p.signers} />
      {(p.status === 'draft' || p.status === 'submitted') &&
        p.signers
          .filter((s) => !s.initiator && (s.status === 'invited' || s.status === 'expired'))
          .map((s) => (
            <form method="post" action={PATHS.resendInvite} key={s.id}>
              <CsrfField ctx={ctx} />
              <input type="hidden" name="signer" value={s.id} />
              <Button secondary>{m('status.resend', { name: s.name })}</Button>
            </form>
          ))}
      <p class="body">
        {p.status === 'draft' && <a href={PATHS.step('check')}>{m('status.continue')}</a>}
        {(p.status === 'approved' || p.status === 'refused') && (
          <a href={PATHS.done}>{m('status.result')}</a>
        )}
      </p>
      <p class="hint">{m('status.refresh')}</p>
    </Layout>
  )
}

/** The decision: registered, or each failed rule with its fix. */
export function DonePage(p: {
  ctx: PageContext
  outcome: 'approved' | 'refused'
  companyName: string
  juristicId: string
  reference: string
  receiptUrl: string | null
  results: RuleResult[]
  ruleLabel: (rule: string) => string
}) {
  const { ctx } = p
  const m = companyMessages(ctx.locale)
  const approved = p.outcome === 'approved'
  const title = approved ? m('done.approvedTitle') : m('done.refusedTitle')
  return (
    <Layout ctx={ctx} title={title}>
      {approved ? (
        <div class="panel-success">
          <h1 class="heading-l">{title}</h1>
          <p class="body">{m('done.number')}</p>
          <strong class="big" data-registration-number>
            {p.juristicId}
          </strong>
        </div>
      ) : (
        <h1 class="heading-l">{title}</h1>
      )}
      <p class="body">
        {approved ? m('done.approved', { company: p.companyName }) : m('done.refused')}
      </p>
      {!approved && (
        <ul class="checks">
          {p.results
            .filter((r) => !r.passed)
            .map((r) => (
              <li key={r.rule} class="check-fail" data-failed-rule={r.rule}>
                <strong>{p.ruleLabel(r.rule)}</strong>
                <br />
                {m(`fix.${r.rule}` as CompanyMessage)}
              </li>
            ))}
        </ul>
      )}
      <p class="body">
        {m('done.reference')}: <strong class="reference">{p.reference}</strong>
      </p>
      {p.receiptUrl && (
        <p class="body">
          <a href={p.receiptUrl}>{m('done.receipt')}</a>
        </p>
      )}
    </Layout>
  )
}

/** A page with a title and one paragraph, and optionally a form with one button. */
export function CompanyMessagePage(p: {
  ctx: PageContext
  title: string
  body: string
  action?: { href: string; label: string }
}) {
  return (
    <Layout ctx={p.ctx} title={p.title}>
      <h1 class="heading-l">{p.title}</h1>
      <p class="body">{p.body}</p>
      {p.action && (
        <form method="post" action={p.action.href}>
          <CsrfField ctx={p.ctx} />
          <Button>{p.action.label}</Button>
        </form>
      )}
    </Layout>
  )
}

/** The invited director's page: what they confirm, then their own verification. */
export function SignPage(p: {
  ctx: PageContext
  companyName: string
  juristicId: string
  director: string
  contact: string
  expiresAt: Date | null
  action: string
  panel?: Omit<PanelProps, 'ctx'>
  failure?: VerificationFailure
  /** What another kind of signed application (a grant of authority) asks the director to confirm. */
  described?: SignedDescription
}) {
  const { ctx } = p
  const m = companyMessages(ctx.locale)
  const title = p.described?.title ?? m('sign.title', { company: p.companyName })
  return (
    <Layout ctx={ctx} title={title}>
      <h1 class="heading-l">{title}</h1>
      <p class="lead">{p.described?.intro ?? m('sign.intro', { director: p.director })}</p>
      <h2 class="heading-m">{m('sign.what')}</h2>
      <ul class="bullets">
        <li>
          {m('sign.what1', { director: p.director, company: `${p.companyName} (${p.juristicId})` })}
        </li>
        {p.described ? (
          p.described.lines.map((line) => <li key={line}>{line}</li>)
        ) : (
          <>
            <li>{m('sign.what2')}</li>
            {p.contact && <li>{m('sign.what3', { contact: p.contact })}</li>}
          </>
        )}
      </ul>
      {p.expiresAt && (
        <p class="hint">{m('sign.expires', { time: formatDateTime(p.expiresAt, ctx.locale) })}</p>
      )}
      <p class="notice notice--warning">{m('sign.notYou', { director: p.director })}</p>
      <VerificationStep
        ctx={ctx}
        panel={p.panel}
        failure={p.failure}
        intro=""
        action={p.action}
        button={m('sign.button')}
      />
    </Layout>
  )
}

/** The published company rule set. */
export function RulesPage(p: {
  ctx: PageContext
  minimumIal: number
  ruleLabel: (r: string) => string
}) {
  const { ctx } = p
  const m = companyMessages(ctx.locale)
  return (
    <Layout ctx={ctx} title={m('rules.title')}>
      <h1 class="heading-l">{m('rules.title')}</h1>
      <p class="body">
        <span class="reference">{COMPANY_RULE_SET.id}</span> —{' '}
        {m('rules.version', {
          version: COMPANY_RULE_SET.version,
          date: COMPANY_RULE_SET.effectiveFrom,
        })}
      </p>
      <p class="body">{m('rules.intro')}</p>
      <ol class="bullets" data-rules>
        {COMPANY_RULE_SET.rules.map((r) => (
          <li key={r} data-rule={r}>
            {p.ruleLabel(r)}
            {r === 'signers_assurance_level' && ` (≥ IAL ${p.minimumIal})`}
          </li>
        ))}
      </ol>
      <p class="body">{m('rules.seal')}</p>
      <p class="body">{m('rules.statuses', { list: TRADING_STATUSES.join(', ') })}</p>
    </Layout>
  )
}
