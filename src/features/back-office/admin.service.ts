import { recordAudit } from '../../platform/audit.js'
import { ConflictError, ForbiddenError, NotFoundError } from '../../platform/errors.js'
import { randomToken } from '../../platform/ids.js'
import type { BackOfficeDeps } from './auth.service.js'
import { secretDigest } from './credentials.js'
import {
  findOfficer,
  findOfficerByUsername,
  rolesOf,
  type OfficerRow,
} from './officers.repository.js'
import {
  anyAdministrator,
  changeUnit,
  insertOfficer,
  listOfficers,
  replaceRoles,
  resetEnrolment,
  setStatus,
  type OfficerListRow,
} from './officer-admin.repository.js'
import { OFFICER_PATHS } from './paths.js'
import { authorise } from './policy.js'
import { roleLabel, type OfficerAuth, type Role } from './roles.js'

/** An enrolment link is valid this long. */
export const ENROLMENT_HOURS = 72

export interface NewOfficer {
  username: string
  displayName: string
  unit: string
  roles: Role[]
}

/** The one-time enrolment link, as a path and as the full URL to hand over. */
export interface EnrolmentLink {
  officerId: string
  path: string
  url: string
  expiresAt: Date
}

function link(
  deps: BackOfficeDeps,
  officerId: string,
  token: string,
  expiresAt: Date,
): EnrolmentLink {
  const path = OFFICER_PATHS.enrolLink(token)
  return { officerId, path, url: `${deps.publicBaseUrl}${path}`, expiresAt }
}

function expiry(): Date {
  return new Date(Date.now() + ENROLMENT_HOURS * 3600_000)
}

/** Every officer, for the administrator's list. */
export async function listAllOfficers(
  deps: BackOfficeDeps,
  auth: OfficerAuth,
): Promise<OfficerListRow[]> {
  await authorise(deps.db, auth, 'officers.manage', 'officers.list')
  return listOfficers(deps.db)
}

/** One officer and their roles, for the administrator. */
export async function getOfficer(
  deps: BackOfficeDeps,
  auth: OfficerAuth,
  officerId: string,
): Promise<{ officer: OfficerRow; roles: Role[] }> {
  await authorise(deps.db, auth, 'officers.manage', 'officers.view', {
    type: 'officer',
    id: officerId,
  })
  const officer = await findOfficer(deps.db, officerId)
  if (!officer) throw new NotFoundError()
  return { officer, roles: await rolesOf(deps.db, officerId) }
}

/** An administrator creates an officer; returns the one-time enrolment link. */
export async function createOfficer(
  deps: BackOfficeDeps,
  auth: OfficerAuth,
  input: NewOfficer,
): Promise<EnrolmentLink> {
  await authorise(deps.db, auth, 'officers.manage', 'officers.create')
  if (await findOfficerByUsername(deps.db, input.username))
    throw new ConflictError('username taken')
  const token = randomToken()
  const expiresAt = expiry()
  const id = await deps.db.transaction().execute(async (trx) => {
    const officerId = await insertOfficer(trx, {
      ...input,
      createdBy: auth.officerId,
      enrolmentTokenHash: secretDigest(token),
      enrolmentExpiresAt: expiresAt,
    })
    await recordAudit(trx, {
      actorType: 'officer',
      actorId: auth.officerId,
      actorRole: roleLabel(auth.roles),
      action: 'officer.created',
      subjectType: 'officer',
      subjectId: officerId,
      requestId: auth.requestId,
      data: { roles: input.roles, unit: input.unit },
      details: { ip: auth.ip },
    })
    return officerId
  })
  return link(deps, id, token, expiresAt)
}

/**
 * An administrator changes another officer's roles and unit. Nobody changes their own roles:
 * an administrator cannot grant themselves registry access, nor remove the last way back in.
 */
export async function updateOfficer(
  deps: BackOfficeDeps,
  auth: OfficerAuth,
  officerId: string,
  input: { roles: Role[]; unit: string; status: 'active' | 'disabled' | undefined },
): Promise<void> {
  await authorise(deps.db, auth, 'officers.manage', 'officers.update', {
    type: 'officer',
    id: officerId,
  })
  const officer = await findOfficer(deps.db, officerId)
  if (!officer) throw new NotFoundError()
  if (officerId === auth.officerId) {
    await recordAudit(deps.db, {
      actorType: 'officer',
      actorId: auth.officerId,
      actorRole: roleLabel(auth.roles),
      action: 'officer.access_refused',
      subjectType: 'officer',
      subjectId: officerId,
      outcome: 'refused',
      requestId: auth.requestId,
      data: { wanted: 'officers.update_self', roles: input.roles },
      details: { ip: auth.ip },
    })
    throw new SelfChangeError()
  }
  await deps.db.transaction().execute(async (trx) => {
    const before = await replaceRoles(trx, officerId, input.roles, auth.officerId)
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
        rolesAfter: input.roles,
        ...(input.unit !== officer.unit ? { unitBefore: officer.unit, unitAfter: input.unit } : {}),
        ...(input.status && input.status !== officer.status ? { status: input.status } : {}),
      },
      details: { ip: auth.ip },
    })
  })
}

/** A lost authenticator: the officer enrols again through a new one-time link. */
export async function reissueEnrolment(
  deps: BackOfficeDeps,
  auth: OfficerAuth,
  officerId: string,
): Promise<EnrolmentLink> {
  await authorise(deps.db, auth, 'officers.manage', 'officers.reset', {
    type: 'officer',
    id: officerId,
  })
  const officer = await findOfficer(deps.db, officerId)
  if (!officer) throw new NotFoundError()
  if (officerId === auth.officerId) throw new SelfChangeError()
  const token = randomToken()
  const expiresAt = expiry()
  await deps.db.transaction().execute(async (trx) => {
    await resetEnrolment(trx, officerId, secretDigest(token), expiresAt)
    await recordAudit(trx, {
      actorType: 'officer',
      actorId: auth.officerId,
      actorRole: roleLabel(auth.roles),
      action: 'officer.enrolment_reset',
      subjectType: 'officer',
      subjectId: officerId,
      requestId: auth.requestId,
      details: { ip: auth.ip },
    })
  })
  return link(deps, officerId, token, expiresAt)
}

/** Raised when an officer tries to change their own account's roles or sign-in. */
export class SelfChangeError extends ForbiddenError {
  constructor() {
    super('an officer cannot change their own roles')
  }
}

/** Raised by the CLI when an administrator exists already. */
export class AdministratorExistsError extends Error {
  override name = 'AdministratorExistsError'
}

/** The first administrator, created from the command line (npm run officer:create-admin). */
export async function createFirstAdministrator(
  deps: BackOfficeDeps,
  input: { username: string; displayName: string; unit: string },
  opts: { force?: boolean } = {},
): Promise<EnrolmentLink> {
  if (!opts.force && (await anyAdministrator(deps.db)))
    throw new AdministratorExistsError('an administrator exists already; use the back office')
  if (await findOfficerByUsername(deps.db, input.username))
    throw new ConflictError('username taken')
  const token = randomToken()
  const expiresAt = expiry()
  const id = await deps.db.transaction().execute(async (trx) => {
    const officerId = await insertOfficer(trx, {
      ...input,
      roles: ['administrator'],
      createdBy: null,
      enrolmentTokenHash: secretDigest(token),
      enrolmentExpiresAt: expiresAt,
    })
    await recordAudit(trx, {
      actorType: 'system',
      action: 'officer.created',
      subjectType: 'officer',
      subjectId: officerId,
      data: { roles: ['administrator'], unit: input.unit, via: 'cli' },
    })
    return officerId
  })
  return link(deps, id, token, expiresAt)
}
