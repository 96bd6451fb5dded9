import { createHash } from 'node:crypto'
import type { Insertable, Kysely } from 'kysely'
import type { ApplicationSignersTable, DB } from '../../../platform/db/schema.js'
import { newId } from '../../../platform/ids.js'

/** The directors who sign an application, the one who started it first. */
export async function listSigners(db: Kysely<DB>, applicationId: string) {
  return db
    .selectFrom('application_signers')
    .selectAll()
    .where('application_id', '=', applicationId)
    .where('status', '!=', 'withdrawn')
    .orderBy('initiator', 'desc')
    .orderBy('created_at')
    .execute()
}

export type SignerRow = Awaited<ReturnType<typeof listSigners>>[number]

export function hashInviteToken(token: string): Buffer {
  return createHash('sha256').update(`director-invite:${token}`).digest()
}

export async function findSigner(db: Kysely<DB>, id: string) {
  return db.selectFrom('application_signers').selectAll().where('id', '=', id).executeTakeFirst()
}

/** An invited director's link identifies only their invitation. */
export async function findSignerByToken(db: Kysely<DB>, token: string) {
  if (!/^[A-Za-z0-9_-]{16,64}$/.test(token)) return undefined
  return db
    .selectFrom('application_signers')
    .selectAll()
    .where('invite_token_hash', '=', hashInviteToken(token))
    .executeTakeFirst()
}

/** The signer whose verification this is. */
export async function findSignerByVerification(db: Kysely<DB>, verificationId: string) {
  return db
    .selectFrom('application_signers')
    .selectAll()
    .where('verification_id', '=', verificationId)
    .executeTakeFirst()
}

/** How many verifications an application has started (every signer's, every attempt). */
export async function countVerifications(db: Kysely<DB>, applicationId: string): Promise<number> {
  const row = await db
    .selectFrom('identity_verifications')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('application_id', '=', applicationId)
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

/** The applicant's own signer row, made on their first verification. */
export async function initiatorSignerId(trx: Kysely<DB>, applicationId: string): Promise<string> {
  const existing = await trx
    .selectFrom('application_signers')
    .select(['id', 'status'])
    .where('application_id', '=', applicationId)
    .where('initiator', '=', true)
    .where('status', '!=', 'withdrawn')
    .executeTakeFirst()
  if (existing) return existing.id
  const id = newId()
  await trx
    .insertInto('application_signers')
    .values({ id, application_id: applicationId, initiator: true })
    .execute()
  return id
}

/** Ties a signer to the verification they have just started. */
export async function setVerification(
  trx: Kysely<DB>,
  signerId: string,
  verificationId: string,
): Promise<void> {
  await trx
    .updateTable('application_signers')
    .set({ verification_id: verificationId })
    .where('id', '=', signerId)
    .execute()
}

/** Lapses a signer's open verification before a new one starts. */
export async function lapseVerificationOf(trx: Kysely<DB>, signerId: string): Promise<void> {
  const previous = await trx
    .selectFrom('application_signers')
    .select('verification_id')
    .where('id', '=', signerId)
    .executeTakeFirst()
  if (previous?.verification_id)
    await trx
      .updateTable('identity_verifications')
      .set({ status: 'failed', failure: 'expired', completed_at: new Date() })
      .where('id', '=', previous.verification_id)
      .where('status', 'in', ['pending', 'authenticated'])
      .execute()
}

/** Records who a signer turned out to be; their link stops working. */
export async function markSignerVerified(
  trx: Kysely<DB>,
  signerId: string,
  v: Pick<
    Insertable<ApplicationSignersTable>,
    'director_index' | 'director_name' | 'director_id_hmac' | 'person_id' | 'match_basis'
  >,
): Promise<void> {
  await trx
    .updateTable('application_signers')
    .set({ ...v, status: 'verified', verified_at: new Date(), invite_token_hash: null })
    .where('id', '=', signerId)
    .execute()
}

/** The documents accepted before anyone was verified now belong to the verified person. */
export async function claimAcceptances(
  trx: Kysely<DB>,
  applicationId: string,
  personId: string,
): Promise<void> {
  await trx
    .updateTable('document_acceptances')
    .set({ person_id: personId })
    .where('application_id', '=', applicationId)
    .where('person_id', 'is', null)
    .execute()
}

/** The applicant turned out to be a director someone had invited: the applicant covers it. */
export async function withdrawInvitesCoveredBy(
  trx: Kysely<DB>,
  applicationId: string,
  directorIndex: number,
  initiatorId: string,
): Promise<void> {
  await trx
    .updateTable('application_signers')
    .set({ status: 'withdrawn', invite_token_hash: null })
    .where('application_id', '=', applicationId)
    .where('director_index', '=', directorIndex)
    .where('id', '!=', initiatorId)
    .where('status', 'in', ['invited', 'expired'])
    .execute()
}

/** A director invited again (say, to another address) keeps one live invitation only. */
export async function withdrawInvitesOf(
  trx: Kysely<DB>,
  applicationId: string,
  directorIndex: number,
): Promise<void> {
  await trx
    .updateTable('application_signers')
    .set({ status: 'withdrawn', invite_token_hash: null })
    .where('application_id', '=', applicationId)
    .where('director_index', '=', directorIndex)
    .where('initiator', '=', false)
    .where('status', 'in', ['invited', 'expired', 'verified'])
    .execute()
}

/** Withdraws these signers, or every signer of the application. */
export async function withdrawSigners(
  trx: Kysely<DB>,
  by: { ids: string[] } | { applicationId: string },
): Promise<void> {
  const q = trx
    .updateTable('application_signers')
    .set({ status: 'withdrawn', invite_token_hash: null })
  await (
    'ids' in by ? q.where('id', 'in', by.ids) : q.where('application_id', '=', by.applicationId)
  ).execute()
}

/** An invited director's row with its first link. */
export async function insertInvitedSigner(
  trx: Kysely<DB>,
  row: Insertable<ApplicationSignersTable>,
): Promise<void> {
  await trx.insertInto('application_signers').values(row).execute()
}

/** A new link for an invited director; the one before stops working. */
export async function renewInvitation(
  trx: Kysely<DB>,
  signerId: string,
  o: { tokenHash: Buffer; expiresAt: Date; remindedAt: Date | null },
): Promise<void> {
  await trx
    .updateTable('application_signers')
    .set((eb) => ({
      status: 'invited',
      invite_token_hash: o.tokenHash,
      invite_expires_at: o.expiresAt,
      reminded_at: o.remindedAt,
      invites_sent: eb('invites_sent', '+', 1),
    }))
    .where('id', '=', signerId)
    .execute()
}
