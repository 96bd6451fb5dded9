import { sql, type ExpressionBuilder, type Kysely } from 'kysely'
import type { DB } from '../../../platform/db/schema.js'
import type { AuditFilter } from './auditor.schema.js'

export interface AuditEventRow {
  seq: string
  occurred_at: Date
  actor_type: string
  actor_id: string | null
  actor_role: string | null
  action: string
  subject_type: string | null
  subject_id: string | null
  outcome: string
  request_id: string | null
  data: Record<string, unknown>
  reason: string | null
}

type Events = ExpressionBuilder<DB & { e: DB['audit_events'] }, 'e'>

/** A LIKE pattern matching text that starts with the given text, taken literally. */
function startsWith(prefix: string): string {
  return `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
}

function matches(filter: AuditFilter) {
  return (eb: Events) => {
    const and = []
    if (filter.from) and.push(eb('e.occurred_at', '>=', filter.from))
    if (filter.until) and.push(eb('e.occurred_at', '<', filter.until))
    if (filter.action)
      and.push(
        'exact' in filter.action
          ? eb('e.action', '=', filter.action.exact)
          : eb('e.action', 'like', startsWith(filter.action.prefix)),
      )
    if (filter.actorType) and.push(eb('e.actor_type', '=', filter.actorType))
    // actor_role holds the officer's roles joined with commas.
    if (filter.role)
      and.push(
        eb(sql<boolean>`${filter.role} = ANY(string_to_array(e.actor_role, ','))`, '=', true),
      )
    if (filter.subjectType) and.push(eb('e.subject_type', '=', filter.subjectType))
    if (filter.subjectId) and.push(eb('e.subject_id', '=', filter.subjectId))
    if (filter.outcome) and.push(eb('e.outcome', '=', filter.outcome))
    return eb.and(and)
  }
}

/** The events that match, newest first, before the given seq (keyset paging). */
export async function findAuditEvents(
  db: Kysely<DB>,
  filter: AuditFilter,
  opts: { before?: string; limit: number },
): Promise<AuditEventRow[]> {
  let q = db
    .selectFrom('audit_events as e')
    .leftJoin('audit_event_details as d', 'd.event_id', 'e.id')
    .select([
      'e.seq',
      'e.occurred_at',
      'e.actor_type',
      'e.actor_id',
      'e.actor_role',
      'e.action',
      'e.subject_type',
      'e.subject_id',
      'e.outcome',
      'e.request_id',
      'e.data',
      'd.reason',
    ])
    .where(matches(filter))
  if (opts.before) q = q.where('e.seq', '<', opts.before)
  return q.orderBy('e.seq', 'desc').limit(opts.limit).execute()
}
