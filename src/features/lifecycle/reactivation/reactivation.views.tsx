import { formatDate } from '../../../platform/time.js'
import { Button, CsrfField } from '../../../platform/views/components.js'
import type { PageContext } from '../../../platform/views/context.js'
import { Layout } from '../../../platform/views/layout.js'
import { REGISTRATION_PATHS } from '../../registration-actions/index.js'
import { changeMessages } from './messages.js'
import { SuspensionReason, type SuspensionFacts } from './notes.views.js'
import { REACTIVATION_RULE_LABELS, REACTIVATION_RULE_SET, type ReactivationRule } from './rules.js'

/** Reactivation: why it is suspended, the rules checked again, verify then reactivate. */
export function ReactivatePage(p: {
  ctx: PageContext
  registrationId: string
  party: 'person' | 'company'
  suspended: boolean
  suspension: SuspensionFacts | undefined
  verified: boolean
}) {
  const { ctx } = p
  const m = changeMessages(ctx.locale)
  const path = REGISTRATION_PATHS.reactivate(p.registrationId)
  const rules: readonly ReactivationRule[] = REACTIVATION_RULE_SET[p.party]
  return (
    <Layout ctx={ctx} title={m('reactivate.title')}>
      <h1 class="heading-l">{m('reactivate.title')}</h1>
      {!p.suspended ? (
        <p class="body" data-not-suspended>
          {m('reactivate.notSuspended')}
        </p>
      ) : (
        <>
          <SuspensionReason
            ctx={ctx}
            registrationId={p.registrationId}
            suspension={p.suspension}
            onPage
          />
          <p class="body">{m('reactivate.intro')}</p>
          <h2 class="heading-m">{m('reactivate.rules')}</h2>
          <ul class="list list--bullet" data-rules>
            {rules.map((r) => (
              <li key={r}>{REACTIVATION_RULE_LABELS[r][ctx.locale]}</li>
            ))}
          </ul>
          {p.verified ? (
            <form method="post" action={path}>
              <CsrfField ctx={ctx} />
              <p class="body" data-step-up-fresh>
                {m('reactivate.verified')}
              </p>
              <Button>{m('reactivate.submit')}</Button>
            </form>
          ) : (
            <form method="post" action={`${path}/verify`}>
              <CsrfField ctx={ctx} />
              <Button>{m('reactivate.verify')}</Button>
            </form>
          )}
        </>
      )}
      <p class="body">
        <a href="/account">{m('back')}</a>
      </p>
    </Layout>
  )
}

/** The decision: active again, or the rules that failed and what to do about each. */
export function ReactivationResultPage(p: {
  ctx: PageContext
  outcome: 'approved' | 'refused'
  failed: ReactivationRule[]
  decidedAt: Date
  email: string
  receiptId: string
}) {
  const { ctx } = p
  const m = changeMessages(ctx.locale)
  const approved = p.outcome === 'approved'
  const title = m(approved ? 'result.approvedTitle' : 'result.refusedTitle')
  return (
    <Layout ctx={ctx} title={title}>
      <h1 class="heading-l" data-outcome={p.outcome}>
        {title}
      </h1>
      {approved ? (
        <p class="body">
          {m('result.approvedBody', {
            date: formatDate(p.decidedAt, ctx.locale),
            email: p.email,
          })}
        </p>
      ) : (
        <>
          <p class="body">{m('result.refusedBody')}</p>
          <ul class="list" data-failed-rules>
            {p.failed.map((r) => (
              <li key={r} data-rule={r}>
                <strong>{REACTIVATION_RULE_LABELS[r][ctx.locale]}</strong>
                <br />
                {m('result.todo')}: {m(`todo.${r}`)}
              </li>
            ))}
          </ul>
        </>
      )}
      <p class="body">
        <a href={`/verify/${p.receiptId}`} data-receipt>
          {m('result.receipt')}
        </a>
      </p>
      <p class="body">
        <a href="/account">{m('back')}</a>
      </p>
    </Layout>
  )
}
