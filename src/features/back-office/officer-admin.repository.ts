import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { newId } from '../../platform/ids.js'
import { rolesOf } from './officers.repository.js'
import type { Role } from './roles.js'
import type { OfficerStatus, OfficerTables } from './schema.js'

// The administrator's writes: officers, their roles, units and enrolment links.
function tables(db: Kysely<DB>) {
  return db.withTables<OfficerTables>()
}

/**
 * Inserts a new officer, pending enrolment, with roles and the first unit in its history. The
 * services always give an address; test and bench fixtures may leave it out.
 */
export async function insertOfficer(
  trx: Kysely<DB>,
  o: {
    username: string
    displayName: string
    unit: string
    roles: Role[]
    createdBy: string | null
    enrolmentTokenHash: Buffer
    enrolmentExpiresAt: Date
    email?: string
    /** Set when the command line made the account: its operator vouches for the address. */
    emailConfirmedAt?: Date
  },
): Promise<string> {
  const id = newId()
  await tables(trx)
    .insertInto('officers')
    .values({
      id,
      username: o.username.toLowerCase(),
      display_name: o.displayName,
      unit: o.unit,
      enrolment_token_hash: o.enrolmentTokenHash,
      enrolment_expires_at: o.enrolmentExpiresAt,
      created_by: o.createdBy,
      email: o.email?.toLowerCase() ?? null,
      email_confirmed_at: o.emailConfirmedAt ?? null,
    })
    .execute()
  await tables(trx)
    .insertInto('officer_unit_history')
    .values({ id: newId(), officer_id: id, unit: o.unit, changed_by: o.createdBy })
    .execute()
  await replaceRoles(trx, id, o.roles, o.createdBy)
  return id
}

/** Sets the officer's roles to exactly these; returns the roles held before. */
export async function replaceRoles(
  trx: Kysely<DB>,
  officerId: string,
  roles: Role[],
  grantedBy: string | null,
): Promise<Role[]> {
  const before = await rolesOf(trx, officerId)
  const removed = before.filter((r) => !roles.includes(r))
  const added = roles.filter((r) => !before.includes(r))
  if (removed.length > 0) {
    await tables(trx)
      .deleteFrom('officer_roles')
      .where('officer_id', '=', officerId)
      .where('role', 'in', removed)
      .execute()
  }
  if (added.length > 0) {
    await tables(trx)
      .insertInto('officer_roles')
      .values(added.map((role) => ({ officer_id: officerId, role, granted_by: grantedBy })))
      .execute()
  }
  return before
}

/** Adds roles a second administrator approved (roles held already are left as they are). */
export async function addApprovedRoles(
  trx: Kysely<DB>,
  officerId: string,
  roles: Role[],
  grantedBy: string,
  approvedBy: string,
): Promise<Role[]> {
  const before = await rolesOf(trx, officerId)
  const added = roles.filter((r) => !before.includes(r))
  if (added.length > 0) {
    await tables(trx)
      .insertInto('officer_roles')
      .values(
        added.map((role) => ({
          officer_id: officerId,
          role,
          granted_by: grantedBy,
          approved_by: approvedBy,
        })),
      )
      .execute()
  }
  return added
}

/** The officer's address, confirmed by a second administrator. */
export async function setConfirmedEmail(
  trx: Kysely<DB>,
  officerId: string,
  email: string,
  confirmedBy: string,
): Promise<void> {
  await tables(trx)
    .updateTable('officers')
    .set({ email, email_confirmed_by: confirmedBy, email_confirmed_at: new Date() })
    .where('id', '=', officerId)
    .execute()
}

/**
 * True when another officer has this address, or a request waiting for approval asks for it for
 * another officer: one mailbox, one account.
 */
export async function emailInUse(
  db: Kysely<DB>,
  email: string,
  exceptOfficerId?: string,
): Promise<boolean> {
  const address = email.toLowerCase()
  let officers = tables(db).selectFrom('officers').select('id').where('email', '=', address)
  let requests = tables(db)
    .selectFrom('officer_grant_requests')
    .select('officer_id as id')
    .where('email', '=', address)
    .where('status', '=', 'pending')
  if (exceptOfficerId) {
    officers = officers.where('id', '!=', exceptOfficerId)
    requests = requests.where('officer_id', '!=', exceptOfficerId)
  }
  const row = await officers.unionAll(requests).limit(1).executeTakeFirst()
  return row !== undefined
}

/** Moves the officer to another unit, keeping the history. */
export async function changeUnit(
  trx: Kysely<DB>,
  officerId: string,
  unit: string,
  changedBy: string,
): Promise<void> {
  await tables(trx).updateTable('officers').set({ unit }).where('id', '=', officerId).execute()
  await tables(trx)
    .insertInto('officer_unit_history')
    .values({ id: newId(), officer_id: officerId, unit, changed_by: changedBy })
    .execute()
}

/** Starts enrolment again (a lost authenticator): pending, a new link, no password or codes. */
export async function resetEnrolment(
  trx: Kysely<DB>,
  officerId: string,
  tokenHash: Buffer,
  expiresAt: Date,
): Promise<void> {
  await tables(trx)
    .updateTable('officers')
    .set({
      status: 'pending',
      password_hash: null,
      totp_secret_enc: null,
      totp_secret_key_id: null,
      totp_enabled_at: null,
      totp_last_step: null,
      failed_attempts: 0,
      locked_until: null,
      enrolment_token_hash: tokenHash,
      enrolment_expires_at: expiresAt,
    })
    .where('id', '=', officerId)
    .execute()
  await tables(trx)
    .deleteFrom('officer_recovery_codes')
    .where('officer_id', '=', officerId)
    .execute()
}

/** Disables or re-enables an enrolled officer. */
export async function setStatus(
  trx: Kysely<DB>,
  officerId: string,
  status: 'active' | 'disabled',
): Promise<void> {
  await tables(trx)
    .updateTable('officers')
    .set({ status })
    .where('id', '=', officerId)
    .where('status', '!=', 'pending')
    .execute()
}

export interface OfficerListRow {
  id: string
  username: string
  display_name: string
  unit: string
  status: OfficerStatus
  last_sign_in_at: Date | null
  roles: Role[]
}

/** Every officer with their roles, by name. */
export async function listOfficers(db: Kysely<DB>): Promise<OfficerListRow[]> {
  const rows = await tables(db)
    .selectFrom('officers as o')
    .leftJoin('officer_roles as r', 'r.officer_id', 'o.id')
    .select([
      'o.id',
      'o.username',
      'o.display_name',
      'o.unit',
      'o.status',
      'o.last_sign_in_at',
      'r.role',
    ])
    .orderBy('o.username')
    .execute()
  const byId = new Map<string, OfficerListRow>()
  for (const r of rows) {
    let o = byId.get(r.id)
    if (!o) {
      o = {
        id: r.id,
        username: r.username,
        display_name: r.display_name,
        unit: r.unit,
        status: r.status,
        last_sign_in_at: r.last_sign_in_at,
        roles: [],
      }
      byId.set(r.id, o)
    }
    if (r.role) o.roles.push(r.role)
  }
  return [...byId.values()]
}

/**
 * How many administrators there are: enrolled and active ones only, or also those still waiting
 * to enrol (the command line counts these, so that two runs make the first two).
 */
export async function countAdministrators(
  db: Kysely<DB>,
  which: 'active' | 'not-disabled',
): Promise<number> {
  const row = await tables(db)
    .selectFrom('officer_roles as r')
    .innerJoin('officers as o', 'o.id', 'r.officer_id')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('r.role', '=', 'administrator')
    .where('o.status', which === 'active' ? '=' : '!=', which === 'active' ? 'active' : 'disabled')
    .executeTakeFirstOrThrow()
  return Number(row.n)
}
