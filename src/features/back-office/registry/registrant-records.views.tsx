import { formatDate, formatDateTime } from '../../../platform/time.js'
import { SummaryList } from '../../../platform/views/components.js'
import type { PageContext } from '../../../platform/views/context.js'
import { GRANTABLE_SCOPES } from '../../authority/index.js'
import { ruleLabel, receiptMessages } from '../../receipts/index.js'
import { backOfficeMessages } from '../messages.js'
import { auditActionLabel } from '../audit-actions.messages.js'
import { registryMessages, type RegistryTranslate } from './registry.messages.js'
import { REVEAL_REASONS, type RevealReasonCode } from './registry.schema.js'
import type { RegistrantView } from './registrant.service.js'
import { roleText } from '../labels.js'
import { actorType, applicationStatus } from './labels.js'

/** The registrant's applications and each decision's rule results. */
export function Applications({ ctx, view }: { ctx: PageContext; view: RegistrantView }) {
  const m = registryMessages(ctx.locale)
  const rm = receiptMessages(ctx.locale)
  return (
    <>
      <h2 class="heading-m">{m('person.applications')}</h2>
      {view.applications.length === 0 && <p class="body">{m('person.noApplications')}</p>}
      {view.applications.map((a) => (
        <section
          key={a.id}
          class="bo-card"
          aria-label={`${m('application.reference')} ${a.reference}`}
        >
          <h3 class="bo-card__title">
            {m('application.reference')} <span class="reference">{a.reference}</span>
          </h3>
          <SummaryList
            rows={[
              {
                key: m('application.status'),
                value: m(`application.status.${applicationStatus(a.status)}`),
              },
              { key: m('application.started'), value: formatDateTime(a.createdAt, ctx.locale) },
              {
                key: m('application.submitted'),
                value: a.submittedAt ? formatDateTime(a.submittedAt, ctx.locale) : '–',
              },
              ...(a.decision
                ? [
                    {
                      key: m('application.decision'),
                      value: (
                        <span>
                          <strong>{m(`application.outcome.${a.decision.outcome}`)}</strong>{' '}
                          {m('application.decidedAt', {
                            at: formatDateTime(a.decision.decidedAt, ctx.locale),
                            ruleSet: a.decision.ruleSet,
                          })}
                        </span>
                      ),
                    },
                  ]
                : []),
            ]}
          />
          {a.decision?.results && (
            <>
              <h4 class="bo-subtitle">{m('application.rules')}</h4>
              <ul class="checks">
                {a.decision.results.map((r) => (
                  <li
                    key={r.rule}
                    class={r.passed ? 'check-pass' : 'check-fail'}
                    data-rule={r.rule}
                  >
                    {ruleLabel(rm, r.rule, ctx.locale)}{' '}
                    <span class="visually-hidden">
                      {r.passed ? m('rule.passed') : m('rule.failed')}
                    </span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      ))}
      <p class="hint">{m('person.noOverride')}</p>
    </>
  )
}

/** The grants of authority the registrant holds or made as a director. */
export function Grants({ ctx, view }: { ctx: PageContext; view: RegistrantView }) {
  const m = registryMessages(ctx.locale)
  return (
    <>
      <h2 class="heading-m">{m('grants.title')}</h2>
      {view.grants.length === 0 ? (
        <p class="body">{m('grants.none')}</p>
      ) : (
        <div class="bo-table-wrap">
          <table class="bo-table" data-grants>
            <caption class="visually-hidden">{m('grants.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{m('grants.company')}</th>
                <th scope="col">{m('grants.relation')}</th>
                <th scope="col">{m('grants.status')}</th>
                <th scope="col">{m('grants.scopes')}</th>
                <th scope="col">{m('grants.period')}</th>
              </tr>
            </thead>
            <tbody>
              {view.grants.map((g) => (
                <tr key={g.id} data-grant={g.status}>
                  <td class="reference">{g.juristic_id}</td>
                  <td>{m(`grants.relation.${g.relation}`)}</td>
                  <td>{grantStatusText(m, g.status)}</td>
                  <td>
                    <ul class="plain-list">
                      {g.scopes.map((scope) => (
                        <li key={scope}>{scopeText(m, scope)}</li>
                      ))}
                    </ul>
                  </td>
                  <td>
                    {m('grants.periodValue', {
                      from: formatDate(g.valid_from, ctx.locale),
                      until: formatDate(g.valid_until, ctx.locale),
                    })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  )
}

/** Who did what to the registrant's records (for roles that may see it). */
export function History({ ctx, view }: { ctx: PageContext; view: RegistrantView }) {
  const m = registryMessages(ctx.locale)
  const bo = backOfficeMessages(ctx.locale)
  return (
    <>
      {view.history && (
        <>
          <h2 class="heading-m">{m('person.history')}</h2>
          {view.history.length === 0 ? (
            <p class="body">{m('person.noHistory')}</p>
          ) : (
            <div class="bo-table-wrap">
              <table class="bo-table">
                <caption class="visually-hidden">{m('person.history')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{m('history.when')}</th>
                    <th scope="col">{m('history.who')}</th>
                    <th scope="col">{m('history.what')}</th>
                    <th scope="col">{m('history.reason')}</th>
                  </tr>
                </thead>
                <tbody>
                  {view.history.map((e) => (
                    <tr key={e.seq} data-action={e.action}>
                      <td>{formatDateTime(e.occurred_at, ctx.locale)}</td>
                      <td>
                        {m(`actor.${actorType(e.actor_type)}`)}
                        {e.actor_role && (
                          <span class="bo-block hint">
                            {e.actor_role
                              .split(',')
                              .map((r) => roleText(bo, r))
                              .join(', ')}
                          </span>
                        )}
                      </td>
                      <td>
                        {auditActionLabel(m, e.action)}
                        {e.outcome !== 'ok' && (
                          <span class="bo-tag bo-tag--refused">
                            {m(`outcome.${e.outcome === 'failed' ? 'failed' : 'refused'}`)}
                          </span>
                        )}
                      </td>
                      <td>{reasonText(m, e.reason)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </>
  )
}

const GRANT_STATUSES = [
  'awaiting_directors',
  'awaiting_grantee',
  'active',
  'revoked',
  'refused',
] as const

/** A grant's status in words; an unknown one as it is. */
function grantStatusText(m: RegistryTranslate, status: string): string {
  return (GRANT_STATUSES as readonly string[]).includes(status)
    ? m(`grants.status.${status as (typeof GRANT_STATUSES)[number]}`)
    : status
}

/** A granted matter in words; an unknown one as it is. */
function scopeText(m: RegistryTranslate, scope: string): string {
  return (GRANTABLE_SCOPES as readonly string[]).includes(scope)
    ? m(`grants.scope.${scope as (typeof GRANTABLE_SCOPES)[number]}`)
    : scope
}

/** A recorded reason, its code from the list in words. */
function reasonText(m: RegistryTranslate, reason: string | null): string {
  if (!reason) return ''
  const [code, ...rest] = reason.split(': ')
  return (REVEAL_REASONS as readonly string[]).includes(code ?? '')
    ? [m(`reveal.reason.${code as RevealReasonCode}`), ...rest].join(': ')
    : reason
}
