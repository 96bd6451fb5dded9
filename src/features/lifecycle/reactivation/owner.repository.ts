import type { Kysely } from 'kysely'
import type { DB, LifecycleTables } from '../../../platform/db/schema.js'

// The queries both self-service changes share: the registration a registrant acts on, its
// suspension, the directors who signed it, and the step-up verification that proves who asks.

/** A registration with what a change needs of its owner. */
export async function registrationForChange(db: Kysely<DB>, id: string) {
  return db
    .selectFrom('registrations as r')
    .leftJoin('natural_persons as p', 'p.id', 'r.person_id')
    .leftJoin('juristic_persons as j', 'j.id', 'r.juristic_person_id')
    .select([
      'r.id',
      'r.registrant_type',
      'r.kind',
      'r.person_id',
      'r.juristic_person_id',
      'r.application_id',
      'r.status',
      'r.email',
      'r.last_activity_at',
      'p.national_id_enc',
      'p.national_id_enc_key_id',
      'j.juristic_id',
    ])
    .where('r.id', '=', id)
    .executeTakeFirst()
}

export type ChangeRegistration = NonNullable<Awaited<ReturnType<typeof registrationForChange>>>

/** The newest suspension of each registration given, with the rule and the dates it used. */
export async function suspensionsOf(db: Kysely<DB>, ids: readonly string[]) {
  if (ids.length === 0) return []
  return db
    .withTables<LifecycleTables>()
    .selectFrom('inactivity_suspensions')
    .select(['registration_id', 'rule', 'months', 'last_activity_at', 'due_at', 'suspended_at'])
    .where('registration_id', 'in', ids)
    .orderBy('suspended_at', 'desc')
    .execute()
}

/** The persons who signed a company's registration as verified directors. */
export async function signersOf(db: Kysely<DB>, applicationId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('application_signers')
    .select('person_id')
    .where('application_id', '=', applicationId)
    .where('status', '=', 'verified')
    .execute()
  return rows.flatMap((r) => (r.person_id ? [r.person_id] : []))
}

/** A verified step-up: whose it is, its assurance, and the nationality the bank gave with it. */
export async function stepUpFacts(db: Kysely<DB>, verificationId: string) {
  return db
    .selectFrom('identity_verifications as v')
    .leftJoin('person_profiles as pp', 'pp.verification_id', 'v.id')
    .select(['v.id', 'v.person_id', 'v.ial', 'v.status', 'v.purpose', 'pp.nationality'])
    .where('v.id', '=', verificationId)
    .executeTakeFirst()
}
