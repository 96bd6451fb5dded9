import type { Kysely } from 'kysely'
import { recordAudit } from '../../../platform/audit.js'
import type { DB } from '../../../platform/db/schema.js'
import { ConflictError, ForbiddenError, NotFoundError } from '../../../platform/errors.js'
import {
  addApprovedRoles,
  authorise,
  type BackOfficeDeps,
  countAdministrators,
  emailInUse,
  findOfficer,
  isSensitiveRole,
  isUuid,
  type OfficerAuth,
  resetEnrolment,
  type Role,
  roleLabel,
  setConfirmedEmail,
} from '../../officers/index.js'
import { enqueueAddressChangedMail, enqueueEnrolmentMail, newEnrolment } from './enrolment.mail.js'
import {
  decideGrantRequest,
  findGrantRequest,
  insertGrantRequest,
  listPendingRequests,
  pendingRequestFor,
  supersedePending,
  type GrantRequestRow,
} from './grant-requests.repository.js'

// Four eyes for the back office's own accounts: a sensitive role (roles.ts) or a new address
// takes effect only when an administrator who neither asked for it nor receives it approves it,
// and never while only one administrator is active.

/** Raised when the requester or the officer concerned tries to approve. */
export class GrantFourEyesError extends ForbiddenError {
  constructor() {
    super('a grant is approved by an administrator who neither asked for it nor receives it')
  }
}

/** Raised while only one administrator is active: nobody is there to be the second. */
export class OnlyOneAdministratorError extends ForbiddenError {
  constructor() {
    super('a second active administrator is needed')
  }
}

export class GrantDecidedError extends ConflictError {
  constructor() {
    super('the request is no longer waiting')
  }
}

export class GrantEmailTakenError extends ConflictError {
  constructor() {
    super('another officer has this e-mail address')
  }
}

function actor(auth: OfficerAuth) {
  return {
    actorType: 'officer' as const,
    actorId: auth.officerId,
    actorRole: roleLabel(auth.roles),
    requestId: auth.requestId,
  }
}

/** The wanted roles split into what one administrator may set now and what must wait. */
export function splitRoles(held: readonly Role[], wanted: readonly Role[]) {
  return {
    now: wanted.filter((r) => held.includes(r) || !isSensitiveRole(r)),
    waiting: wanted.filter((r) => !held.includes(r) && isSensitiveRole(r)),
  }
}

function sameRoles(a: readonly Role[], b: readonly Role[]): boolean {
  return a.length === b.length && a.every((r) => b.includes(r))
}

/**
 * In the caller's transaction: records what waits for a second administrator — sensitive roles
 * the officer does not hold, and a different address — replacing any earlier request for the
 * same officer (the form always states the whole wish). Returns the waiting request's id.
 */
export async function requestGrant(
  trx: Kysely<DB>,
  auth: OfficerAuth,
  officer: { id: string; email: string | null },
  want: { roles: Role[]; email: string },
): Promise<string | undefined> {
  const pending = await pendingRequestFor(trx, officer.id)
  const emailChange = want.email !== officer.email
  if (pending && sameRoles(pending.roles, want.roles) && pending.email === want.email)
    return pending.id
  if (pending) {
    await supersedePending(trx, officer.id, auth.officerId)
    await recordAudit(trx, {
      ...actor(auth),
      action: 'officer.grant_superseded',
      subjectType: 'officer',
      subjectId: officer.id,
      data: { requestId: pending.id },
      details: { ip: auth.ip },
    })
  }
  if (want.roles.length === 0 && !emailChange) return undefined
  const requestId = await insertGrantRequest(trx, {
    officerId: officer.id,
    roles: want.roles,
    email: want.email,
    emailBefore: officer.email,
    requestedBy: auth.officerId,
  })
  await recordAudit(trx, {
    ...actor(auth),
    action: 'officer.grant_requested',
    subjectType: 'officer',
    subjectId: officer.id,
    data: { requestId, roles: want.roles, emailChange },
    details: { ip: auth.ip },
  })
  return requestId
}

/** True while fewer than two administrators are active: no sensitive grant can complete. */
export async function onlyOneAdministrator(db: Kysely<DB>): Promise<boolean> {
  return (await countAdministrators(db, 'active')) < 2
}

/** The requests waiting for a second administrator. */
export async function listGrantRequests(
  deps: BackOfficeDeps,
  auth: OfficerAuth,
): Promise<GrantRequestRow[]> {
  await authorise(deps.db, auth, 'officers.manage', 'officers.grants')
  return listPendingRequests(deps.db)
}

/** The officer's waiting request, for their page. */
export async function waitingRequestFor(
  deps: BackOfficeDeps,
  officerId: string,
): Promise<GrantRequestRow | undefined> {
  return pendingRequestFor(deps.db, officerId)
}

/** One request, for its page. */
export async function getGrantRequest(
  deps: BackOfficeDeps,
  auth: OfficerAuth,
  id: string,
): Promise<GrantRequestRow> {
  const subject = isUuid(id) ? { type: 'officer_grant_request', id } : undefined
  await authorise(deps.db, auth, 'officers.manage', 'officers.grant_view', subject)
  const request = await findGrantRequest(deps.db, id)
  if (!request) throw new NotFoundError()
  return request
}

/**
 * The decider's checks, made by the route before it reads the form and again by the service:
 * the permission, four eyes (a refusal is audited before anything else), that the request
 * still waits, and — to approve — a second active administrator.
 */
export async function decidableRequest(
  deps: BackOfficeDeps,
  auth: OfficerAuth,
  id: string,
  decision: 'approve' | 'decline',
): Promise<GrantRequestRow> {
  const request = await getGrantRequest(deps, auth, id)
  const own = request.officer_id === auth.officerId
  const asked = request.requested_by === auth.officerId
  if (own || (decision === 'approve' && asked)) {
    await recordAudit(deps.db, {
      ...actor(auth),
      action: 'officer.four_eyes_refused',
      subjectType: 'officer',
      subjectId: request.officer_id,
      outcome: 'refused',
      data: { wanted: `officers.grant_${decision}`, requestId: request.id, own, asked },
      details: { ip: auth.ip },
    })
    throw new GrantFourEyesError()
  }
  if (request.status !== 'pending') throw new GrantDecidedError()
  if (decision === 'approve' && (await onlyOneAdministrator(deps.db))) {
    await recordAudit(deps.db, {
      ...actor(auth),
      action: 'officer.four_eyes_refused',
      subjectType: 'officer',
      subjectId: request.officer_id,
      outcome: 'refused',
      data: { wanted: 'officers.grant_approve', requestId: request.id, why: 'one_administrator' },
      details: { ip: auth.ip },
    })
    throw new OnlyOneAdministratorError()
  }
  return request
}

/**
 * A second administrator approves: the roles are added (granted by the requester, approved by
 * them), the address becomes the officer's, confirmed by them. A new address is told to the old
 * one; an officer still waiting to enrol gets a new link at the new address.
 */
export async function approveGrantRequest(
  deps: BackOfficeDeps,
  auth: OfficerAuth,
  id: string,
): Promise<void> {
  const request = await decidableRequest(deps, auth, id, 'approve')
  await deps.db.transaction().execute(async (trx) => {
    if (await emailInUse(trx, request.email, request.officer_id)) throw new GrantEmailTakenError()
    if (!(await decideGrantRequest(trx, request.id, auth.officerId, 'approved')))
      throw new GrantDecidedError()
    const officer = await findOfficer(trx, request.officer_id)
    if (!officer) throw new NotFoundError()
    const added = await addApprovedRoles(
      trx,
      officer.id,
      request.roles,
      request.requested_by,
      auth.officerId,
    )
    await setConfirmedEmail(trx, officer.id, request.email, auth.officerId)
    const emailChanged = officer.email !== request.email
    if (emailChanged && officer.email)
      await enqueueAddressChangedMail(trx, officer.email, officer.username)
    const resend = emailChanged && officer.status === 'pending'
    if (resend) {
      const enrolment = newEnrolment()
      await resetEnrolment(trx, officer.id, enrolment.tokenHash, enrolment.expiresAt)
      await enqueueEnrolmentMail(
        trx,
        deps.publicBaseUrl,
        {
          officerId: officer.id,
          email: request.email,
          displayName: officer.display_name,
          username: officer.username,
        },
        enrolment,
      )
    }
    await recordAudit(trx, {
      ...actor(auth),
      action: 'officer.grant_approved',
      subjectType: 'officer',
      subjectId: officer.id,
      data: {
        requestId: request.id,
        requestedBy: request.requested_by,
        roles: added,
        emailConfirmed: true,
        emailChanged,
        enrolmentSent: resend,
      },
      details: { ip: auth.ip },
    })
  })
}

/** Any other administrator declines; the requester declining is a withdrawal. */
export async function declineGrantRequest(
  deps: BackOfficeDeps,
  auth: OfficerAuth,
  id: string,
): Promise<void> {
  const request = await decidableRequest(deps, auth, id, 'decline')
  await deps.db.transaction().execute(async (trx) => {
    if (!(await decideGrantRequest(trx, request.id, auth.officerId, 'declined')))
      throw new GrantDecidedError()
    await recordAudit(trx, {
      ...actor(auth),
      action: 'officer.grant_declined',
      subjectType: 'officer',
      subjectId: request.officer_id,
      data: { requestId: request.id, withdrawn: request.requested_by === auth.officerId },
      details: { ip: auth.ip },
    })
  })
}
