import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import type { Role } from './roles.js'
import type { OfficerStatus, OfficerTables } from './schema.js'

function tables(db: Kysely<DB>) {
  return db.withTables<OfficerTables>()
}

export interface OfficerRow {
  id: string
  username: string
  display_name: string
  unit: string
  status: OfficerStatus
  password_hash: string | null
  totp_secret_enc: Buffer | null
  totp_secret_key_id: string | null
  totp_enabled_at: Date | null
  failed_attempts: number
  locked_until: Date | null
  enrolment_expires_at: Date | null
  created_at: Date
  last_sign_in_at: Date | null
  email: string | null
  email_confirmed_by: string | null
  email_confirmed_at: Date | null
}

const OFFICER_COLUMNS = [
  'id',
  'username',
  'display_name',
  'unit',
  'status',
  'password_hash',
  'totp_secret_enc',
  'totp_secret_key_id',
  'totp_enabled_at',
  'failed_attempts',
  'locked_until',
  'enrolment_expires_at',
  'created_at',
  'last_sign_in_at',
  'email',
  'email_confirmed_by',
  'email_confirmed_at',
] as const

/** The officer with this sign-in name (stored lower-case). */
export async function findOfficerByUsername(
  db: Kysely<DB>,
  username: string,
): Promise<OfficerRow | undefined> {
  return tables(db)
    .selectFrom('officers')
    .select(OFFICER_COLUMNS)
    .where('username', '=', username.toLowerCase())
    .executeTakeFirst()
}

/** The officer with this id (a malformed id finds nobody). */
export async function findOfficer(db: Kysely<DB>, id: string): Promise<OfficerRow | undefined> {
  if (!isUuid(id)) return undefined
  return tables(db)
    .selectFrom('officers')
    .select(OFFICER_COLUMNS)
    .where('id', '=', id)
    .executeTakeFirst()
}

/** The officer whose enrolment link this is, while the link is valid. */
export async function findOfficerByEnrolmentToken(
  db: Kysely<DB>,
  tokenHash: Buffer,
): Promise<OfficerRow | undefined> {
  return tables(db)
    .selectFrom('officers')
    .select(OFFICER_COLUMNS)
    .where('enrolment_token_hash', '=', tokenHash)
    .where('enrolment_expires_at', '>', new Date())
    .where('status', '=', 'pending')
    .executeTakeFirst()
}

/** The roles an officer holds now. */
export async function rolesOf(db: Kysely<DB>, officerId: string): Promise<Role[]> {
  const rows = await tables(db)
    .selectFrom('officer_roles')
    .select('role')
    .where('officer_id', '=', officerId)
    .orderBy('role')
    .execute()
  return rows.map((r) => r.role)
}

/** The signed-in officer as each request sees it: active, with roles, in one statement. */
export async function activeOfficerWithRoles(
  db: Kysely<DB>,
  id: string,
): Promise<{ id: string; display_name: string; unit: string; roles: Role[] } | undefined> {
  if (!isUuid(id)) return undefined
  const rows = await tables(db)
    .selectFrom('officers as o')
    .leftJoin('officer_roles as r', 'r.officer_id', 'o.id')
    .select(['o.id', 'o.display_name', 'o.unit', 'r.role'])
    .where('o.id', '=', id)
    .where('o.status', '=', 'active')
    .execute()
  const first = rows[0]
  if (!first) return undefined
  return {
    id: first.id,
    display_name: first.display_name,
    unit: first.unit,
    roles: rows.flatMap((r) => (r.role ? [r.role] : [])),
  }
}

/** A complete sign-in (also clears the account-wide lock of before migration 0018). */
export async function recordSignIn(db: Kysely<DB>, officerId: string): Promise<void> {
  await tables(db)
    .updateTable('officers')
    .set({ failed_attempts: 0, locked_until: null, last_sign_in_at: new Date() })
    .where('id', '=', officerId)
    .execute()
}

/**
 * Accepts a TOTP time step only if it is later than the last one accepted: a code is used once.
 * Atomic, so two requests racing with the same code cannot both win.
 */
export async function claimTotpStep(
  db: Kysely<DB>,
  officerId: string,
  step: number,
): Promise<boolean> {
  const result = await tables(db)
    .updateTable('officers')
    .set({ totp_last_step: step })
    .where('id', '=', officerId)
    .where((eb) =>
      eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', String(step))]),
    )
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

/** Marks an unused recovery code used; false when it is not one of the officer's unused codes. */
export async function useRecoveryCode(
  db: Kysely<DB>,
  officerId: string,
  codeHash: Buffer,
): Promise<boolean> {
  const result = await tables(db)
    .updateTable('officer_recovery_codes')
    .set({ used_at: new Date() })
    .where('officer_id', '=', officerId)
    .where('code_hash', '=', codeHash)
    .where('used_at', 'is', null)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

/** Stores the password chosen during enrolment. */
export async function setPasswordHash(
  trx: Kysely<DB>,
  officerId: string,
  passwordHash: string,
): Promise<void> {
  await tables(trx)
    .updateTable('officers')
    .set({ password_hash: passwordHash })
    .where('id', '=', officerId)
    .where('status', '=', 'pending')
    .execute()
}

/** Stores the (encrypted) TOTP secret shown during enrolment, until a code confirms it. */
export async function setPendingTotp(
  trx: Kysely<DB>,
  officerId: string,
  sealed: { keyId: string; blob: Buffer },
): Promise<void> {
  await tables(trx)
    .updateTable('officers')
    .set({ totp_secret_enc: sealed.blob, totp_secret_key_id: sealed.keyId })
    .where('id', '=', officerId)
    .where('status', '=', 'pending')
    .execute()
}

/** Completes enrolment: active, the link spent, the recovery codes stored. */
export async function activateOfficer(
  trx: Kysely<DB>,
  officerId: string,
  acceptedStep: number,
  recoveryCodeHashes: Buffer[],
): Promise<boolean> {
  const result = await tables(trx)
    .updateTable('officers')
    .set({
      status: 'active',
      totp_enabled_at: new Date(),
      totp_last_step: acceptedStep,
      enrolment_token_hash: null,
      enrolment_expires_at: null,
    })
    .where('id', '=', officerId)
    .where('status', '=', 'pending')
    .executeTakeFirst()
  if (Number(result.numUpdatedRows) !== 1) return false
  await tables(trx)
    .deleteFrom('officer_recovery_codes')
    .where('officer_id', '=', officerId)
    .execute()
  await tables(trx)
    .insertInto('officer_recovery_codes')
    .values(recoveryCodeHashes.map((code_hash) => ({ officer_id: officerId, code_hash })))
    .execute()
  return true
}

/** True for a canonical UUID: anything else finds no row (and never reaches the database). */
export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)
}
