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
import { PATHS } from '../../journey.js'
import type { Precheck, PrecheckProblem } from './company.service.js'
import { DbdSummary } from './dbd-summary.views.js'
import {
  companyStepMessages,
  type CompanyStepMessage,
  type CompanyStepTranslate,
} from './messages.js'

function problemText(m: CompanyStepTranslate, p: PrecheckProblem): string {
  switch (p.key) {
    case 'not_active':
      return m('problem.not_active', { status: m(`status.${p.status}` as CompanyStepMessage) })
    case 'in_progress':
      return m('problem.in_progress', { reference: p.reference })
    case 'clause_unparseable':
      return m('problem.clause_unparseable', { reason: p.reason })
    default:
      return m(`problem.${p.key}`)
  }
}

/** The juristic ID, and once looked up, what DBD says and whether the company can go on. */
export function CompanyPage({
  ctx,
  errors = [],
  value,
  found,
  source,
}: {
  ctx: PageContext
  errors?: FieldError[]
  value: string
  source: 'synthetic' | 'http'
  found?: Precheck
}) {
  const m = companyStepMessages(ctx.locale)
  return (
    <Layout ctx={ctx} title={m('company.title')} hasErrors={errors.length > 0}>
      <ErrorSummary ctx={ctx} errors={errors} />
      {found && !found.company && <h1 class="heading-l">{m('company.title')}</h1>}
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
        <form method="post" action={PATHS.confirmCompany} novalidate>
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
