import type { FastifyInstance } from 'fastify'
import type { FeatureDeps } from '../../platform/feature-deps.js'
import { checkRoutes } from './check.routes.js'
import { createChecker } from './check.service.js'
import { listingRoutes } from './listing.routes.js'

// The public registration check (issue 24, ADR 19): anyone checks a registration number on a
// GET page or through a JSON API; a person is listed only when they chose to be, in /account.

/** The check's page, API and the registrant's listing choice (api-docs serves its OpenAPI). */
export async function registrationCheckRoutes(
  app: FastifyInstance,
  opts: {
    deps: FeatureDeps
    /** API calls per client address per minute (default 60; each call up to 100 numbers). */
    apiPerMinute?: number
    /** How long an answer is reused (default 30 s). */
    cacheMs?: number
  },
): Promise<void> {
  const checker = createChecker(
    opts.deps,
    opts.cacheMs === undefined ? {} : { ttlMs: opts.cacheMs },
  )
  await app.register(checkRoutes, {
    checker,
    apiPerMinute: opts.apiPerMinute ?? 60,
  })
  await app.register(listingRoutes, { db: opts.deps.db, checker })
}

export { CheckLink } from './check.views.js'
export { ListingLink } from './listing.views.js'
export { CHECK_PATHS, MAX_NUMBERS } from './paths.js'
export { createChecker, type CheckAnswer, type Checker } from './check.service.js'
export { checkOpenApiDocument } from './openapi.js'
