import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { OFFICER_COLUMNS, type OfficerRow } from './officer.repository.js'
import type { OfficerTables } from './schema.js'

// Enrolment and sign-in: the enrolment link, password, TOTP secret and steps, recovery codes.

function tables(db: Kysely<DB>) {
  return db.withTables<OfficerTables>()
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
