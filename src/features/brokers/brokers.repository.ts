import type { Insertable, Kysely } from 'kysely'
import type { BrokerDecisionsTable, BrokerTables, DB } from '../../platform/db/schema.js'
import type { Write } from '../../platform/db/one-statement.js'
import { newId } from '../../platform/ids.js'
import { businessDate } from '../../platform/time.js'

// The brokers' SQL: the registration an application is made on, the party's live broker
// registration, and the decisions with their journey events.

const brokers = (db: Kysely<DB>) => db.withTables<BrokerTables>()

/** A registration with what an application on it needs (the company's juristic ID too). */
export async function findRegistration(db: Kysely<DB>, id: string) {
  return db
    .selectFrom('registrations as r')
    .leftJoin('juristic_persons as j', 'j.id', 'r.juristic_person_id')
    .select([
      'r.id',
      'r.registrant_type',
      'r.person_id',
      'r.juristic_person_id',
      'j.juristic_id',
      'r.kind',
      'r.status',
      'r.email',
      'r.mobile',
      'r.mailing_address',
      'r.contact_name',
      'r.branch_code',
    ])
    .where('r.id', '=', id)
    .executeTakeFirst()
}
export type BaseRegistration = NonNullable<Awaited<ReturnType<typeof findRegistration>>>

/** The party's ACTIVE or SUSPENDED broker registration, if any. */
export async function liveBrokerOf(
  db: Kysely<DB>,
  party: { person_id: string | null; juristic_person_id: string | null },
) {
  return db
    .selectFrom('registrations')
    .select(['id', 'status', 'valid_from', 'valid_until', 'latest_receipt_id'])
    .where('kind', '=', 'customs_broker')
    .where('status', 'in', ['ACTIVE', 'SUSPENDED'])
    .$if(party.person_id !== null, (q) => q.where('person_id', '=', party.person_id))
    .$if(party.person_id === null, (q) =>
      q.where('juristic_person_id', '=', party.juristic_person_id),
    )
    .executeTakeFirst()
}

/** One decision with its registration's dates (approved ones). */
export async function findDecision(db: Kysely<DB>, by: { id: string } | { submitKey: string }) {
  return brokers(db)
    .selectFrom('broker_decisions as d')
    .leftJoin('registrations as r', 'r.id', 'd.registration_id')
    .select([
      'd.id',
      'd.base_registration_id',
      'd.reference',
      'd.licence_number',
      'd.outcome',
      'd.results',
      'd.receipt_id',
      'd.decided_at',
      'd.registration_id',
      'r.valid_from',
      'r.valid_until',
    ])
    .$if('id' in by, (q) => q.where('d.id', '=', (by as { id: string }).id))
    .$if('submitKey' in by, (q) =>
      q.where('d.submit_key', '=', (by as { submitKey: string }).submitKey),
    )
    .executeTakeFirst()
}
export type StoredDecision = NonNullable<Awaited<ReturnType<typeof findDecision>>>

/** The decision row's write. */
export function decisionWrite(db: Kysely<DB>, row: Insertable<BrokerDecisionsTable>): Write {
  return brokers(db).insertInto('broker_decisions').values(row)
}

/**
 * The decision's journey events, of their own kind 'broker': the person and company journeys'
 * figures (steps, medians, the survey) never count them; the public statistics count the
 * registration itself, by its kind customs_broker.
 */
export function journeyWrites(
  db: Kysely<DB>,
  journeyId: string,
  outcome: 'approved' | 'refused',
  at: Date,
): Write {
  return db.insertInto('journey_events').values(
    (['submitted', 'decision'] as const).map((event) => ({
      id: newId(),
      journey_id: journeyId,
      journey_kind: 'broker',
      event,
      step: event === 'decision' ? outcome : null,
      channel: 'online' as const,
      occurred_at: at,
      business_date: businessDate(at),
    })),
  )
}

/** The licence an approved broker registration was decided on, and whose it is. */
export async function licenceOfBrokerRegistration(db: Kysely<DB>, registrationId: string) {
  return brokers(db)
    .selectFrom('broker_decisions as d')
    .innerJoin('registrations as r', 'r.id', 'd.registration_id')
    .leftJoin('juristic_persons as j', 'j.id', 'r.juristic_person_id')
    .select(['d.licence_number', 'r.registrant_type', 'r.person_id', 'j.juristic_id'])
    .where('d.registration_id', '=', registrationId)
    .where('d.outcome', '=', 'approved')
    .executeTakeFirst()
}
