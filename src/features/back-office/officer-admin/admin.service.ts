import { recordAudit } from '../../../platform/audit.js'
import { ConflictError, ForbiddenError, NotFoundError } from '../../../platform/errors.js'
import {
  authorise,
  type BackOfficeDeps,
  changeUnit,
  emailInUse,
  findOfficer,
  findOfficerByUsername,
  insertOfficer,
  listOfficers,
  type OfficerAuth,
  type OfficerListRow,
  type OfficerRow,
  replaceRoles,
  resetEnrolment,
  type Role,
  roleLabel,
  rolesOf,
  setStatus,
} from '../../officers/index.js'
import { enqueueEnrolmentMail, newEnrolment, type EnrolmentSent } from './enrolment.mail.js'
import type { GrantRequestRow } from './grant-requests.repository.js'
import {
  onlyOneAdministrator,
  requestGrant,
  splitRoles,
  waitingRequestFor,
} from './grants.service.js'

export interface NewOfficer {
  username: string
  displayName: string
  unit: string
  email: string
  roles: Role[]
}

/** What the administrator is told after creating an officer: never the link itself. */
export interface OfficerCreated extends EnrolmentSent {
  /** Roles held at once (those one administrator may grant). */
  held: Role[]
  /** Sensitive roles waiting for a second administrator. */
  waiting: Role[]
  onlyOneAdministrator: boolean
}

/** Every officer, for the administrator's list. */
export async function listAllOfficers(
  deps: BackOfficeDeps,
  auth: OfficerAuth,
): Promise<OfficerListRow[]> {
  await authorise(deps.db, auth, 'officers.manage', 'officers.list')
  return listOfficers(deps.db)
}

/** One officer, their roles and any request waiting for a second administrator. */
export async function getOfficer(
  deps: BackOfficeDeps,
  auth: OfficerAuth,
  officerId: string,
): Promise<{
  officer: OfficerRow
  roles: Role[]
  waiting: GrantRequestRow | undefined
  onlyOneAdministrator: boolean
}> {
  await authorise(deps.db, auth, 'officers.manage', 'officers.view', {
    type: 'officer',
    id: officerId,
  })
  const officer = await findOfficer(deps.db, officerId)
  if (!officer) throw new NotFoundError()
  return {
    officer,
    roles: await rolesOf(deps.db, officerId),
    waiting: await waitingRequestFor(deps, officerId),
    onlyOneAdministrator: await onlyOneAdministrator(deps.db),
  }
}

/**
 * An administrator creates an officer. The enrolment link goes to the officer's address through
 * the outbox; roles one administrator may grant apply at once, sensitive ones wait for a second.
 */
export async function createOfficer(
  deps: BackOfficeDeps,
  auth: OfficerAuth,
  input: NewOfficer,
): Promise<OfficerCreated> {
  await authorise(deps.db, auth, 'officers.manage', 'officers.create')
  if (await findOfficerByUsername(deps.db, input.username))
    throw new ConflictError('username taken')
  if (await emailInUse(deps.db, input.email)) throw new ConflictError('e-mail address taken')
  const { now: held, waiting } = splitRoles([], input.roles)
  const enrolment = newEnrolment()
  const sent = await deps.db.transaction().execute(async (trx) => {
    const officerId = await insertOfficer(trx, {
      ...input,
      roles: held,
      createdBy: auth.officerId,
      enrolmentTokenHash: enrolment.tokenHash,
      enrolmentExpiresAt: enrolment.expiresAt,
    })
    await recordAudit(trx, {
      actorType: 'officer',
      actorId: auth.officerId,
      actorRole: roleLabel(auth.roles),
      action: 'officer.created',
      subjectType: 'officer',
      subjectId: officerId,
      requestId: auth.requestId,
      data: { roles: held, waiting, unit: input.unit },
      details: { ip: auth.ip },
    })
    if (waiting.length > 0)
      await requestGrant(
        trx,
        auth,
        { id: officerId, email: input.email },
        {
          roles: waiting,
          email: input.email,
        },
      )
    return enqueueEnrolmentMail(
      trx,
      deps.publicBaseUrl,
      { officerId, email: input.email, displayName: input.displayName, username: input.username },
      enrolment,
    )
  })
  return { ...sent, held, waiting, onlyOneAdministrator: await onlyOneAdministrator(deps.db) }
}

/**
 * Refuses, and audits, an officer changing their own account: the route calls it before it reads
 * the form, the service again.
 */
export async function refuseSelfChange(
  deps: BackOfficeDeps,
  auth: OfficerAuth,
  officerId: string,
  roles: Role[],
): Promise<void> {
  if (officerId !== auth.officerId) return
  await recordAudit(deps.db, {
    actorType: 'officer',
    actorId: auth.officerId,
    actorRole: roleLabel(auth.roles),
    action: 'officer.access_refused',
    subjectType: 'officer',
    subjectId: officerId,
    outcome: 'refused',
    requestId: auth.requestId,
    data: { wanted: 'officers.update_self', roles },
    details: { ip: auth.ip },
  })
  throw new SelfChangeError()
}

/**
 * An administrator changes another officer's roles, unit, status and address. Nobody changes
 * their own account: an administrator cannot grant themselves registry access, nor remove the
 * last way back in. Removals and roles one administrator may grant apply at once; sensitive
 * roles and a new address wait for a second administrator (grants.service.ts).
 */
export async function updateOfficer(
  deps: BackOfficeDeps,
  auth: OfficerAuth,
  officerId: string,
  input: { roles: Role[]; unit: string; email: string; status: 'active' | 'disabled' | undefined },
): Promise<void> {
  await authorise(deps.db, auth, 'officers.manage', 'officers.update', {
    type: 'officer',
    id: officerId,
  })
  const officer = await findOfficer(deps.db, officerId)
  if (!officer) throw new NotFoundError()
  await refuseSelfChange(deps, auth, officerId, input.roles)
  if (await emailInUse(deps.db, input.email, officerId))
    throw new ConflictError('e-mail address taken')
  await deps.db.transaction().execute(async (trx) => {
    const { now, waiting } = splitRoles(await rolesOf(trx, officerId), input.roles)
    const before = await replaceRoles(trx, officerId, now, auth.officerId)
    if (input.unit !== officer.unit) await changeUnit(trx, officerId, input.unit, auth.officerId)
    if (input.status && officer.status !== 'pending' && input.status !== officer.status)
      await setStatus(trx, officerId, input.status)
    await recordAudit(trx, {
      actorType: 'officer',
      actorId: auth.officerId,
      actorRole: roleLabel(auth.roles),
      action: 'officer.updated',
      subjectType: 'officer',
      subjectId: officerId,
      requestId: auth.requestId,
      data: {
        rolesBefore: before,
        rolesAfter: now,
        ...(waiting.length > 0 ? { waiting } : {}),
        ...(input.unit !== officer.unit ? { unitBefore: officer.unit, unitAfter: input.unit } : {}),
        ...(input.status && input.status !== officer.status ? { status: input.status } : {}),
      },
      details: { ip: auth.ip },
    })
    await requestGrant(trx, auth, officer, { roles: waiting, email: input.email })
  })
}

/** A lost authenticator: a new one-time link goes to the officer's address, never to the screen. */
export async function reissueEnrolment(
  deps: BackOfficeDeps,
  auth: OfficerAuth,
  officerId: string,
): Promise<EnrolmentSent> {
  await authorise(deps.db, auth, 'officers.manage', 'officers.reset', {
    type: 'officer',
    id: officerId,
  })
  const officer = await findOfficer(deps.db, officerId)
  if (!officer) throw new NotFoundError()
  if (officerId === auth.officerId) throw new SelfChangeError()
  const email = officer.email
  if (!email) throw new ConflictError('the officer has no e-mail address yet')
  const enrolment = newEnrolment()
  return deps.db.transaction().execute(async (trx) => {
    await resetEnrolment(trx, officerId, enrolment.tokenHash, enrolment.expiresAt)
    await recordAudit(trx, {
      actorType: 'officer',
      actorId: auth.officerId,
      actorRole: roleLabel(auth.roles),
      action: 'officer.enrolment_reset',
      subjectType: 'officer',
      subjectId: officerId,
      requestId: auth.requestId,
      data: { emailConfirmed: officer.email_confirmed_at !== null },
      details: { ip: auth.ip },
    })
    return enqueueEnrolmentMail(
      trx,
      deps.publicBaseUrl,
      { officerId, email, displayName: officer.display_name, username: officer.username },
      enrolment,
    )
  })
}

/** Raised when an officer tries to change their own account's roles or sign-in. */
export class SelfChangeError extends ForbiddenError {
  constructor() {
    super('an officer cannot change their own roles')
  }
}
