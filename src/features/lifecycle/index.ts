import type { FastifyInstance } from 'fastify'
import type { FeatureDeps } from '../../platform/feature-deps.js'
import { activityApiRoutes } from './activity/activity.routes.js'
import { tokenKeyOf } from './activity/tokens.js'
import { inactivityJobs } from './inactivity/jobs.js'
import type { JobDefinition } from '../../platform/jobs/index.js'
import { cancellationRoutes } from './cancellation/cancellation.routes.js'
import type { ChangeDeps } from './reactivation/owner.service.js'
import { reactivationRoutes } from './reactivation/reactivation.routes.js'

// A registration's life after its decision (issue 23): customs activity reported by the
// clearance system through its API (ADR 18); the inactivity sweep
// (warnings 30 and 7 days before, then SUSPENDED); next, reactivation.

/**
 * The lifecycle's routes: the customs activity API under /api/v1; given the receipt signer and
 * DBD, the registrant's reactivation and cancellation under /account/registrations/:id.
 */
export async function lifecycleRoutes(
  app: FastifyInstance,
  opts: {
    deps: FeatureDeps | ChangeDeps
    /** The secret the API's access-token key is derived from (the HMAC secret). */
    tokenSecret: { keyId: string; value: Buffer }
    /** Requests per calling system per minute on the activity endpoint (default 600). */
    apiRequestsPerMinute?: number
  },
): Promise<void> {
  await app.register(activityApiRoutes, {
    deps: { ...opts.deps, tokenKey: tokenKeyOf(opts.tokenSecret) },
    ...(opts.apiRequestsPerMinute ? { requestsPerMinute: opts.apiRequestsPerMinute } : {}),
  })
  if ('signer' in opts.deps) {
    await app.register(reactivationRoutes, { deps: opts.deps })
    await app.register(cancellationRoutes, { deps: opts.deps })
  }
}

/** The lifecycle's periodic work: the inactivity sweep (warnings, then suspension). */
export function lifecycleJobs(deps: FeatureDeps): JobDefinition[] {
  return inactivityJobs({ db: deps.db, publicBaseUrl: deps.publicBaseUrl })
}

export { API_PATHS, openApiDocument } from './activity/openapi.js'
export { PROBLEM_BASE, PROBLEM_KINDS, type ProblemKind } from './activity/problem.js'
export {
  ApiClientError,
  createApiClient,
  disableApiClient,
  rotateApiClientSecret,
  type Operator,
} from './activity/clients.service.js'
export { runInactivitySweep, type SweepCounts } from './inactivity/inactivity.service.js'
export { companyInactivityMonths, personInactivityMonths } from './inactivity/settings.js'

// Reactivation and cancellation by the registrant: the notes the status page and a company's
// page show under each registration (wired in by app.ts), the status lines' reasons.
export {
  registrationNotes,
  type NotedRegistration,
  type RegistrationNotes,
} from './reactivation/registration-notes.js'
export type { ChangeDeps } from './reactivation/owner.service.js'
export { SuspensionReason, type SuspensionFacts } from './reactivation/notes.views.js'
export { REACTIVATION_REASON } from './reactivation/reactivation.service.js'
export { CANCELLATION_REASON } from './cancellation/cancellation.service.js'
// The registrant's own changes (issue 23): contact details, and data refreshed from its source.
export { contactRoutes } from './contact/contact.routes.js'
export { refreshRoutes } from './refresh/refresh.routes.js'
export { PERSON_REFRESH_RULE_SET, COMPANY_REFRESH_RULE_SET } from './refresh/refresh.rules.js'
