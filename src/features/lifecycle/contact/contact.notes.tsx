import type { ContactField } from '../../../platform/db/schema.js'
import { formatDate } from '../../../platform/time.js'
import type { PageContext } from '../../../platform/views/context.js'
import { REGISTRATION_PATHS } from '../../registration-actions/index.js'
import { contactChangeMessages } from './messages.js'

export { latestContactChangesOf } from './contact.repository.js'

/** The newest contact change of a registration, under it on /account and the company page. */
export function ContactNote({
  ctx,
  registrationId,
  change,
}: {
  ctx: PageContext
  registrationId: string
  change: { field: ContactField; changed_at: Date }
}) {
  const m = contactChangeMessages(ctx.locale)
  return (
    <p class="body" data-contact-note={change.field}>
      {m('note.changed', {
        date: formatDate(change.changed_at, ctx.locale),
        field: m(`field.${change.field}`),
      })}{' '}
      <a href={REGISTRATION_PATHS.contact(registrationId)}>{m('note.link')}</a>
    </p>
  )
}
