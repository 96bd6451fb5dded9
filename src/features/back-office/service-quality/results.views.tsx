import { businessDate, formatDateInput, formatNumber } from '../../../platform/time.js'
import {
  Button,
  ErrorSummary,
  errorFor,
  Select,
  SummaryList,
  TextField,
  type FieldError,
} from '../../../platform/views/components.js'
import type { PageContext } from '../../../platform/views/context.js'
import {
  formatMonth,
  KIND_FILTERS,
  monthRange,
  type Period,
  type SurveyKindFilter,
  type SurveyResults,
} from '../../survey/index.js'
import { OfficerLayout, type OfficerBadge } from '../layout.views.js'
import { SERVICE_QUALITY_PATHS } from './paths.js'
import { fig, Questions, Steps, Trend } from './results-tables.views.js'
import { resultsMessages } from './results.messages.js'

/** The query string of a period (ISO dates) and of the journeys counted, unless the default. */
export function periodQuery(p: Period, kind: SurveyKindFilter = 'registration'): string {
  return `from=${p.from}&to=${p.to}${kind === 'registration' ? '' : `&kind=${kind}`}`
}

function presets(
  now: Date,
): { key: 'period.thisMonth' | 'period.lastMonth' | 'period.year'; period: Period }[] {
  const today = businessDate(now)
  const [y, mo] = today.split('-').map(Number) as [number, number]
  const month = (yy: number, mm: number) =>
    `${mm < 1 ? yy - 1 : yy}-${String(mm < 1 ? mm + 12 : mm).padStart(2, '0')}`
  return [
    { key: 'period.thisMonth', period: monthRange(today.slice(0, 7)) },
    { key: 'period.lastMonth', period: monthRange(month(y, mo - 1)) },
    { key: 'period.year', period: { from: `${month(y, mo - 11)}-01`, to: today } },
  ]
}

/** The survey's results for a period: the figures, their charts and tables, exports, comments. */
export function ResultsPage(p: {
  ctx: PageContext
  officer: OfficerBadge
  period: Period
  results: SurveyResults
  values: Record<string, string>
  errors: FieldError[]
  now: Date
}) {
  const { ctx, results: r } = p
  const locale = ctx.locale
  const m = resultsMessages(locale)
  const q = periodQuery(p.period, r.kind)
  const first = r.months[0] ?? p.period.from.slice(0, 7)
  const last = r.months[r.months.length - 1] ?? first
  return (
    <OfficerLayout ctx={ctx} title={m('title')} officer={p.officer} hasErrors={p.errors.length > 0}>
      <ErrorSummary ctx={ctx} errors={p.errors} />
      <h1 class="heading-l">{m('title')}</h1>
      <form method="get" action={SERVICE_QUALITY_PATHS.surveyResults} class="bo-filter" novalidate>
        <fieldset class="fieldset">
          <legend class="fieldset__legend">{m('period.legend')}</legend>
          <TextField
            id="from"
            label={m('period.from')}
            hint={m('period.hint')}
            width="10"
            value={p.values.from || formatDateInput(p.period.from, locale)}
            error={errorFor(p.errors, 'from')}
          />
          <TextField
            id="to"
            label={m('period.to')}
            hint={m('period.hint')}
            width="10"
            value={p.values.to || formatDateInput(p.period.to, locale)}
            error={errorFor(p.errors, 'to')}
          />
        </fieldset>
        <Select
          id="kind"
          label={m('journeys.label')}
          hint={m('journeys.hint')}
          options={KIND_FILTERS.map((k) => ({ value: k, label: m(`journeys.${k}`) }))}
          value={r.kind}
        />
        <Button>{m('period.show')}</Button>
      </form>
      <ul class="plain-list body">
        {presets(p.now).map((preset) => (
          <li key={preset.key}>
            <a
              href={`${SERVICE_QUALITY_PATHS.surveyResults}?${periodQuery(preset.period, r.kind)}`}
            >
              {m(preset.key)}
            </a>
          </li>
        ))}
      </ul>
      <p class="body" data-months>
        {m('period.months', { from: formatMonth(first, locale), to: formatMonth(last, locale) })}
      </p>
      <h2 class="heading-m">{m('summary.title')}</h2>
      <SummaryList
        rows={[
          { key: m('summary.invited'), value: formatNumber(r.invited, locale) },
          {
            key: m('summary.answered'),
            value: <span data-answered>{formatNumber(r.answered, locale)}</span>,
          },
          { key: m('summary.rate'), value: fig(r.responseRate, locale, '%') },
          {
            key: m('summary.topTwo'),
            value: (
              <span data-top-two>
                {fig(r.overall.percent, locale, '%')} ({formatNumber(r.overall.topTwo, locale)}/
                {formatNumber(r.overall.base, locale)})
              </span>
            ),
          },
          {
            key: m('summary.mean'),
            value: `${fig(r.overall.mean, locale)} (${fig(r.overall.sd, locale)})${r.overall.band ? ` ${m(`band.${r.overall.band}`)}` : ''}`,
          },
          { key: m('summary.comments'), value: formatNumber(r.comments, locale) },
        ]}
      />
      <ol class="bo-small body" data-footnotes>
        <li data-footnote-kind={r.kind}>{m('footnote.kind', { kind: m(`journeys.${r.kind}`) })}</li>
        <li data-footnote-base={r.settings.base}>{m(`footnote.base.${r.settings.base}`)}</li>
        <li data-footnote-rounding={r.settings.rounding}>
          {m(`footnote.rounding.${r.settings.rounding}`)}
        </li>
        <li>{m('footnote.bands')}</li>
        {r.versions.length > 0 && (
          <li>
            {m('footnote.versions', { versions: r.versions.map((v) => v.version).join(', ') })}
          </li>
        )}
        <li>
          <a href={SERVICE_QUALITY_PATHS.settings}>{m('footnote.settings')}</a>
        </li>
      </ol>
      <h2 class="heading-m">{m('trend.title')}</h2>
      <Trend r={r} locale={locale} />
      <h2 class="heading-m">{m('questions.title')}</h2>
      <Questions r={r} locale={locale} />
      <h2 class="heading-m">{m('steps.title')}</h2>
      <p class="body">{m('steps.intro')}</p>
      <Steps r={r} locale={locale} />
      <h2 class="heading-m">{m('export.title')}</h2>
      <ul class="plain-list body">
        <li>
          <a href={`${SERVICE_QUALITY_PATHS.surveyResultsCsv}?${q}`}>{m('export.csv')}</a>
        </li>
        <li>
          <a href={`${SERVICE_QUALITY_PATHS.surveyResultsXlsx}?${q}`}>{m('export.xlsx')}</a>
        </li>
      </ul>
      <h2 class="heading-m">{m('comments.title')}</h2>
      <p class="body">
        <a href={`${SERVICE_QUALITY_PATHS.surveyComments}?${q}`}>
          {m('comments.link', { count: formatNumber(r.comments, locale) })}
        </a>
      </p>
    </OfficerLayout>
  )
}
