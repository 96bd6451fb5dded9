import { sql, type Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import type { OfficerTables } from '../officers/index.js'

/** The person's own row; undefined for an unknown id. */
export function personOf(db: Kysely<DB>, personId: string) {
  return db
    .selectFrom('natural_persons')
    .select(['id', 'national_id_hmac', 'national_id_enc', 'national_id_enc_key_id', 'created_at'])
    .where('id', '=', personId)
    .executeTakeFirst()
}

/** The newest verified profile (bank or counter). */
export function latestProfile(db: Kysely<DB>, personId: string) {
  return db
    .selectFrom('person_profiles')
    .selectAll()
    .where('person_id', '=', personId)
    .orderBy('effective_from', 'desc')
    .limit(1)
    .executeTakeFirst()
}

export function registrationsOf(db: Kysely<DB>, personId: string) {
  return db
    .selectFrom('registrations')
    .select([
      'id',
      'kind',
      'channel',
      'status',
      'email',
      'mobile',
      'mailing_address',
      'valid_from',
      'valid_until',
      'last_activity_at',
      'created_at',
    ])
    .where('person_id', '=', personId)
    .orderBy('created_at', 'desc')
    .execute()
}

/** Applications verified as this person or typed with their ID, with their decisions. */
export function applicationsOf(db: Kysely<DB>, personId: string, idHmac: Buffer) {
  return db
    .selectFrom('applications as a')
    .leftJoin('decisions as d', 'd.application_id', 'a.id')
    .select([
      'a.id',
      'a.reference',
      'a.kind',
      'a.status',
      'a.email',
      'a.mobile',
      'a.created_at',
      'a.submitted_at',
      'd.outcome',
      'd.rule_set_id',
      'd.rule_set_version',
      'd.results',
      'd.decided_at',
    ])
    .where((eb) => eb.or([eb('a.person_id', '=', personId), eb('a.national_id_hmac', '=', idHmac)]))
    .where('a.kind', '=', 'person')
    .orderBy('a.created_at', 'desc')
    .limit(100)
    .execute()
}

/** Company and authority applications this person signed as a director. */
export function signaturesOf(db: Kysely<DB>, personId: string) {
  return db
    .selectFrom('application_signers as s')
    .innerJoin('applications as a', 'a.id', 's.application_id')
    .select([
      's.id',
      's.director_name',
      's.status',
      's.verified_at',
      'a.reference',
      'a.kind',
      'a.juristic_id',
      'a.status as application_status',
    ])
    .where('s.person_id', '=', personId)
    .orderBy('s.created_at', 'desc')
    .limit(100)
    .execute()
}

/** Grants of authority held by the person, or created by them as a director. */
export function grantsOf(db: Kysely<DB>, personId: string) {
  return db
    .selectFrom('authority_grants as g')
    .innerJoin('juristic_persons as j', 'j.id', 'g.juristic_person_id')
    .select([
      'g.id',
      'j.juristic_id',
      'g.grantee_person_id',
      'g.grantee_email',
      'g.scopes',
      'g.valid_from',
      'g.valid_until',
      'g.status',
    ])
    .where((eb) =>
      eb.or([
        eb('g.grantee_person_id', '=', personId),
        eb('g.created_by_person_id', '=', personId),
      ]),
    )
    .orderBy('g.created_at', 'desc')
    .limit(100)
    .execute()
}

export function verificationsOf(db: Kysely<DB>, personId: string) {
  return db
    .selectFrom('identity_verifications')
    .select(['id', 'purpose', 'status', 'ial', 'created_at', 'completed_at'])
    .select(sql<boolean>`claims_enc IS NOT NULL`.as('raw_held'))
    .where('person_id', '=', personId)
    .orderBy('created_at', 'desc')
    .limit(100)
    .execute()
}

export function acceptancesOf(db: Kysely<DB>, personId: string) {
  return (
    db
      .selectFrom('document_acceptances as a')
      .innerJoin('documents as d', 'd.id', 'a.document_id')
      .select(['a.id', 'd.kind', 'd.version', 'd.title_th', 'd.title_en', 'a.accepted_at'])
      .where('a.person_id', '=', personId)
      // Registrants accept only these two kinds; officers sign codes of ethics elsewhere.
      .where('d.kind', 'in', ['terms', 'privacy'])
      .$narrowType<{ kind: 'terms' | 'privacy' }>()
      .orderBy('a.accepted_at', 'desc')
      .execute()
  )
}

/**
 * Officers' events about this person — views, reveals (with the reason), refused attempts —
 * with the unit the officer belonged to at the time. Never the officer's name.
 */
export function officerAccessOf(db: Kysely<DB>, personId: string) {
  return db
    .withTables<OfficerTables>()
    .selectFrom('audit_events as e')
    .leftJoin('audit_event_details as d', 'd.event_id', 'e.id')
    .select([
      'e.id',
      'e.occurred_at',
      'e.actor_role',
      'e.action',
      'e.outcome',
      'e.data',
      'd.reason',
    ])
    .select((eb) =>
      eb
        .selectFrom('officer_unit_history as h')
        .select('h.unit')
        .where(sql<boolean>`h.officer_id::text = e.actor_id`)
        .where(sql<boolean>`h.changed_at <= e.occurred_at`)
        .orderBy('h.changed_at', 'desc')
        .limit(1)
        .as('unit'),
    )
    .where('e.subject_type', '=', 'person')
    .where('e.subject_id', '=', personId)
    .where('e.actor_type', '=', 'officer')
    .orderBy('e.seq', 'desc')
    .limit(500)
    .execute()
}
