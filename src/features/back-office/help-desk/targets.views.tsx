import { formatDateTime } from '../../../platform/time.js'
import {
  Button,
  CsrfField,
  ErrorSummary,
  errorFor,
  TextArea,
  type FieldError,
} from '../../../platform/views/components.js'
import type { PageContext } from '../../../platform/views/context.js'
import {
  helpMessages,
  type TargetChange,
  type TargetRow,
  type TicketCategory,
} from '../../help-desk/index.js'
import { OfficerLayout, type OfficerBadge } from '../layout.views.js'
import { calendarMessages } from './calendar.messages.js'
import { targetField } from './calendar.schema.js'
import { DESK_PATHS } from './paths.js'

export interface TargetsProps {
  ctx: PageContext
  officer: OfficerBadge
  targets: TargetRow[]
  history: TargetChange[]
  values?: Record<string, string>
  errors?: FieldError[]
  changed?: boolean
  saved?: TicketCategory[]
}

/** The SLA targets of every category, edited together, and their history. */
export function TargetsPage(p: TargetsProps) {
  const m = calendarMessages(p.ctx.locale)
  const cat = (c: TicketCategory) => helpMessages(p.ctx.locale)(`cat.${c}`)
  const errors = p.errors ?? []
  // After "changed meanwhile" the page carries the current versions: saving again is a choice.
  const value = (k: 'first' | 'resolution' | 'version', t: TargetRow) =>
    (k === 'version' && p.changed ? undefined : p.values?.[targetField(k, t.category)]) ??
    String(
      k === 'first' ? t.firstResponseHours : k === 'resolution' ? t.resolutionHours : t.version,
    )
  const hoursInput = (k: 'first' | 'resolution', t: TargetRow) => {
    const id = targetField(k, t.category)
    const error = errorFor(errors, id)
    return (
      <td>
        <label class="visually-hidden" for={id}>
          {m(k === 'first' ? 'targets.firstOf' : 'targets.resolutionOf', {
            category: cat(t.category),
          })}
        </label>
        {error && (
          <p class="error-message" id={`${id}-error`}>
            {error}
          </p>
        )}
        <input
          class={`input input--5${error ? ' input--error' : ''}`}
          id={id}
          name={id}
          inputMode="numeric"
          value={value(k, t)}
          aria-describedby={error ? `${id}-error` : undefined}
          aria-invalid={error ? 'true' : undefined}
        />
      </td>
    )
  }
  return (
    <OfficerLayout
      ctx={p.ctx}
      title={m('targets.title')}
      officer={p.officer}
      hasErrors={errors.length > 0}
    >
      <p>
        <a href={DESK_PATHS.config}>{m('back')}</a>
      </p>
      <ErrorSummary ctx={p.ctx} errors={errors} />
      <h1 class="heading-l">{m('targets.title')}</h1>
      {p.changed && (
        <div class="notice notice--warning" role="alert" data-changed-meanwhile>
          <p>{m('targets.changed')}</p>
        </div>
      )}
      {p.saved && (
        <div class="notice notice--success" role="status" data-saved>
          <p>
            {p.saved.length > 0
              ? m('targets.saved', { categories: p.saved.map(cat).join(', ') })
              : m('targets.unchanged')}
          </p>
        </div>
      )}
      <p class="body">{m('targets.intro')}</p>
      <form method="post" action={DESK_PATHS.targets} novalidate>
        <CsrfField ctx={p.ctx} />
        <div class="table-wrap" role="region" aria-labelledby="targets-caption" tabIndex={0}>
          <table class="table" data-targets>
            <caption id="targets-caption" class="visually-hidden">
              {m('targets.title')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{m('targets.category')}</th>
                <th scope="col">{m('targets.first')}</th>
                <th scope="col">{m('targets.resolution')}</th>
              </tr>
            </thead>
            <tbody>
              {p.targets.map((t) => (
                <tr key={t.category} data-category={t.category}>
                  <th scope="row">
                    {cat(t.category)}
                    <input
                      type="hidden"
                      name={targetField('version', t.category)}
                      value={value('version', t)}
                    />
                  </th>
                  {hoursInput('first', t)}
                  {hoursInput('resolution', t)}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <TextArea
          id="reason"
          label={m('targets.reason')}
          value={p.values?.reason}
          error={errorFor(errors, 'reason')}
          rows={2}
        />
        <Button>{m('targets.save')}</Button>
      </form>
      <h2 class="heading-m">{m('targets.history')}</h2>
      {p.history.length === 0 ? (
        <p class="body">{m('targets.noHistory')}</p>
      ) : (
        <div class="table-wrap" role="region" aria-labelledby="history-caption" tabIndex={0}>
          <table class="table" data-history>
            <caption id="history-caption" class="visually-hidden">
              {m('targets.history')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{m('targets.when')}</th>
                <th scope="col">{m('targets.who')}</th>
                <th scope="col">{m('targets.category')}</th>
                <th scope="col">{m('targets.change')}</th>
                <th scope="col">{m('targets.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {p.history.map((h) => (
                <tr key={`${h.category}-${h.version}`}>
                  <td>{formatDateTime(h.changedAt, p.ctx.locale)}</td>
                  <td>{h.changedByName}</td>
                  <td>{cat(h.category)}</td>
                  <td>
                    {m('targets.changeValue', {
                      fromFirst: h.before.firstResponseHours,
                      toFirst: h.after.firstResponseHours,
                      fromRes: h.before.resolutionHours,
                      toRes: h.after.resolutionHours,
                    })}
                  </td>
                  <td>{h.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </OfficerLayout>
  )
}
