import type { ComponentChildren } from 'preact'
import type { Kysely } from 'kysely'
import type { DB } from '../../../platform/db/schema.js'
import { formatDate } from '../../../platform/time.js'
import type { PageContext } from '../../../platform/views/context.js'
import { REGISTRATION_PATHS } from '../../registration-actions/index.js'
import { cancellationsOf } from '../cancellation/cancellation.repository.js'
import { PendingCancellationNote } from '../cancellation/cancellation.views.js'
import { cancellationMessages } from '../cancellation/messages.js'
import { pendingCancellation } from '../cancellation/pending.service.js'
import { ContactNote, latestContactChangesOf } from '../contact/contact.notes.js'
import { latestRefreshesOf, RefreshNote } from '../refresh/refresh.notes.js'
import { ReactivationNote, SuspensionReason } from './notes.views.js'
import { suspensionsOf } from './owner.repository.js'
import { reactivationsOf } from './reactivation.repository.js'

/** A registration as a page lists it: enough to say what its life has been. */
export interface NotedRegistration {
  id: string
  status: 'ACTIVE' | 'SUSPENDED' | 'CANCELLED' | 'EXPIRED'
}

/** Notes for each registration of a page, keyed by its id. */
export type RegistrationNotes = (
  ctx: PageContext,
  registrations: NotedRegistration[],
  personId: string,
) => Promise<Record<string, ComponentChildren>>

/**
 * What the status page (/account) and a company's page show under each registration: why it
 * is suspended and what to do; its newest reactivation or cancellation with the receipt; a
 * cancellation waiting for the company's directors, with the link to confirm it.
 */
export function registrationNotes(deps: { db: Kysely<DB> }): RegistrationNotes {
  return async (ctx, registrations, personId) => {
    const ids = registrations.map((r) => r.id)
    const [suspensions, reactivations, cancellations, refreshes, contacts] = await Promise.all([
      suspensionsOf(deps.db, ids),
      reactivationsOf(deps.db, ids),
      cancellationsOf(deps.db, ids),
      latestRefreshesOf(deps.db, ids),
      latestContactChangesOf(deps.db, ids),
    ])
    const out: Record<string, ComponentChildren> = {}
    for (const r of registrations) {
      const notes: ComponentChildren[] = []
      const s = suspensions.find((x) => x.registration_id === r.id)
      if (r.status === 'SUSPENDED')
        notes.push(
          <SuspensionReason
            ctx={ctx}
            registrationId={r.id}
            suspension={
              s && {
                rule: s.rule,
                months: s.months,
                lastActivityAt: s.last_activity_at,
                suspendedAt: s.suspended_at,
              }
            }
          />,
        )
      const f = refreshes.find((x) => x.registration_id === r.id)
      // A refused refresh explains a suspension; once reactivated, the reactivation says more.
      if (f && (f.outcome === 'approved' || r.status === 'SUSPENDED'))
        notes.push(<RefreshNote ctx={ctx} registrationId={r.id} refresh={f} />)
      const cc = contacts.find((x) => x.registration_id === r.id)
      if (cc) notes.push(<ContactNote ctx={ctx} registrationId={r.id} change={cc} />)
      const re = reactivations.find((x) => x.registration_id === r.id)
      if (re)
        notes.push(
          <ReactivationNote
            ctx={ctx}
            outcome={re.outcome}
            decidedAt={re.decided_at}
            receiptId={re.receipt_id}
            resultUrl={`${REGISTRATION_PATHS.reactivate(r.id)}/result`}
          />,
        )
      const c = cancellations.find((x) => x.registration_id === r.id)
      if (c?.status === 'cancelled' && c.decided_at && c.receipt_id)
        notes.push(
          <p class="body" data-cancellation="cancelled">
            {cancellationMessages(ctx.locale)('note.cancelled', {
              date: formatDate(c.decided_at, ctx.locale),
            })}{' '}
            ·{' '}
            <a href={`/verify/${c.receipt_id}`}>
              {cancellationMessages(ctx.locale)('done.receipt')}
            </a>
          </p>,
        )
      if (
        c?.status === 'awaiting_directors' &&
        (r.status === 'ACTIVE' || r.status === 'SUSPENDED')
      ) {
        const pending = await pendingCancellation(deps.db, r.id, personId)
        if (pending)
          notes.push(
            <PendingCancellationNote ctx={ctx} registrationId={r.id} pending={pending} link />,
          )
      }
      if (notes.length > 0) out[r.id] = <div data-registration-notes>{notes}</div>
    }
    return out
  }
}
