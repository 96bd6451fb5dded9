import type { FastifyInstance } from 'fastify'
import type { FeatureDeps } from '../../platform/feature-deps.js'
import { activityApiRoutes } from './activity/activity.routes.js'
import { tokenKeyOf } from './activity/tokens.js'

// A registration's life after its decision (issue 23): customs activity reported by the
// clearance system through its API (ADR 18); next, suspension for inactivity and reactivation.

/** The lifecycle's routes: the customs activity API under /api/v1. */
export async function lifecycleRoutes(
  app: FastifyInstance,
  opts: {
    deps: FeatureDeps
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
}

export { API_PATHS, openApiDocument } from './activity/openapi.js'
export {
  ApiClientError,
  createApiClient,
  disableApiClient,
  rotateApiClientSecret,
  type Operator,
} from './activity/clients.service.js'
