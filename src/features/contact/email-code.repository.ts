import type { Kysely } from 'kysely'
import type { ApplicationStep, DB } from '../../platform/db/schema.js'

/** Stores a new code's hash and expiry, restarts its attempts and counts the code as sent. */
export async function storeCode(
  trx: Kysely<DB>,
  applicationId: string,
  code: { hash: Buffer; expiresAt: Date },
): Promise<void> {
  await trx
    .updateTable('applications')
    .set((eb) => ({
      email_code_hash: code.hash,
      email_code_expires_at: code.expiresAt,
      email_code_attempts: 0,
      email_codes_sent: eb('email_codes_sent', '+', 1),
    }))
    .where('id', '=', applicationId)
    .execute()
}

/**
 * Counts one attempt at the application's code, in one statement, unless the code is gone or
 * its attempts are used up; returns what the check needs, or undefined when it was not counted.
 */
export async function claimCodeAttempt(
  trx: Kysely<DB>,
  applicationId: string,
  maxAttempts: number,
) {
  return trx
    .updateTable('applications')
    .set((eb) => ({ email_code_attempts: eb('email_code_attempts', '+', 1) }))
    .where('id', '=', applicationId)
    .where('email_code_attempts', '<', maxAttempts)
    .where('email_code_hash', 'is not', null)
    .returning([
      'email',
      'email_code_hash',
      'email_code_expires_at',
      'email_code_attempts',
      'verification_id',
      'mailing_address',
    ])
    .executeTakeFirst()
}

export type ClaimedCode = NonNullable<Awaited<ReturnType<typeof claimCodeAttempt>>>

/** The address is confirmed: the code is spent and the application moves to `step`. */
export async function confirmAddress(
  trx: Kysely<DB>,
  applicationId: string,
  step: ApplicationStep,
): Promise<void> {
  await trx
    .updateTable('applications')
    .set({ email_confirmed_at: new Date(), email_code_hash: null, step, updated_at: new Date() })
    .where('id', '=', applicationId)
    .execute()
}
