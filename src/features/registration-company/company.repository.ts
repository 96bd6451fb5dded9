import type { Kysely } from 'kysely'
import type { ApplicationStep, DB } from '../../platform/db/schema.js'

/** Every read of a company application goes through here; the id comes from the session. */
export async function findCompanyApplication(db: Kysely<DB>, id: string) {
  return db
    .selectFrom('applications')
    .selectAll()
    .where('id', '=', id)
    .where('kind', '=', 'company')
    .executeTakeFirst()
}

export type CompanyApplicationRow = NonNullable<Awaited<ReturnType<typeof findCompanyApplication>>>

/** An application that directors sign: a company registration, or a grant of authority. */
export async function findSignedApplication(
  db: Kysely<DB>,
  id: string,
): Promise<CompanyApplicationRow | undefined> {
  return db
    .selectFrom('applications')
    .selectAll()
    .where('id', '=', id)
    .where('kind', 'in', ['company', 'authority'])
    .executeTakeFirst()
}

/** Another application that holds the company (its signers chosen, not yet decided). */
export async function openApplicationFor(db: Kysely<DB>, juristicId: string, exceptId: string) {
  return db
    .selectFrom('applications')
    .select(['id', 'reference', 'created_at'])
    .where('kind', '=', 'company')
    .where('juristic_id', '=', juristicId)
    .where('status', 'in', ['draft', 'submitted'])
    .where('signers_chosen_at', 'is not', null)
    .where('id', '!=', exceptId)
    .executeTakeFirst()
}

/** Whether the company holds an ACTIVE or SUSPENDED registration. */
export async function companyRegistered(db: Kysely<DB>, juristicId: string): Promise<boolean> {
  const row = await db
    .selectFrom('registrations as r')
    .innerJoin('juristic_persons as j', 'j.id', 'r.juristic_person_id')
    .select('r.id')
    .where('j.juristic_id', '=', juristicId)
    .where('r.status', 'in', ['ACTIVE', 'SUSPENDED'])
    .executeTakeFirst()
  return row !== undefined
}

/**
 * Ties a DBD answer to the draft. Another company than before starts the journey again from
 * the company step: what was chosen for the first one no longer applies.
 */
export async function saveLookup(
  trx: Kysely<DB>,
  id: string,
  o: { juristicId: string; snapshotId: string | null; changed: boolean },
): Promise<void> {
  await trx
    .updateTable('applications')
    .set({
      juristic_id: o.juristicId,
      dbd_snapshot_id: o.snapshotId,
      updated_at: new Date(),
      ...(o.changed ? { step: 'company', signers_chosen_at: null } : {}),
    })
    .where('id', '=', id)
    .where('status', '=', 'draft')
    .execute()
}

/** Moves an application (a registration or a grant) to a step. */
export async function moveToStep(trx: Kysely<DB>, id: string, step: ApplicationStep) {
  await trx
    .updateTable('applications')
    .set({ step, updated_at: new Date() })
    .where('id', '=', id)
    .execute()
}

/** The signers are chosen: the company is held from now on (one open application per company). */
export async function markSignersChosen(
  trx: Kysely<DB>,
  id: string,
  o: { chosenAt: Date; step: ApplicationStep; now: Date },
): Promise<void> {
  await trx
    .updateTable('applications')
    .set({ signers_chosen_at: o.chosenAt, step: o.step, updated_at: o.now })
    .where('id', '=', id)
    .where('status', '=', 'draft')
    .execute()
}

/** The contact, company e-mail, phone and branch of a draft; a new e-mail clears its code. */
export async function saveContactDetails(
  trx: Kysely<DB>,
  id: string,
  c: {
    contactName: string
    email: string
    phone: string
    branchCode: string
    step: ApplicationStep
    submitKey: string
    emailChanged: boolean
  },
): Promise<void> {
  await trx
    .updateTable('applications')
    .set({
      contact_name: c.contactName,
      email: c.email,
      mobile: c.phone,
      branch_code: c.branchCode,
      step: c.step,
      submit_key: c.submitKey,
      updated_at: new Date(),
      ...(c.emailChanged
        ? { email_confirmed_at: null, email_code_hash: null, email_code_expires_at: null }
        : {}),
    })
    .where('id', '=', id)
    .where('status', '=', 'draft')
    .execute()
}

/**
 * The company applications a person signed as a verified director, sent or approved, newest
 * first, with the registration an approval wrote (scoped to that person's own signatures).
 */
export async function applicationsSignedBy(db: Kysely<DB>, personId: string) {
  return db
    .selectFrom('application_signers as s')
    .innerJoin('applications as a', 'a.id', 's.application_id')
    .leftJoin('registrations as r', 'r.application_id', 'a.id')
    .select([
      'a.id',
      'a.juristic_id',
      'a.status',
      'a.dbd_snapshot_id',
      'r.status as registration_status',
    ])
    .where('s.person_id', '=', personId)
    .where('s.status', '=', 'verified')
    .where('a.kind', '=', 'company')
    .where('a.status', 'in', ['submitted', 'approved'])
    .orderBy('a.created_at', 'desc')
    .execute()
}

/** Whether the person signed the company application as a verified director. */
export async function signedApplication(db: Kysely<DB>, applicationId: string, personId: string) {
  const row = await db
    .selectFrom('application_signers as s')
    .innerJoin('applications as a', 'a.id', 's.application_id')
    .select('a.id')
    .where('a.id', '=', applicationId)
    .where('a.kind', '=', 'company')
    .where('s.person_id', '=', personId)
    .where('s.status', '=', 'verified')
    .executeTakeFirst()
  return row !== undefined
}
