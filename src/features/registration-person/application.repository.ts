import type { Kysely } from 'kysely'
import type { ApplicationStep, DB, StoredMailing } from '../../platform/db/schema.js'

// Every query of the person journey's draft, by the application's id (from the applicant's
// session, or the hash of their e-mailed link) and scoped to person applications.

/** Every read of an application goes through here; the id comes from the applicant's session. */
export async function findApplication(db: Kysely<DB>, id: string) {
  return db
    .selectFrom('applications')
    .selectAll()
    .where('id', '=', id)
    .where('kind', '=', 'person')
    .executeTakeFirst()
}

export type ApplicationRow = NonNullable<Awaited<ReturnType<typeof findApplication>>>

/** The draft that an e-mailed resume link (by the hash of its token) identifies. */
export async function findByResumeTokenHash(db: Kysely<DB>, tokenHash: Buffer) {
  return db
    .selectFrom('applications')
    .selectAll()
    .where('resume_token_hash', '=', tokenHash)
    .where('status', '=', 'draft')
    .executeTakeFirst()
}

/** The newest verification started for an application. */
export async function latestVerification(db: Kysely<DB>, applicationId: string) {
  return db
    .selectFrom('identity_verifications')
    .selectAll()
    .where('application_id', '=', applicationId)
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst()
}

/** The decision of an application, if it has one. */
export async function findDecision(db: Kysely<DB>, applicationId: string) {
  return db
    .selectFrom('decisions')
    .selectAll()
    .where('application_id', '=', applicationId)
    .executeTakeFirst()
}

/** The details page's answers; a changed e-mail drops its code, a changed ID its verification. */
export async function updateDetails(
  trx: Kysely<DB>,
  applicationId: string,
  d: {
    nationalIdHmac: Buffer
    nationalIdEnc: { blob: Buffer; keyId: string }
    email: string
    mobile: string
    step: ApplicationStep
    emailChanged: boolean
    idChanged: boolean
  },
): Promise<void> {
  await trx
    .updateTable('applications')
    .set({
      national_id_hmac: d.nationalIdHmac,
      national_id_enc: d.nationalIdEnc.blob,
      national_id_enc_key_id: d.nationalIdEnc.keyId,
      email: d.email,
      mobile: d.mobile,
      step: d.step,
      updated_at: new Date(),
      ...(d.emailChanged
        ? { email_confirmed_at: null, email_code_hash: null, email_code_expires_at: null }
        : {}),
      ...(d.idChanged ? { person_id: null, verification_id: null } : {}),
    })
    .where('id', '=', applicationId)
    .where('status', '=', 'draft')
    .execute()
}

/** How many identity verifications the application has started. */
export async function countVerifications(trx: Kysely<DB>, applicationId: string): Promise<number> {
  const started = await trx
    .selectFrom('identity_verifications')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('application_id', '=', applicationId)
    .executeTakeFirstOrThrow()
  return Number(started.n)
}

/** The application's verifications still open lapse (only the newest link works). */
export async function lapseOpenVerifications(
  trx: Kysely<DB>,
  applicationId: string,
): Promise<void> {
  await trx
    .updateTable('identity_verifications')
    .set({ status: 'failed', failure: 'expired', completed_at: new Date() })
    .where('application_id', '=', applicationId)
    .where('status', 'in', ['pending', 'authenticated'])
    .execute()
}

/** The person's other drafts give way to this one. */
export async function supersedeOtherDrafts(
  trx: Kysely<DB>,
  personId: string,
  keepId: string,
): Promise<void> {
  await trx
    .updateTable('applications')
    .set({ status: 'superseded', updated_at: new Date() })
    .where('person_id', '=', personId)
    .where('status', '=', 'draft')
    .where('id', '!=', keepId)
    .execute()
}

/** The verified person and their verification now belong to the application. */
export async function bindVerifiedPerson(
  trx: Kysely<DB>,
  applicationId: string,
  v: { personId: string; verificationId: string; step: ApplicationStep },
): Promise<void> {
  await trx
    .updateTable('applications')
    .set({
      person_id: v.personId,
      verification_id: v.verificationId,
      step: v.step,
      updated_at: new Date(),
    })
    .where('id', '=', applicationId)
    .execute()
  // The acceptances recorded at the start now belong to a known person (PDPA dashboard).
  await trx
    .updateTable('document_acceptances')
    .set({ person_id: v.personId })
    .where('application_id', '=', applicationId)
    .execute()
}

/** The mailing address, the step it opens and the key the check page's form will carry. */
export async function updateMailing(
  trx: Kysely<DB>,
  applicationId: string,
  m: { stored: StoredMailing; step: ApplicationStep; submitKey: string },
): Promise<void> {
  await trx
    .updateTable('applications')
    .set({
      mailing_address: JSON.stringify(m.stored),
      step: m.step,
      submit_key: m.submitKey,
      updated_at: new Date(),
    })
    .where('id', '=', applicationId)
    .execute()
}

/**
 * Resumed from the e-mailed link: confirmation and verification start over, and the link is
 * used up (a new one is e-mailed when the applicant leaves again, or asks).
 */
export async function resetForResume(
  trx: Kysely<DB>,
  applicationId: string,
  r: { step: ApplicationStep },
): Promise<void> {
  await trx
    .updateTable('applications')
    .set({
      email_confirmed_at: null,
      person_id: null,
      verification_id: null,
      resume_token_hash: null,
      step: r.step,
      updated_at: new Date(),
    })
    .where('id', '=', applicationId)
    .execute()
}

/** True when the person holds a live importer/exporter registration. */
export async function hasLiveRegistration(trx: Kysely<DB>, personId: string): Promise<boolean> {
  const row = await trx
    .selectFrom('registrations')
    .select('id')
    .where('person_id', '=', personId)
    .where('kind', '=', 'importer_exporter')
    .where('status', 'in', ['ACTIVE', 'SUSPENDED'])
    .limit(1)
    .executeTakeFirst()
  return row !== undefined
}

/**
 * The draft of a person the bank showed to be registered already closes without a decision:
 * it keeps who verified and with which verification, and gives way to their registration.
 */
export async function closeAsRegistered(
  trx: Kysely<DB>,
  applicationId: string,
  v: { personId: string; verificationId: string },
): Promise<void> {
  await trx
    .updateTable('applications')
    .set({
      person_id: v.personId,
      verification_id: v.verificationId,
      status: 'superseded',
      resume_token_hash: null,
      updated_at: new Date(),
    })
    .where('id', '=', applicationId)
    .where('status', '=', 'draft')
    .execute()
}
