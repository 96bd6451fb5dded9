import type { Kysely } from 'kysely'
import type { DB } from '../../../platform/db/schema.js'

/** Invited directors whose link has passed its expiry. */
export async function lapsedInvitations(db: Kysely<DB>, now: Date) {
  return db
    .selectFrom('application_signers')
    .select(['id', 'application_id', 'director_name'])
    .where('status', '=', 'invited')
    .where('initiator', '=', false)
    .where('invite_expires_at', '<=', now)
    .execute()
}

/** An invitation expires; false when someone else got there first. */
export async function expireInvitation(trx: Kysely<DB>, signerId: string): Promise<boolean> {
  const updated = await trx
    .updateTable('application_signers')
    .set({ status: 'expired' })
    .where('id', '=', signerId)
    .where('status', '=', 'invited')
    .executeTakeFirst()
  return Number(updated.numUpdatedRows) === 1
}

/** Company applications untouched since `before` expire; their ids. */
export async function expireAbandoned(db: Kysely<DB>, now: Date, before: Date) {
  return db
    .updateTable('applications')
    .set({ status: 'expired', updated_at: now })
    .where('kind', '=', 'company')
    .where('status', 'in', ['draft', 'submitted'])
    .where('updated_at', '<', before)
    .returning(['id'])
    .execute()
}

/** The links stay recognisable, so a late director is told the application has closed. */
export async function withdrawOpenInvitations(trx: Kysely<DB>, applicationId: string) {
  await trx
    .updateTable('application_signers')
    .set({ status: 'withdrawn' })
    .where('application_id', '=', applicationId)
    .where('status', 'in', ['invited', 'expired'])
    .execute()
}

/** Invitations not yet reminded whose link expires by `expiresBy`. */
export async function remindersDue(db: Kysely<DB>, expiresBy: Date) {
  return db
    .selectFrom('application_signers')
    .select(['id'])
    .where('status', '=', 'invited')
    .where('initiator', '=', false)
    .where('reminded_at', 'is', null)
    .where('invite_expires_at', '<=', expiresBy)
    .execute()
}

/** Company applications waiting for their directors. */
export async function submittedApplications(db: Kysely<DB>) {
  return db
    .selectFrom('applications')
    .select('id')
    .where('kind', '=', 'company')
    .where('status', '=', 'submitted')
    .execute()
}
