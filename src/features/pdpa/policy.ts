import type { FastifyRequest } from 'fastify'
import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { ForbiddenError } from '../../platform/errors.js'
import { auditRefusal, authOf, type OfficerAuth, type Role } from '../back-office/index.js'

/** The one role that handles data-subject requests and publishes the notices. */
export const DPO_ROLE: Role = 'data_protection'

/** True for an officer holding the data-protection role. */
export function isDpo(roles: readonly Role[]): boolean {
  return roles.includes(DPO_ROLE)
}

/**
 * The service-level check, made again whatever the route checked: anyone but the
 * data-protection officer is refused, and the refusal is audited.
 */
export async function requireDpo(
  db: Kysely<DB>,
  auth: OfficerAuth,
  action: string,
  subject?: { type: string; id: string },
): Promise<void> {
  if (isDpo(auth.roles)) return
  await auditRefusal(db, auth, {
    action,
    ...(subject ? { subjectType: subject.type, subjectId: subject.id } : {}),
  })
  throw new ForbiddenError(`${DPO_ROLE} role needed for ${action}`)
}

/** The route-level check, after the back office's guard has found the signed-in officer. */
export function dpoOnly(db: Kysely<DB>) {
  return async function dpoOnlyHandler(request: FastifyRequest) {
    await requireDpo(db, authOf(request), `${request.method} ${request.routeOptions.url ?? ''}`)
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

/** True for a canonical UUID: anything else in a path is simply "not found". */
export function isUuid(value: string): boolean {
  return UUID.test(value)
}
