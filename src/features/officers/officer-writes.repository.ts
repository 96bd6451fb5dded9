import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { newId } from '../../platform/ids.js'
import { rolesOf } from './officer.repository.js'
import type { Role } from './roles.js'
import type { OfficerTables } from './schema.js'

// The administrator's writes: officers, their roles, units, addresses and status.

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
