import { formatDateTime, formatNumber } from '../../../platform/time.js'
import {
  ErrorSummary,
  errorFor,
  Select,
  TextField,
  type FieldError,
} from '../../../platform/views/components.js'
import type { PageContext } from '../../../platform/views/context.js'
import { auditorMessages, type AuditorTranslate } from './auditor.messages.js'
import { ACTOR_TYPES, filterQueryString, OUTCOMES } from './auditor.schema.js'
import { EXPORT_MAX, type EventsPage } from './auditor.service.js'
import { roleText } from '../labels.js'
import { OfficerLayout, type OfficerBadge } from '../layout.views.js'
import { backOfficeMessages } from '../messages.js'
import { OFFICER_PATHS } from '../paths.js'
import { auditActionLabel, auditActionMessages } from '../audit-actions.messages.js'
import { ROLES } from '../../officers/index.js'

function FilterForm({
  ctx,
  m,
  values,
  errors,
}: {
  ctx: PageContext
  m: AuditorTranslate
  values: Record<string, string>
  errors: FieldError[]
}) {
  const bo = backOfficeMessages(ctx.locale)
  const text = (id: string, label: string, hint?: string, width: '20' | '10' | 'full' = '20') => (
    <TextField
      id={id}
      label={label}
      hint={hint}
      value={values[id] ?? ''}
      error={errorFor(errors, id)}
      width={width}
      autoComplete="off"
      spellcheck={false}
    />
  )
  const any = m('filter.any')
  return (
    <form method="get" action={OFFICER_PATHS.auditEvents} novalidate class="bo-filter">
      <h2 class="heading-m">{m('filter.title')}</h2>
      {text('from', m('filter.from'), m('filter.date.hint'), '10')}
      {text('to', m('filter.to'), m('filter.date.hint'), '10')}
      {text('action', m('filter.action'), m('filter.action.hint'))}
      <Select
        id="actorType"
        label={m('filter.actorType')}
        placeholder={any}
        value={values.actorType ?? ''}
        error={errorFor(errors, 'actorType')}
        options={ACTOR_TYPES.map((t) => ({ value: t, label: m(`actorType.${t}`) }))}
      />
      <Select
        id="role"
        label={m('filter.role')}
        placeholder={any}
        value={values.role ?? ''}
        error={errorFor(errors, 'role')}
        options={ROLES.map((r) => ({ value: r, label: bo(`role.${r}`) }))}
      />
      {text('subjectType', m('filter.subjectType'), m('filter.subjectType.hint'))}
      {text('subjectId', m('filter.subjectId'), m('filter.subjectId.hint'), 'full')}
      <Select
        id="outcome"
        label={m('filter.outcome')}
        placeholder={any}
        value={values.outcome ?? ''}
        error={errorFor(errors, 'outcome')}
        options={OUTCOMES.map((o) => ({ value: o, label: m(`outcome.${o}`) }))}
      />
      <button type="submit" class="button">
        {m('filter.button')}
      </button>{' '}
      <a href={OFFICER_PATHS.auditEvents} class="bo-inline-link">
        {m('filter.clear')}
      </a>
    </form>
  )
}

/** The audit trail for auditors: a filter, the matching events and their CSV export. */
export function AuditEventsPage({
  ctx,
  officer,
  values,
  errors = [],
  page,
  paged,
}: {
  ctx: PageContext
  officer: OfficerBadge
  values: Record<string, string>
  errors?: FieldError[]
  page?: EventsPage
  /** This page continues from an older seq: offer the way back to the newest. */
  paged?: boolean
}) {
  const m = auditorMessages(ctx.locale)
  const rm = auditActionMessages(ctx.locale)
  const bo = backOfficeMessages(ctx.locale)
  return (
    <OfficerLayout
      ctx={ctx}
      title={m('events.title')}
      hasErrors={errors.length > 0}
      officer={officer}
    >
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1 class="heading-l">{m('events.title')}</h1>
      <p class="body">{m('events.intro')}</p>
      <FilterForm ctx={ctx} m={m} values={values} errors={errors} />
      {page && (
        <section aria-labelledby="results-title">
          <h2 class="heading-m" id="results-title">
            {m('results.title')}
          </h2>
          <p class="body">
            <a href={`${OFFICER_PATHS.auditExport}${filterQueryString(values)}`} data-export>
              {m('export.link')}
            </a>
          </p>
          <p class="hint">{m('export.hint', { max: formatNumber(EXPORT_MAX, ctx.locale) })}</p>
          {page.items.length === 0 ? (
            <p class="body">{m('results.none')}</p>
          ) : (
            <>
              <p class="body">
                {m('results.showing', { count: formatNumber(page.items.length, ctx.locale) })}
              </p>
              <div class="bo-table-wrap">
                <table class="bo-table" data-events>
                  <caption class="visually-hidden">{m('results.caption')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{m('col.seq')}</th>
                      <th scope="col">{m('col.when')}</th>
                      <th scope="col">{m('col.actor')}</th>
                      <th scope="col">{m('col.action')}</th>
                      <th scope="col">{m('col.subject')}</th>
                      <th scope="col">{m('col.outcome')}</th>
                      <th scope="col">{m('col.details')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {page.items.map((e) => (
                      <tr key={e.seq} data-action={e.action} data-seq={e.seq}>
                        <td>{e.seq}</td>
                        <td>{formatDateTime(e.occurred_at, ctx.locale)}</td>
                        <td>
                          {(ACTOR_TYPES as readonly string[]).includes(e.actor_type)
                            ? m(`actorType.${e.actor_type as 'officer'}`)
                            : e.actor_type}
                          {e.actor_role && (
                            <span class="bo-block hint">
                              {e.actor_role
                                .split(',')
                                .map((r) => roleText(bo, r))
                                .join(', ')}
                            </span>
                          )}
                          {e.actor_id && (
                            <span class="bo-block bo-break bo-small">{e.actor_id}</span>
                          )}
                        </td>
                        <td>
                          <code class="bo-code">{e.action}</code>
                          {auditActionLabel(rm, e.action) !== e.action && (
                            <span class="bo-block hint">{auditActionLabel(rm, e.action)}</span>
                          )}
                        </td>
                        <td>
                          {e.subject_type ?? '–'}
                          {e.subject_id && (
                            <span class="bo-block bo-break bo-small">{e.subject_id}</span>
                          )}
                        </td>
                        <td>
                          {e.outcome === 'ok' ? (
                            m('outcome.ok')
                          ) : (
                            <span class="bo-tag bo-tag--refused">
                              {m(`outcome.${e.outcome === 'failed' ? 'failed' : 'refused'}`)}
                            </span>
                          )}
                        </td>
                        <td>
                          {Object.keys(e.data).length > 0 && (
                            <code class="bo-code bo-break bo-small">{JSON.stringify(e.data)}</code>
                          )}
                          {e.reason && (
                            <span class="bo-block">
                              {m('results.reason', { reason: e.reason })}
                            </span>
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
          {(page.olderBefore || paged) && (
            <nav class="bo-pagination" aria-label={m('results.pages')}>
              <ul class="plain-list">
                {page.olderBefore && (
                  <li>
                    <a
                      href={`${OFFICER_PATHS.auditEvents}${filterQueryString(values, { before: page.olderBefore })}`}
                      rel="next"
                    >
                      {m('results.older')}
                    </a>
                  </li>
                )}
                {paged && (
                  <li>
                    <a href={`${OFFICER_PATHS.auditEvents}${filterQueryString(values)}`}>
                      {m('results.newest')}
                    </a>
                  </li>
                )}
              </ul>
            </nav>
          )}
        </section>
      )}
    </OfficerLayout>
  )
}
