import type { FieldError } from '../../platform/views/components.js'
import {
  Button,
  ErrorSummary,
  Radios,
  TextField,
  errorFor,
} from '../../platform/views/components.js'
import type { PageContext } from '../../platform/views/context.js'
import { Layout } from '../../platform/views/layout.js'
import { formatDate } from '../../platform/time.js'
import { count } from './format.js'
import { STATISTICS_PATHS } from './paths.js'
import type { StatisticsFigures } from './statistics.service.js'
import {
  AsOfTable,
  BreakdownSection,
  DecisionsSection,
  SatisfactionSection,
  SeriesSection,
} from './sections.views.js'
import type { M } from './tables.views.js'

export interface StatisticsPageProps {
  ctx: PageContext
  m: M
  values: { from: string; to: string; by: string }
  errors: FieldError[]
  figures: StatisticsFigures | null
  ruleLabel: (rule: string) => string
}

function RangeForm({ ctx, m, values, errors }: StatisticsPageProps) {
  return (
    <form method="get" action={STATISTICS_PATHS.page} class="stat-range" noValidate>
      <input type="hidden" name="lang" value={ctx.locale} />
      <h2 class="heading-m">{m('rangeTitle')}</h2>
      <TextField
        id="from"
        label={m('from')}
        hint={m('dateHint')}
        value={values.from}
        error={errorFor(errors, 'from')}
        width="10"
      />
      <TextField
        id="to"
        label={m('to')}
        hint={m('dateHint')}
        value={values.to}
        error={errorFor(errors, 'to')}
        width="10"
      />
      <Radios
        id="by"
        legend={m('by')}
        value={values.by}
        error={errorFor(errors, 'by')}
        choices={[
          { value: 'month', label: m('byMonth') },
          { value: 'day', label: m('byDay') },
        ]}
      />
      <Button>{m('show')}</Button>
    </form>
  )
}

function OpenDataLinks({ m, figures }: { m: M; figures: StatisticsFigures }) {
  const q = `?from=${figures.range.from}&to=${figures.range.to}`
  return (
    <section aria-labelledby="open-data-title">
      <h2 class="heading-m" id="open-data-title">
        {m('openDataTitle')}
      </h2>
      <p class="body">{m('openDataLead')}</p>
      <ul class="bullets">
        <li>
          <a href={`${STATISTICS_PATHS.registrationsCsv}${q}`}>{m('csvLink')}</a>
        </li>
        <li>
          <a href={`${STATISTICS_PATHS.registrationsJson}${q}`}>{m('jsonLink')}</a>
        </li>
        <li>
          <a href={`${STATISTICS_PATHS.summaryJson}${q}`}>{m('summaryLink')}</a>
        </li>
        <li>
          <a href={`${STATISTICS_PATHS.satisfactionCsv}${q}`}>{m('satisfactionCsvLink')}</a>
        </li>
        <li>
          <a href={STATISTICS_PATHS.metadata}>{m('metadataLink')}</a>
        </li>
      </ul>
    </section>
  )
}

/** The public statistics page: the range form, then the figures of the range. */
export function StatisticsPage(props: StatisticsPageProps) {
  const { ctx, m, figures, errors } = props
  const locale = ctx.locale
  const to = figures ? formatDate(figures.range.to, locale) : ''
  return (
    <Layout ctx={ctx} title={m('title')} hasErrors={errors.length > 0}>
      <link rel="stylesheet" href={STATISTICS_PATHS.stylesheet} />
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1 class="heading-xl">{m('title')}</h1>
      <p class="lead">{m('lead')}</p>
      <RangeForm {...props} />
      {figures && (
        <>
          <p class="body" id="period-shown">
            {m('periodShown', { from: formatDate(figures.range.from, locale), to })}
          </p>
          <section aria-labelledby="as-of-title">
            <h2 class="heading-m" id="as-of-title">
              {m('asOfTitle', { date: to })}
            </h2>
            <p class="lead" id="headline">
              {m('headline', { n: count(figures.portalImporterExporterAsOf, locale), date: to })}
            </p>
            <AsOfTable f={figures} m={m} locale={locale} date={to} />
          </section>
          <SeriesSection f={figures} m={m} locale={locale} />
          <BreakdownSection f={figures} m={m} locale={locale} />
          <DecisionsSection f={figures} m={m} locale={locale} ruleLabel={props.ruleLabel} />
          <SatisfactionSection f={figures} m={m} locale={locale} />
          <OpenDataLinks m={m} figures={figures} />
        </>
      )}
    </Layout>
  )
}
