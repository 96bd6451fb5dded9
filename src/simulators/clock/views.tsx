import { formatDateTime, formatNumber } from '../../platform/time.js'
import type { PageContext } from '../../platform/views/context.js'
import {
  Button,
  CsrfField,
  errorFor,
  ErrorSummary,
  TextField,
  type FieldError,
} from '../../platform/views/components.js'
import { Layout } from '../../platform/views/layout.js'
import { clockMessages } from './messages.js'

interface JobRow {
  name: string
  next_run_at: Date
  last_finished_at: Date | null
  runs: number
  last_error: string | null
}

/** The jobs clock, each job's schedule, and the form that moves the clock forward. */
export function ClockPage(p: {
  ctx: PageContext
  now: Date
  offsetMs: number
  jobs: JobRow[]
  ran?: string[]
  errors: FieldError[]
  values: Record<string, string>
}) {
  const { ctx } = p
  const m = clockMessages(ctx.locale)
  const when = (d: Date | null) =>
    d ? formatDateTime(d, ctx.locale, { style: 'medium' }) : m('never')
  const aheadDays = formatNumber(Math.floor(p.offsetMs / 86_400_000), ctx.locale)
  return (
    <Layout ctx={ctx} title={m('title')} hasErrors={p.errors.length > 0}>
      <ErrorSummary ctx={ctx} errors={p.errors} />
      <p>
        <span class="tag">SIMULATOR</span>
      </p>
      <h1 class="heading-l">{m('title')}</h1>
      <p class="lead">{m('lead')}</p>
      {p.ran && (
        <div class="notice" role="status" data-ran={p.ran.join(',')}>
          <p class="body">
            {p.ran.length > 0 ? m('ran', { names: p.ran.join(', ') }) : m('ranNone')}
          </p>
        </div>
      )}
      <dl class="summary-list">
        <div class="summary-list__row">
          <dt class="summary-list__key">{m('now')}</dt>
          <dd class="summary-list__value" data-jobs-clock={p.now.toISOString()}>
            {when(p.now)}
          </dd>
        </div>
        <div class="summary-list__row">
          <dt class="summary-list__key">{m('ahead')}</dt>
          <dd class="summary-list__value">
            {aheadDays} {m('days')}
          </dd>
        </div>
      </dl>
      <h2 class="heading-m" id="jobs-heading">
        {m('jobs')}
      </h2>
      {p.jobs.length === 0 ? (
        <p class="body">{m('noJobs')}</p>
      ) : (
        // Focusable and named: on a phone the table scrolls sideways, also by keyboard.
        <div class="table-wrap" tabIndex={0} role="region" aria-labelledby="jobs-heading">
          <table class="table">
            <thead>
              <tr>
                <th scope="col">{m('job')}</th>
                <th scope="col">{m('nextRun')}</th>
                <th scope="col">{m('lastFinished')}</th>
                <th scope="col">{m('runs')}</th>
                <th scope="col">{m('lastError')}</th>
              </tr>
            </thead>
            <tbody>
              {p.jobs.map((j) => (
                <tr key={j.name} data-job={j.name}>
                  <th scope="row">
                    <code>{j.name}</code>
                  </th>
                  <td>{when(j.next_run_at)}</td>
                  <td>{when(j.last_finished_at)}</td>
                  <td>{formatNumber(j.runs, ctx.locale)}</td>
                  <td>{j.last_error ?? m('never')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2 class="heading-m">{m('move')}</h2>
      <form method="post" action="/simulators/clock" novalidate>
        <CsrfField ctx={ctx} />
        <TextField
          id="days"
          label={m('daysLabel')}
          hint={m('daysHint')}
          inputMode="numeric"
          width="5"
          value={p.values.days ?? ''}
          error={errorFor(p.errors, 'days')}
        />
        <TextField
          id="hours"
          label={m('hoursLabel')}
          hint={m('hoursHint')}
          inputMode="numeric"
          width="5"
          value={p.values.hours ?? ''}
          error={errorFor(p.errors, 'hours')}
        />
        <Button>{m('button')}</Button>
      </form>
    </Layout>
  )
}
