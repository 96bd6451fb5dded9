import type { ComponentChildren } from 'preact'
import { formatDate } from '../../../platform/time.js'
import { SummaryList } from '../../../platform/views/components.js'
import type { PageContext } from '../../../platform/views/context.js'
import { REGISTRATION_PATHS } from '../../registration-actions/index.js'
import { inactivityMessages, type InactivityMessage } from '../inactivity/messages.js'
import { changeMessages } from './messages.js'

/** A suspension as the sweep recorded it: the rule and the dates it used. */
export interface SuspensionFacts {
  rule: 'inactivity.person' | 'inactivity.company'
  months: number
  lastActivityAt: Date
  suspendedAt: Date
}

/**
 * Why a registration is suspended: the rule (6 months for a person, 2 years for a company, as
 * the setting stood), the last customs activity, the suspension date, and what to do.
 */
export function SuspensionReason(p: {
  ctx: PageContext
  registrationId: string
  suspension: SuspensionFacts | undefined
  /** On the reactivation page itself: a heading one level up and no link to the same page. */
  onPage?: boolean
}) {
  const { ctx, suspension: s } = p
  const m = changeMessages(ctx.locale)
  const link = (
    <a href={REGISTRATION_PATHS.reactivate(p.registrationId)} data-reactivate-link>
      {m('suspended.link')}
    </a>
  )
  if (!s)
    return (
      <p class="body" data-suspension>
        {m('suspended.noRecord')} {!p.onPage && link}
      </p>
    )
  const rule = inactivityMessages(ctx.locale)(`rule.${s.rule}` as InactivityMessage, {
    months: String(s.months),
  })
  return (
    <div class="inset" data-suspension data-rule={s.rule}>
      {p.onPage ? (
        <h2 class="heading-m">{m('suspended.title')}</h2>
      ) : (
        <h3 class="heading-s">{m('suspended.title')}</h3>
      )}
      <SummaryList
        rows={[
          { key: m('suspended.rule'), value: m('suspended.ruleValue', { rule }) },
          {
            key: m('suspended.last'),
            value: <span data-last-activity>{formatDate(s.lastActivityAt, ctx.locale)}</span>,
          },
          {
            key: m('suspended.at'),
            value: <span data-suspended-at>{formatDate(s.suspendedAt, ctx.locale)}</span>,
          },
          { key: m('suspended.todo'), value: m('suspended.todoValue') },
        ]}
      />
      {!p.onPage && <p class="body">{link}</p>}
    </div>
  )
}

/** The newest reactivation of a registration: when, and its receipt. */
export function ReactivationNote(p: {
  ctx: PageContext
  outcome: 'approved' | 'refused'
  decidedAt: Date
  receiptId: string
  resultUrl: string
}) {
  const m = changeMessages(p.ctx.locale)
  const date = formatDate(p.decidedAt, p.ctx.locale)
  return (
    <p class="body" data-reactivation={p.outcome}>
      {p.outcome === 'approved' ? (
        m('note.reactivated', { date })
      ) : (
        <a href={p.resultUrl}>{m('note.refused', { date })}</a>
      )}{' '}
      · <a href={`/verify/${p.receiptId}`}>{m('note.receipt')}</a>
    </p>
  )
}

/** Notes under each registration, keyed by its id. */
export type NotesById = Record<string, ComponentChildren[]>
