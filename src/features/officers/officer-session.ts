import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { ForbiddenError } from '../../platform/errors.js'
import type { BackOfficeDeps } from './deps.js'
import type { OfficerBadge } from './frame.views.js'
import { activeOfficerWithRoles } from './officer.repository.js'
import { SIGN_IN_PATHS } from './paths.js'
import { auditRefusal } from './policy.js'
import { can, type OfficerAuth, type Permission } from './roles.js'

// The officer's keys in the server-side session: a namespace of their own, never shared with
// the registrant's (personId). Signing in as either regenerates the session and drops the other.
declare module 'fastify' {
  interface Session {
    /** The officer signed in to this session (after password and second factor). */
    officerId?: string
    /** Password accepted, second factor awaited: who, and since when (ms). */
    officerPending?: { id: string; at: number }
    /** The officer enrolling through a one-time link. */
    officerEnrolment?: string
  }
  interface FastifyRequest {
    /** The signed-in officer on back-office routes behind the guard. */
    officer: (OfficerBadge & { id: string }) | null
  }
}

/** How long the second factor may follow the password. */
export const PENDING_MS = 5 * 60_000

/** The acting officer as services receive it. */
export function authOf(request: FastifyRequest): OfficerAuth {
  const officer = request.officer
  if (!officer) throw new ForbiddenError('no officer on this request')
  return { officerId: officer.id, roles: officer.roles, requestId: request.id, ip: request.ip }
}

/** The signed-in officer for views. */
export function badgeOf(request: FastifyRequest): OfficerBadge {
  const officer = request.officer
  if (!officer) throw new ForbiddenError('no officer on this request')
  return officer
}

/**
 * The route-level check (the service checks again): a signed-in, active officer, and, when a
 * permission is named, one of their roles grants it. A refusal is audited and shown as 403.
 */
export function officerGuard(app: FastifyInstance, deps: BackOfficeDeps) {
  app.decorateRequest('officer', null)
  return (permission?: Permission) =>
    async function guard(request: FastifyRequest, reply: FastifyReply) {
      const id = request.session.get('officerId')
      const officer = id ? await activeOfficerWithRoles(deps.db, id) : undefined
      if (!officer) {
        // A disabled officer's session ends at their next request.
        if (id) await request.session.regenerate()
        return reply.redirect(SIGN_IN_PATHS.signIn, 303)
      }
      request.officer = {
        id: officer.id,
        displayName: officer.display_name,
        unit: officer.unit,
        roles: officer.roles,
      }
      if (permission && !can(officer.roles, permission)) {
        await auditRefusal(deps.db, authOf(request), {
          permission,
          action: `${request.method} ${request.routeOptions.url ?? ''}`,
        })
        throw new ForbiddenError(`${permission} needed`)
      }
    }
}
