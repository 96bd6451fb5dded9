import { formatDateTime } from '../../platform/time.js'
import {
  Button,
  CsrfField,
  ErrorSummary,
  Radios,
  type FieldError,
} from '../../platform/views/components.js'
import type { PageContext } from '../../platform/views/context.js'
import { Layout } from '../../platform/views/layout.js'
import type { Listing } from './listing.service.js'
import { checkMessages } from './messages.js'
import { CHECK_PATHS } from './paths.js'

/** A registrant's choice to be listed in the public check, with every choice they made. */
export function ListingPage({
  ctx,
  listing,
  error,
  saved,
}: {
  ctx: PageContext
  listing: Listing
  error?: FieldError
  saved?: boolean
}) {
  const m = checkMessages(ctx.locale)
  const errors = error ? [error] : []
  return (
    <Layout ctx={ctx} title={m('listing.title')} hasErrors={errors.length > 0}>
      <ErrorSummary ctx={ctx} errors={errors} />
      {saved && (
        <div class="panel-success" role="status" data-saved>
          <p class="body">{m('listing.saved')}</p>
        </div>
      )}
      <h1 class="heading-l">{m('listing.title')}</h1>
      <p class="body">{m('listing.lead')}</p>
      <p class="body">
        <strong data-listed={String(listing.listed)}>
          {listing.listed ? m('listing.now.listed') : m('listing.now.unlisted')}
        </strong>
      </p>
      <form method="post" action={CHECK_PATHS.listing} novalidate>
        <CsrfField ctx={ctx} />
        <Radios
          id="listed"
          legend={m('listing.question')}
          legendClass="fieldset__legend fieldset__legend--m"
          choices={[
            { value: 'yes', label: m('listing.yes') },
            { value: 'no', label: m('listing.no') },
          ]}
          value={listing.listed ? 'yes' : 'no'}
          error={error?.message}
        />
        <Button>{m('listing.save')}</Button>
      </form>
      {listing.history.length > 0 && (
        <>
          <h2 class="heading-m" id="history-title">
            {m('listing.history')}
          </h2>
          <div class="table-wrap" tabIndex={0} role="region" aria-labelledby="history-title">
            <table class="table" data-history>
              <thead>
                <tr>
                  <th scope="col">{m('listing.history.when')}</th>
                  <th scope="col">{m('listing.history.choice')}</th>
                </tr>
              </thead>
              <tbody>
                {listing.history.map((h, i) => (
                  <tr key={i}>
                    <td>{formatDateTime(h.chosenAt, ctx.locale)}</td>
                    <td>
                      {h.listed ? m('listing.history.listed') : m('listing.history.unlisted')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <p class="body">
        <a href="/account">{m('listing.back')}</a>
      </p>
    </Layout>
  )
}

/** The account page's line linking to the choice (shown to a person with a registration). */
export function ListingLink({ ctx }: { ctx: PageContext }) {
  return (
    <p class="body">
      <a href={CHECK_PATHS.listing}>{checkMessages(ctx.locale)('account.link')}</a>
    </p>
  )
}
