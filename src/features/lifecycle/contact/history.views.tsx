import type { ContactField, StoredMailing } from '../../../platform/db/schema.js'
import { formatDateTime, type Locale } from '../../../platform/time.js'
import type { PageContext } from '../../../platform/views/context.js'
import { formatAddress, MixedText } from '../../address/index.js'
import { contactChangeMessages } from './messages.js'

/** One change as the page lists it. */
export interface HistoryRow {
  id: string
  field: ContactField
  oldValue: unknown
  newValue: unknown
  changedAt: Date
}

/** A stored mailing address in words: the source's address, or the typed one. */
export function mailingWords(
  m: StoredMailing | null,
  registrant: 'person' | 'company',
  locale: Locale,
): string {
  const t = contactChangeMessages(locale)
  if (m === null || m.kind === 'id-card')
    return registrant === 'person' ? t('contact.mailing.idCard') : t('contact.mailing.registered')
  return formatAddress(m, locale)
}

function valueText(
  field: ContactField,
  v: unknown,
  registrant: 'person' | 'company',
  locale: Locale,
): string {
  if (field === 'mailing_address')
    return mailingWords(v as StoredMailing | null, registrant, locale)
  return typeof v === 'string' && v !== '' ? v : contactChangeMessages(locale)('history.none')
}

/** The registration's contact changes, newest first: what changed, from what, to what. */
export function ContactHistory({
  ctx,
  rows,
  registrant,
}: {
  ctx: PageContext
  rows: HistoryRow[]
  registrant: 'person' | 'company'
}) {
  if (rows.length === 0) return null
  const m = contactChangeMessages(ctx.locale)
  return (
    <section aria-labelledby="history-title">
      <h2 class="heading-m" id="history-title">
        {m('history.title')}
      </h2>
      <div class="table-wrap" tabIndex={0} role="region" aria-labelledby="history-title">
        <table class="table" data-contact-history>
          <thead>
            <tr>
              <th scope="col">{m('history.when')}</th>
              <th scope="col">{m('history.what')}</th>
              <th scope="col">{m('history.old')}</th>
              <th scope="col">{m('history.new')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((h) => (
              <tr key={h.id} data-change={h.field}>
                <td>{formatDateTime(h.changedAt, ctx.locale)}</td>
                <td>{m(`field.${h.field}`)}</td>
                <td data-old>
                  <MixedText
                    text={valueText(h.field, h.oldValue, registrant, ctx.locale)}
                    locale={ctx.locale}
                  />
                </td>
                <td data-new>
                  <MixedText
                    text={valueText(h.field, h.newValue, registrant, ctx.locale)}
                    locale={ctx.locale}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
