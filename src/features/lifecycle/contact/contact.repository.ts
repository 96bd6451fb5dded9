import type { Kysely } from 'kysely'
import type {
  ContactField,
  DB,
  LifecycleChangeTables,
  StoredMailing,
} from '../../../platform/db/schema.js'
import { newId } from '../../../platform/ids.js'

// The contact changes' SQL: the registration as its registrant sees it, the history of its
// contact details and the codes that confirm a new e-mail address.

function t(db: Kysely<DB>) {
  return db.withTables<LifecycleChangeTables>()
}

/** A registration with what its owner may change; undefined when there is none. */
export async function findRegistration(db: Kysely<DB>, id: string) {
  return db
    .selectFrom('registrations as r')
    .leftJoin('natural_persons as p', 'p.id', 'r.person_id')
    .leftJoin('juristic_persons as j', 'j.id', 'r.juristic_person_id')
    .select([
      'r.id',
      'r.registrant_type',
      'r.person_id',
      'r.juristic_person_id',
      'r.kind',
      'r.status',
      'r.email',
      'r.mobile',
      'r.mailing_address',
      'r.application_id',
      'p.national_id_enc',
      'p.national_id_enc_key_id',
      'j.juristic_id',
    ])
    .where('r.id', '=', id)
    .executeTakeFirst()
}

export type RegistrationRow = NonNullable<Awaited<ReturnType<typeof findRegistration>>>

/** The registration's contact changes, newest first. */
export async function contactHistory(db: Kysely<DB>, registrationId: string, limit = 50) {
  return t(db)
    .selectFrom('registration_contact_changes')
    .select(['id', 'field', 'old_value', 'new_value', 'changed_at'])
    .where('registration_id', '=', registrationId)
    .orderBy('changed_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute()
}

/** Writes the changed values and their history rows. */
export async function writeContactChanges(
  trx: Kysely<DB>,
  registrationId: string,
  changedBy: string,
  changes: { field: ContactField; old: unknown; new: unknown }[],
): Promise<void> {
  if (changes.length === 0) return
  const set: { email?: string; mobile?: string; mailing_address?: string | null } = {}
  for (const c of changes) {
    if (c.field === 'email') set.email = c.new as string
    if (c.field === 'mobile') set.mobile = c.new as string
    if (c.field === 'mailing_address')
      set.mailing_address = c.new === null ? null : JSON.stringify(c.new as StoredMailing)
  }
  await trx.updateTable('registrations').set(set).where('id', '=', registrationId).execute()
  await t(trx)
    .insertInto('registration_contact_changes')
    .values(
      changes.map((c) => ({
        id: newId(),
        registration_id: registrationId,
        field: c.field,
        old_value: JSON.stringify(c.old ?? null),
        new_value: JSON.stringify(c.new ?? null),
        changed_by: changedBy,
      })),
    )
    .execute()
}

/** How many codes the registration asked for since `since` (a daily limit). */
export async function codesSentSince(
  db: Kysely<DB>,
  registrationId: string,
  since: Date,
): Promise<number> {
  const row = await t(db)
    .selectFrom('registration_email_codes')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('registration_id', '=', registrationId)
    .where('created_at', '>=', since)
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

/** A new code for a new address: any code still waiting for this registration is superseded. */
export async function storeEmailCode(
  trx: Kysely<DB>,
  v: {
    id: string
    registrationId: string
    newEmail: string
    hash: Buffer
    expiresAt: Date
    by: string
  },
): Promise<void> {
  await t(trx)
    .updateTable('registration_email_codes')
    .set({ superseded_at: new Date() })
    .where('registration_id', '=', v.registrationId)
    .where('confirmed_at', 'is', null)
    .where('superseded_at', 'is', null)
    .execute()
  await t(trx)
    .insertInto('registration_email_codes')
    .values({
      id: v.id,
      registration_id: v.registrationId,
      new_email: v.newEmail,
      code_hash: v.hash,
      expires_at: v.expiresAt,
      requested_by: v.by,
    })
    .execute()
}

/** The code waiting for this registration, asked for by this person; undefined when none. */
export async function pendingEmailCode(db: Kysely<DB>, registrationId: string, personId: string) {
  return t(db)
    .selectFrom('registration_email_codes')
    .select(['id', 'new_email', 'expires_at', 'attempts'])
    .where('registration_id', '=', registrationId)
    .where('requested_by', '=', personId)
    .where('confirmed_at', 'is', null)
    .where('superseded_at', 'is', null)
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst()
}

/**
 * Counts one attempt at a code, in one statement, unless its attempts are used up or it is no
 * longer waiting; returns what the check needs, or undefined when the attempt was not counted.
 */
export async function claimEmailCodeAttempt(trx: Kysely<DB>, codeId: string, maxAttempts: number) {
  return t(trx)
    .updateTable('registration_email_codes')
    .set((eb) => ({ attempts: eb('attempts', '+', 1) }))
    .where('id', '=', codeId)
    .where('attempts', '<', maxAttempts)
    .where('confirmed_at', 'is', null)
    .where('superseded_at', 'is', null)
    .returning(['new_email', 'code_hash', 'expires_at', 'attempts'])
    .executeTakeFirst()
}

/** The code is spent; false when it was spent meanwhile (a replayed confirmation). */
export async function markEmailCodeConfirmed(trx: Kysely<DB>, codeId: string): Promise<boolean> {
  const r = await t(trx)
    .updateTable('registration_email_codes')
    .set({ confirmed_at: new Date() })
    .where('id', '=', codeId)
    .where('confirmed_at', 'is', null)
    .where('superseded_at', 'is', null)
    .executeTakeFirst()
  return Number(r.numUpdatedRows) === 1
}

/** The newest contact change of each of these registrations (the note under each on /account). */
export async function latestContactChangesOf(db: Kysely<DB>, registrationIds: string[]) {
  if (registrationIds.length === 0) return []
  return t(db)
    .selectFrom('registration_contact_changes')
    .distinctOn('registration_id')
    .select(['registration_id', 'field', 'changed_at'])
    .where('registration_id', 'in', registrationIds)
    .orderBy('registration_id')
    .orderBy('changed_at', 'desc')
    .execute()
}
