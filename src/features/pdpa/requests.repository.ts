import { sql, type Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import type { Locale } from '../../platform/i18n/index.js'
import type { Outcome, PdpaTables, RequestKind } from './schema.js'

/**
 * Data-subject requests (the pdpa feature's own table). A registrant's reads name the person
 * (anyone else's request is not found); the DPO's reads are for the DPO services only, which
 * check the role first.
 */
const tables = (db: Kysely<DB>) => db.withTables<PdpaTables>()

function selectRequests(db: Kysely<DB>) {
  return tables(db)
    .selectFrom('data_subject_requests')
    .select([
      'id',
      'reference',
      'person_id',
      'kind',
      'details',
      'status',
      'received_at',
      'due_at',
      'outcome',
      'outcome_note',
      'decided_at',
      'texts_cleared_at',
    ])
}

export type RequestRow = Awaited<
  ReturnType<ReturnType<typeof selectRequests>['executeTakeFirstOrThrow']>
>

/** A new open request. */
export async function insertRequest(
  trx: Kysely<DB>,
  r: {
    id: string
    reference: string
    personId: string
    kind: RequestKind
    details: string
    locale: Locale
    receivedAt: Date
    dueAt: Date
  },
): Promise<void> {
  await tables(trx)
    .insertInto('data_subject_requests')
    .values({
      id: r.id,
      reference: r.reference,
      person_id: r.personId,
      kind: r.kind,
      details: r.details,
      locale: r.locale,
      received_at: r.receivedAt,
      due_at: r.dueAt,
    })
    .execute()
}

/** A person's own requests, newest first. */
export async function requestsOf(db: Kysely<DB>, personId: string): Promise<RequestRow[]> {
  return selectRequests(db)
    .where('person_id', '=', personId)
    .orderBy('received_at', 'desc')
    .execute()
}

/** One of a person's own requests; anyone else's is not found. */
export async function requestOf(
  db: Kysely<DB>,
  personId: string,
  requestId: string,
): Promise<RequestRow | undefined> {
  return selectRequests(db)
    .where('id', '=', requestId)
    .where('person_id', '=', personId)
    .executeTakeFirst()
}

/** Any request, for the data-protection officer (the caller has checked the role). */
export async function requestForDpo(
  db: Kysely<DB>,
  requestId: string,
): Promise<RequestRow | undefined> {
  return selectRequests(db).where('id', '=', requestId).executeTakeFirst()
}

/** The DPO's queue: open requests by deadline (500 at most), the 50 most recently closed. */
export async function queueForDpo(db: Kysely<DB>) {
  const open = await selectRequests(db)
    .where('status', '=', 'open')
    .orderBy('due_at')
    .limit(500)
    .execute()
  const closed = await selectRequests(db)
    .where('status', '=', 'closed')
    .orderBy('decided_at', 'desc')
    .limit(50)
    .execute()
  return { open, closed }
}

/** Closes an open request with the DPO's outcome; false when it was already closed. */
export async function closeRequest(
  trx: Kysely<DB>,
  requestId: string,
  decision: { outcome: Outcome; note: string; officerId: string; at: Date },
): Promise<boolean> {
  const closed = await tables(trx)
    .updateTable('data_subject_requests')
    .set({
      status: 'closed',
      outcome: decision.outcome,
      outcome_note: decision.note,
      decided_by: decision.officerId,
      decided_at: decision.at,
    })
    .where('id', '=', requestId)
    .where('status', '=', 'open')
    .executeTakeFirst()
  return Number(closed.numUpdatedRows) > 0
}

/** Every audited step of a request, and the DPO's openings of it, oldest first. */
export async function requestHistory(db: Kysely<DB>, row: { id: string; person_id: string }) {
  return db
    .selectFrom('audit_events')
    .select(['occurred_at', 'action', 'actor_type', 'actor_role'])
    .where((eb) =>
      eb.or([
        eb.and([eb('subject_type', '=', 'data_subject_request'), eb('subject_id', '=', row.id)]),
        eb.and([
          eb('action', '=', 'pdpa.request_viewed'),
          eb('subject_type', '=', 'person'),
          eb('subject_id', '=', row.person_id),
          eb(eb.ref('data', '->>').key('requestId'), '=', row.id),
        ]),
      ]),
    )
    .orderBy('seq')
    .execute()
}

/** The e-mail address the person's registration (or latest application) holds, if any. */
export async function contactEmail(db: Kysely<DB>, personId: string): Promise<string | undefined> {
  const reg = await db
    .selectFrom('registrations')
    .select('email')
    .where('person_id', '=', personId)
    .orderBy('created_at', 'desc')
    .executeTakeFirst()
  if (reg) return reg.email
  const app = await db
    .selectFrom('applications')
    .select('email')
    .where('person_id', '=', personId)
    .where('email', 'is not', null)
    .orderBy('created_at', 'desc')
    .executeTakeFirst()
  return app?.email ?? undefined
}

/** Requests received since a moment, counted by kind: received, refused, answered late. */
export async function requestCountsSince(db: Kysely<DB>, since: Date, now: Date) {
  return tables(db)
    .selectFrom('data_subject_requests')
    .select([
      'kind',
      sql<string>`count(*)`.as('received'),
      sql<string>`count(*) FILTER (WHERE outcome = 'refused')`.as('refused'),
      sql<string>`count(*) FILTER (WHERE coalesce(decided_at, ${now}) >= due_at)`.as('late'),
    ])
    .where('received_at', '>=', since)
    .groupBy('kind')
    .execute()
}
