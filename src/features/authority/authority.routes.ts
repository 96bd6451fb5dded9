import type { FastifyInstance } from 'fastify'
import { AUTHORITY_PATHS } from './paths.js'
import type { PurposeHandler } from '../identity/index.js'
import type { CompanyDeps, SignedKind } from '../registration-company/index.js'
import { acceptRoutes } from './accept.routes.js'
import { onGranteeVerified } from './acceptance.service.js'
import { actingRoutes, type CompanyRegistrationNotes } from './acting.routes.js'
import { grantRoutes } from './grants.routes.js'
import { authorityGuards } from './guards.js'
import { describeGrant, progressGrant } from './signing.service.js'

/** Grants are signed by directors the same way as company registrations. */
export function authorityKind(deps: CompanyDeps): SignedKind {
  return {
    describe: (applicationId, locale) => describeGrant(deps, applicationId, locale),
    progress: (applicationId, requestId) => progressGrant(deps, applicationId, requestId),
  }
}

/** The grantee's verification purpose. */
export function granteePurpose(deps: CompanyDeps): PurposeHandler {
  return {
    onVerified: (trx, ctx) => onGranteeVerified(deps, trx, ctx),
    afterVerified: async () => AUTHORITY_PATHS.accepting,
    pageUrl: AUTHORITY_PATHS.accepting,
  }
}

/** Acting for a company, grants of authority, and their acceptance. */
export async function authorityRoutes(
  app: FastifyInstance,
  opts: { deps: CompanyDeps; notes?: CompanyRegistrationNotes },
): Promise<void> {
  const { deps } = opts
  const guards = authorityGuards(deps)
  actingRoutes(app, deps, guards, opts.notes)
  grantRoutes(app, deps, guards)
  acceptRoutes(app, deps)
}
