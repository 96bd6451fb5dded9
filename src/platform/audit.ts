import type { Kysely } from 'kysely'
import type { DB } from './db/schema.js'
import { executeAsOne, type Write } from './db/one-statement.js'
import { newId } from './ids.js'

/** One audit event. Ids are pseudonymous (row ids, keyed hashes), never names or national IDs. */
export interface AuditEvent {
  actorType: 'anonymous' | 'registrant' | 'officer' | 'system'
  actorId?: string | null
  actorRole?: string | null
  action: string
  subjectType?: string | null
  subjectId?: string | null
  outcome?: 'ok' | 'refused' | 'failed'
  requestId?: string | null
  data?: Record<string, unknown>
  /** Personal details kept apart from the chain so that retention and erasure can clear them. */
  details?: { reason?: string | null; ip?: string | null }
}

function eventRow(id: string, event: AuditEvent) {
  return {
    id,
    actor_type: event.actorType,
    actor_id: event.actorId ?? null,
    actor_role: event.actorRole ?? null,
    action: event.action,
    subject_type: event.subjectType ?? null,
    subject_id: event.subjectId ?? null,
    outcome: event.outcome ?? 'ok',
    request_id: event.requestId ?? null,
    data: JSON.stringify(event.data ?? {}),
  }
}

/**
 * Appends an audit event through the given handle; pass the transaction of the change it records.
 * An event with details is one statement too (see auditWrites): one round trip and, outside a
 * transaction, one commit — never an event without its details or the reverse.
 */
export async function recordAudit(trx: Kysely<DB>, event: AuditEvent): Promise<string> {
  const { ids, writes } = auditWrites(trx, [event])
  await executeAsOne(trx, writes)
  return ids[0] as string
}

/**
 * The writes that append several events, in the given order — the events, then the details of
 * those that have any — with their ids, for the caller to run with the change they record
 * (`executeAsOne`: one statement).
 */
export function auditWrites(
  db: Kysely<DB>,
  events: AuditEvent[],
): { ids: string[]; writes: Write[] } {
  if (events.length === 0) return { ids: [], writes: [] }
  const ids = events.map(() => newId())
  const writes: Write[] = [
    db.insertInto('audit_events').values(events.map((e, i) => eventRow(ids[i] as string, e))),
  ]
  const details = events.flatMap((e, i) =>
    e.details && (e.details.reason || e.details.ip)
      ? [{ event_id: ids[i] as string, reason: e.details.reason ?? null, ip: e.details.ip ?? null }]
      : [],
  )
  if (details.length > 0) writes.push(db.insertInto('audit_event_details').values(details))
  return { ids, writes }
}
