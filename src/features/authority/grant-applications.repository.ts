import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import type { Locale } from '../../platform/time.js'

/**
 * The application behind a grant (an `applications` row of kind 'authority') and its signer
 * rows: the directors sign a grant through the same rows as a company registration. Every
 * write names the grant's application and only touches rows of kind 'authority' or their signers.
 */

/** A new grant's application, with the director who started it as its first, verified signer. */
export async function insertGrantApplication(
  trx: Kysely<DB>,
  app: {
    id: string
    reference: string
    locale: Locale
    juristicId: string
    dbdSnapshotId: string | null
    email: string
  },
  initiator: {
    id: string
    directorIndex: number
    directorName: string
    directorIdHmac: Buffer | null
    verificationId: string
    personId: string
    matchBasis: 'national_id' | 'name'
    verifiedAt: Date
  },
): Promise<void> {
  await trx
    .insertInto('applications')
    .values({
      id: app.id,
      reference: app.reference,
      kind: 'authority',
      step: 'signers',
      locale: app.locale,
      juristic_id: app.juristicId,
      dbd_snapshot_id: app.dbdSnapshotId,
      email: app.email,
    })
    .execute()
  await trx
    .insertInto('application_signers')
    .values({
      id: initiator.id,
      application_id: app.id,
      initiator: true,
      director_index: initiator.directorIndex,
      director_name: initiator.directorName,
      director_id_hmac: initiator.directorIdHmac,
      status: 'verified',
      verification_id: initiator.verificationId,
      person_id: initiator.personId,
      match_basis: initiator.matchBasis,
      verified_at: initiator.verifiedAt,
    })
    .execute()
}

/** The directors to sign have been chosen: a draft grant application is submitted. */
export async function submitGrantApplication(
  db: Kysely<DB>,
  applicationId: string,
  at: Date,
): Promise<void> {
  await db
    .updateTable('applications')
    .set({ status: 'submitted', submitted_at: at, signers_chosen_at: at })
    .where('id', '=', applicationId)
    .where('kind', '=', 'authority')
    .where('status', '=', 'draft')
    .execute()
}

/** Decides a submitted grant application; false when another decision came first. */
export async function decideGrantApplication(
  trx: Kysely<DB>,
  applicationId: string,
  decision: { approved: boolean; at: Date; dbdSnapshotId: string | null },
): Promise<boolean> {
  const moved = await trx
    .updateTable('applications')
    .set({
      status: decision.approved ? 'approved' : 'refused',
      decided_at: decision.at,
      updated_at: decision.at,
      dbd_snapshot_id: decision.dbdSnapshotId,
    })
    .where('id', '=', applicationId)
    .where('status', '=', 'submitted')
    .executeTakeFirst()
  return Number(moved.numUpdatedRows) === 1
}

/** A revoked grant's application: directors still to sign it have nothing left to sign. */
export async function withdrawGrantApplication(
  trx: Kysely<DB>,
  applicationId: string,
  at: Date,
): Promise<void> {
  await trx
    .updateTable('applications')
    .set({ status: 'superseded', updated_at: at })
    .where('id', '=', applicationId)
    .where('status', 'in', ['draft', 'submitted'])
    .execute()
  await trx
    .updateTable('application_signers')
    .set({ status: 'withdrawn', invite_token_hash: null })
    .where('application_id', '=', applicationId)
    .where('status', 'in', ['invited', 'expired'])
    .execute()
}
