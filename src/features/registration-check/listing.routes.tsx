import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Kysely } from 'kysely'
import { recordAudit } from '../../platform/audit.js'
import type { DB } from '../../platform/db/schema.js'
import type { FormBody } from '../../platform/form.js'
import { pageContext } from '../../platform/http/page-context.js'
import type { Checker } from './check.service.js'
import {
  chooseListing,
  listingOf,
  parseListing,
  tamperedListing,
  type Listing,
} from './listing.service.js'
import { ListingPage } from './listing.views.js'
import { checkMessages } from './messages.js'
import { CHECK_PATHS } from './paths.js'

/** A signed-in registrant chooses whether the public check lists them. */
export async function listingRoutes(
  app: FastifyInstance,
  opts: { db: Kysely<DB>; checker: Checker },
): Promise<void> {
  const { db } = opts

  /** The signed-in person and their listing; otherwise the reply is already a redirect. */
  async function signedIn(request: FastifyRequest, reply: FastifyReply) {
    const personId = request.session.get('personId')
    if (!personId) {
      await reply.redirect('/account/sign-in', 303)
      return undefined
    }
    const listing = await listingOf(db, personId)
    if (!listing) {
      await reply.redirect('/account', 303)
      return undefined
    }
    return { personId, listing }
  }

  function page(request: FastifyRequest, reply: FastifyReply, listing: Listing, status = 200) {
    const ctx = pageContext(request, reply, { forms: true, status })
    const error =
      status === 400
        ? { field: 'listed', message: checkMessages(ctx.locale)('listing.error.required') }
        : undefined
    const saved = (request.query as { saved?: string }).saved === '1'
    return reply.page(
      <ListingPage ctx={ctx} listing={listing} error={error} saved={saved && !error} />,
      status,
    )
  }

  app.get(CHECK_PATHS.listing, async (request, reply) => {
    const who = await signedIn(request, reply)
    if (!who) return reply
    return page(request, reply, who.listing)
  })

  app.post(CHECK_PATHS.listing, async (request, reply) => {
    const who = await signedIn(request, reply)
    if (!who) return reply
    const body = (request.body ?? {}) as FormBody
    if (tamperedListing(body)) {
      await recordAudit(db, {
        actorType: 'registrant',
        actorId: who.personId,
        action: 'registration_check.listing_tampered',
        subjectType: 'person',
        subjectId: who.personId,
        outcome: 'refused',
        requestId: request.id,
      })
      return page(request, reply, who.listing, 400)
    }
    const parsed = parseListing(body)
    if (!parsed.ok) return page(request, reply, who.listing, 400)
    const hmac = await chooseListing(db, who.personId, parsed.value, request.id)
    opts.checker.forget(hmac)
    return reply.redirect(`${CHECK_PATHS.listing}?saved=1`, 303)
  })
}
