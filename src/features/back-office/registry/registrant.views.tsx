import { formatDate, formatDateTime } from '../../../platform/time.js'
import {
  Button,
  CsrfField,
  ErrorSummary,
  errorFor,
  Select,
  SummaryList,
  type FieldError,
  TextArea,
} from '../../../platform/views/components.js'
import type { PageContext } from '../../../platform/views/context.js'
import { OfficerLayout, type OfficerBadge } from '../layout.views.js'
import { registryMessages, type RegistryTranslate } from './registry.messages.js'
import { OFFICER_PATHS } from '../paths.js'
import type { FieldView } from '../presenter.js'
import { REVEAL_REASONS } from './registry.schema.js'
import type { RegistrantView } from './registrant.service.js'
import { kindText, statusText } from './labels.js'
import { Applications, Grants, History } from './registrant-records.views.js'

function FieldValue({ m, field }: { m: RegistryTranslate; field: FieldView }) {
  if (field.value === '') return <span class="hint">{m('person.empty')}</span>
  return (
    <>
      <span class={field.name === 'nationalId' ? 'reference' : undefined} data-field={field.name}>
        {field.value}
      </span>
      {field.masked && <span class="bo-tag bo-tag--masked">{m('person.masked')}</span>}
      <span class="source-tag">{m(`source.${field.source}`)}</span>
    </>
  )
}

/** A registrant: data with its sources, registrations, applications and rule results, history. */
export function RegistrantPage({
  ctx,
  officer,
  view,
  errors = [],
  values = {},
}: {
  ctx: PageContext
  officer: OfficerBadge
  view: RegistrantView
  errors?: FieldError[]
  values?: Record<string, string>
}) {
  const m = registryMessages(ctx.locale)
  const title = view.nameTh || m('person.title')
  return (
    <OfficerLayout ctx={ctx} title={title} hasErrors={errors.length > 0} officer={officer}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <p class="bo-caption">{m('person.caption')}</p>
      <h1 class="heading-l">{title}</h1>
      <p class="body">
        <a href={OFFICER_PATHS.registry}>{m('person.back')}</a>
      </p>
      {view.revealed && (
        <div class="notice notice--success" role="status">
          <p class="body">{m('person.revealedNotice')}</p>
        </div>
      )}
      <h2 class="heading-m">{m('person.data')}</h2>
      <p class="hint">
        {view.verifiedAt
          ? m('person.verifiedAt', { at: formatDateTime(view.verifiedAt, ctx.locale) })
          : ''}
      </p>
      <SummaryList
        rows={view.fields.map((f) => ({
          key: m(`field.${f.name}`),
          value: <FieldValue m={m} field={f} />,
        }))}
      />
      {view.canReveal && !view.revealed && view.fields.some((f) => f.masked) && (
        <details class="bo-details" open={errors.length > 0}>
          <summary class="bo-details__summary">{m('reveal.open')}</summary>
          <form
            method="post"
            action={OFFICER_PATHS.reveal(view.personId)}
            novalidate
            class="bo-details__body"
          >
            <CsrfField ctx={ctx} />
            <p class="body">{m('reveal.intro')}</p>
            <Select
              id="reason"
              label={m('reveal.reason')}
              placeholder={m('reveal.choose')}
              value={values.reason ?? ''}
              error={errorFor(errors, 'reason')}
              options={REVEAL_REASONS.map((r) => ({ value: r, label: m(`reveal.reason.${r}`) }))}
            />
            <TextArea
              id="reasonText"
              label={m('reveal.text')}
              hint={m('reveal.textHint')}
              value={values.reasonText ?? ''}
              error={errorFor(errors, 'reasonText')}
            />
            <Button>{m('reveal.button')}</Button>
          </form>
        </details>
      )}

      <h2 class="heading-m">{m('person.registrations')}</h2>
      {view.registrations.length === 0 && <p class="body">{m('person.noRegistrations')}</p>}
      {view.registrations.map((r) => (
        <section key={r.id} class="bo-card" aria-label={kindText(m, r.kind)}>
          <h3 class="bo-card__title">{kindText(m, r.kind)}</h3>
          <SummaryList
            rows={[
              {
                key: m('registration.status'),
                value: <strong data-status={r.status}>{statusText(m, r.status)}</strong>,
              },
              {
                key: m('registration.channel'),
                value: m(`channel.${r.channel === 'counter' ? 'counter' : 'online'}`),
              },
              { key: m('registration.validFrom'), value: formatDate(r.validFrom, ctx.locale) },
              {
                key: m('registration.validUntil'),
                value: r.validUntil
                  ? formatDate(r.validUntil, ctx.locale)
                  : m('registration.noEnd'),
              },
              {
                key: m('registration.lastActivity'),
                value: formatDate(r.lastActivity, ctx.locale),
              },
              {
                key: m('registration.history'),
                value:
                  r.history.length === 0 ? (
                    '–'
                  ) : (
                    <ul class="plain-list">
                      {r.history.map((h, n) => (
                        <li key={n}>
                          {formatDateTime(h.changedAt, ctx.locale)}: {statusText(m, h.status)} (
                          {h.reason})
                        </li>
                      ))}
                    </ul>
                  ),
              },
            ]}
          />
        </section>
      ))}

      <Applications ctx={ctx} view={view} />
      <Grants ctx={ctx} view={view} />
      <History ctx={ctx} view={view} />
    </OfficerLayout>
  )
}
