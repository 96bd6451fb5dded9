import type { Kysely } from 'kysely'
import { recordAudit } from '../../platform/audit.js'
import type { DB } from '../../platform/db/schema.js'
import { ConflictError, NotFoundError } from '../../platform/errors.js'
import { authorise, roleLabel, type OfficerAuth } from '../officers/index.js'
import { enqueueMail } from '../mail/index.js'
import { pdpaMail } from './mail.js'
import { isUuid } from './policy.js'
import { remindersOf, remindersOfRequest } from './reminders.repository.js'
import {
  closeRequest,
  contactEmail,
  queueForDpo,
  requestForDpo,
  requestHistory,
  type RequestRow,
} from './requests.repository.js'
import { toRecord, type RequestRecord } from './requests.service.js'
import type { Outcome, ReminderStage } from './schema.js'

// The data-protection officer's side of data-subject requests: every function checks the role
// again (authorise, 'dpo.requests') before it reads anything.

export interface QueueEntry extends RequestRecord {
  remindersSent: ReminderStage[]
}

/** The DPO's queue: open requests by deadline, then the most recently closed. */
export async function requestQueue(
  db: Kysely<DB>,
  auth: OfficerAuth,
): Promise<{ open: QueueEntry[]; closed: QueueEntry[] }> {
  await authorise(db, auth, 'dpo.requests', 'pdpa.queue')
  const { open, closed } = await queueForDpo(db)
  const reminders = await remindersOf(
    db,
    [...open, ...closed].map((r) => r.id),
  )
  const withReminders = (r: RequestRow): QueueEntry => ({
    ...toRecord(r),
    remindersSent: reminders.filter((x) => x.request_id === r.id).map((x) => x.stage),
  })
  return { open: open.map(withReminders), closed: closed.map(withReminders) }
}

export interface RequestHistoryEntry {
  occurredAt: Date
  action: string
  actorType: string
  actorRole: string | null
}

export interface DpoRequestView extends QueueEntry {
  reminders: { stage: ReminderStage; sentAt: Date }[]
  history: RequestHistoryEntry[]
}

/**
 * One request for the DPO, with the reminders sent and every audited step. Opening it reads
 * the registrant's words, so it is recorded as an access to their data.
 */
export async function viewRequestAsDpo(
  db: Kysely<DB>,
  auth: OfficerAuth,
  requestId: string,
): Promise<DpoRequestView> {
  const subject = isUuid(requestId) ? { type: 'data_subject_request', id: requestId } : undefined
  await authorise(db, auth, 'dpo.requests', 'pdpa.request_view', subject)
  if (!subject) throw new NotFoundError('no such request')
  const row = await requestForDpo(db, requestId)
  if (!row) throw new NotFoundError('no such request')
  await recordAudit(db, {
    actorType: 'officer',
    actorId: auth.officerId,
    actorRole: roleLabel(auth.roles),
    action: 'pdpa.request_viewed',
    subjectType: 'person',
    subjectId: row.person_id,
    requestId: auth.requestId,
    data: { requestId: row.id },
    details: { ip: auth.ip },
  })
  const reminders = await remindersOfRequest(db, row.id)
  const history = await requestHistory(db, row)
  return {
    ...toRecord(row),
    remindersSent: reminders.map((r) => r.stage),
    reminders: reminders.map((r) => ({ stage: r.stage, sentAt: r.sent_at })),
    history: history.map((h) => ({
      occurredAt: h.occurred_at,
      action: h.action,
      actorType: h.actor_type,
      actorRole: h.actor_role,
    })),
  }
}

/** Records the DPO's outcome and closes the request; the registrant is told by e-mail. */
export async function recordOutcome(
  db: Kysely<DB>,
  auth: OfficerAuth,
  requestId: string,
  decision: { outcome: Outcome; note: string },
  now = new Date(),
): Promise<RequestRecord> {
  const subject = isUuid(requestId) ? { type: 'data_subject_request', id: requestId } : undefined
  await authorise(db, auth, 'dpo.requests', 'pdpa.request_close', subject)
  if (!subject) throw new NotFoundError('no such request')
  return db.transaction().execute(async (trx) => {
    const existing = await requestForDpo(trx, requestId)
    if (!existing) throw new NotFoundError('no such request')
    const closed = await closeRequest(trx, requestId, {
      outcome: decision.outcome,
      note: decision.note,
      officerId: auth.officerId,
      at: now,
    })
    if (!closed) throw new ConflictError('the request was already closed')
    await recordAudit(trx, {
      actorType: 'officer',
      actorId: auth.officerId,
      actorRole: roleLabel(auth.roles),
      action: 'pdpa.request_closed',
      subjectType: 'data_subject_request',
      subjectId: requestId,
      requestId: auth.requestId,
      data: {
        kind: existing.kind,
        outcome: decision.outcome,
        personId: existing.person_id,
        inTime: now.getTime() < existing.due_at.getTime(),
      },
      details: { ip: auth.ip },
    })
    const after = await requestForDpo(trx, requestId)
    if (!after) throw new NotFoundError('no such request')
    const row = toRecord(after)
    const email = await contactEmail(trx, existing.person_id)
    if (email) await enqueueMail(trx, pdpaMail.closed(email, row))
    return row
  })
}
