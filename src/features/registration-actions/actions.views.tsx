import type { PageContext } from '../../platform/views/context.js'
import { actionMessages } from './messages.js'
import { RENEWAL_OPENS_DAYS, REGISTRATION_PATHS } from './paths.js'

/** What the list of actions needs to know of a registration. */
export interface ActionableRegistration {
  id: string
  kind: 'importer_exporter' | 'customs_broker'
  status: 'ACTIVE' | 'SUSPENDED' | 'CANCELLED' | 'EXPIRED'
  validUntil: Date | null
}

const DAY_MS = 86_400_000

/**
 * The changes a registrant can make to one registration in its current state. A suspended one
 * can only be reactivated, and the note that says why it is suspended (lifecycle's
 * SuspensionReason, shown above this list on /account and on the company page) carries that
 * link with its explanation, so the list repeats nothing. A cancelled or expired one is history
 * (a new application starts again). `holdsBroker` hides the broker application once a live
 * broker registration exists.
 */
export function RegistrationActions({
  ctx,
  registration: r,
  holdsBroker,
  now,
}: {
  ctx: PageContext
  registration: ActionableRegistration
  holdsBroker: boolean
  now: Date
}) {
  const m = actionMessages(ctx.locale)
  const links: { href: string; text: string; action: string }[] = []
  if (r.status === 'ACTIVE') {
    links.push({ href: REGISTRATION_PATHS.contact(r.id), text: m('contact'), action: 'contact' })
    links.push({ href: REGISTRATION_PATHS.refresh(r.id), text: m('refresh'), action: 'refresh' })
    if (r.kind === 'importer_exporter' && !holdsBroker)
      links.push({ href: REGISTRATION_PATHS.broker(r.id), text: m('broker'), action: 'broker' })
    if (
      r.kind === 'customs_broker' &&
      r.validUntil &&
      r.validUntil.getTime() - now.getTime() <= RENEWAL_OPENS_DAYS * DAY_MS
    )
      links.push({ href: REGISTRATION_PATHS.renew(r.id), text: m('renew'), action: 'renew' })
    links.push({ href: REGISTRATION_PATHS.cancel(r.id), text: m('cancel'), action: 'cancel' })
  }
  if (links.length === 0) return null
  return (
    <ul class="plain-list registration-actions" aria-label={m('label')}>
      {links.map((l) => (
        <li key={l.action}>
          <a href={l.href} data-registration-action={l.action}>
            {l.text}
          </a>
        </li>
      ))}
    </ul>
  )
}
