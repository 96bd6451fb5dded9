import type { Kysely } from 'kysely'
import type { DB } from './db/schema.js'
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

/** Appends an audit event through the given handle; pass the transaction of the change it records. */
export async function recordAudit(trx: Kysely<DB>, event: AuditEvent): Promise<string> {
  const id = newId()
  await trx
    .insertInto('audit_events')
    .values({
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
    })
    .execute()
  if (event.details && (event.details.reason || event.details.ip)) {
    await trx
      .insertInto('audit_event_details')
      .values({ event_id: id, reason: event.details.reason ?? null, ip: event.details.ip ?? null })
      .execute()
  }
  return id
}
