import type { Kysely } from 'kysely'
import { recordAudit } from '../../platform/audit.js'
import type { DB } from '../../platform/db/schema.js'
import { ForbiddenError } from '../../platform/errors.js'
import { can, roleLabel, type OfficerAuth, type Permission } from './roles.js'

/** Records that an officer was refused something; the refusal itself is evidence. */
export async function auditRefusal(
  db: Kysely<DB>,
  auth: OfficerAuth,
  what: { permission?: Permission; action: string; subjectType?: string; subjectId?: string },
): Promise<void> {
  await recordAudit(db, {
    actorType: 'officer',
    actorId: auth.officerId,
    actorRole: roleLabel(auth.roles),
    action: 'officer.access_refused',
    subjectType: what.subjectType ?? null,
    subjectId: what.subjectId ?? null,
    outcome: 'refused',
    requestId: auth.requestId,
    data: { wanted: what.action, ...(what.permission ? { permission: what.permission } : {}) },
    details: { ip: auth.ip },
  })
}

/**
 * The service-level check, made again whatever the route checked: a missing permission is
 * audited and refused.
 */
export async function authorise(
  db: Kysely<DB>,
  auth: OfficerAuth,
  permission: Permission,
  action: string,
  subject?: { type: string; id: string },
): Promise<void> {
  if (can(auth.roles, permission)) return
  await auditRefusal(db, auth, {
    permission,
    action,
    ...(subject ? { subjectType: subject.type, subjectId: subject.id } : {}),
  })
  throw new ForbiddenError(`${permission} needed for ${action}`)
}
