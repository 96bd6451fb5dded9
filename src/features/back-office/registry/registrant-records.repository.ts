import type { Kysely } from 'kysely'
import type { DB } from '../../../platform/db/schema.js'
import type { PersonRecord } from './registrant.repository.js'

// A registrant's audit history and grants of authority, read for their page.

export interface AuditRecord {
  seq: string
  occurred_at: Date
  actor_type: string
  actor_id: string | null
  actor_role: string | null
  action: string
  outcome: string
  subject_type: string | null
  reason: string | null
}

/** The audit events about this person, their applications and registrations, newest first. */
export async function auditHistoryOf(
  db: Kysely<DB>,
  personId: string,
  applicationIds: string[],
  registrationIds: string[],
  limit = 200,
): Promise<AuditRecord[]> {
  return db
    .selectFrom('audit_events as e')
    .leftJoin('audit_event_details as d', 'd.event_id', 'e.id')
    .select([
      'e.seq',
      'e.occurred_at',
      'e.actor_type',
      'e.actor_id',
      'e.actor_role',
      'e.action',
      'e.outcome',
      'e.subject_type',
      'd.reason',
    ])
    .where((eb) => {
      const ors = [eb.and([eb('e.subject_type', '=', 'person'), eb('e.subject_id', '=', personId)])]
      if (applicationIds.length > 0)
        ors.push(
          eb.and([
            eb('e.subject_type', '=', 'application'),
            eb('e.subject_id', 'in', applicationIds),
          ]),
        )
      if (registrationIds.length > 0)
        ors.push(
          eb.and([
            eb('e.subject_type', '=', 'registration'),
            eb('e.subject_id', 'in', registrationIds),
          ]),
        )
      return eb.or(ors)
    })
    .orderBy('e.seq', 'desc')
    .limit(limit)
    .execute()
}

export interface GrantRecord {
  id: string
  juristic_id: string
  status: string
  scopes: string[]
  valid_from: string
  valid_until: string
  created_at: Date
  /** The person received the grant (or was named as its grantee), or made it as a director. */
  relation: 'grantee' | 'grantor'
}

/**
 * Grants of authority that name the person as grantee (accepted, or typed by the directors with
 * their national ID) and those they made as a director, newest first.
 */
export async function grantsOf(db: Kysely<DB>, person: PersonRecord): Promise<GrantRecord[]> {
  const rows = await db
    .selectFrom('authority_grants as g')
    .innerJoin('juristic_persons as j', 'j.id', 'g.juristic_person_id')
    .select([
      'g.id',
      'j.juristic_id',
      'g.status',
      'g.scopes',
      'g.valid_from',
      'g.valid_until',
      'g.created_at',
      'g.created_by_person_id',
      'g.grantee_person_id',
      'g.grantee_id_hmac',
    ])
    .where((eb) =>
      eb.or([
        eb('g.grantee_person_id', '=', person.id),
        eb('g.grantee_id_hmac', '=', person.national_id_hmac),
        eb('g.created_by_person_id', '=', person.id),
      ]),
    )
    .orderBy('g.created_at', 'desc')
    .limit(100)
    .execute()
  return rows.map((r) => ({
    id: r.id,
    juristic_id: r.juristic_id,
    status: r.status,
    scopes: r.scopes,
    valid_from: r.valid_from,
    valid_until: r.valid_until,
    created_at: r.created_at,
    relation:
      r.grantee_person_id === person.id ||
      Buffer.from(r.grantee_id_hmac).equals(Buffer.from(person.national_id_hmac))
        ? 'grantee'
        : 'grantor',
  }))
}
