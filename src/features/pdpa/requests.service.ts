import type { Kysely } from 'kysely'
import { recordAudit } from '../../platform/audit.js'
import type { DB } from '../../platform/db/schema.js'
import { ConflictError, NotFoundError } from '../../platform/errors.js'
import { newId, shortReference } from '../../platform/ids.js'
import { addBusinessDays, businessDate, startOfBusinessDate } from '../../platform/time.js'
import type { Locale } from '../../platform/i18n/index.js'
import { roleLabel, type OfficerAuth } from '../back-office/index.js'
import { enqueueMail } from '../mail/index.js'
import { pdpaMail } from './mail.js'
import { isUuid, requireDpo } from './policy.js'
import { REQUEST_DEADLINE_DAYS } from './processing.js'
import type { Outcome, PdpaTables, ReminderStage, RequestKind } from './schema.js'

const tables = (db: Kysely<DB>) => db.withTables<PdpaTables>()

/**
 * The deadline of a request received at `receivedAt`: the end of the 30th day after the day of
 * receipt, Asia/Bangkok (the day of receipt itself is not counted). Stored as the first
 * instant after it.
 */
export function deadlineOf(receivedAt: Date): Date {
  return startOfBusinessDate(addBusinessDays(businessDate(receivedAt), REQUEST_DEADLINE_DAYS + 1))
}

/** The last business date on which the request can be answered in time. */
export function dueDateOf(dueAt: Date): string {
  return businessDate(new Date(dueAt.getTime() - 1))
}

/** Whole days left until the deadline; 0 on the last day, negative once it has passed. */
export function daysLeft(dueAt: Date, now: Date): number {
  const today = startOfBusinessDate(businessDate(now)).getTime()
  const last = startOfBusinessDate(dueDateOf(dueAt)).getTime()
  return Math.round((last - today) / 86_400_000)
}

export interface RequestRecord {
  id: string
  reference: string
  personId: string
  kind: RequestKind
  details: string
  status: 'open' | 'closed'
  receivedAt: Date
  dueAt: Date
  outcome: Outcome | null
  outcomeNote: string | null
  decidedAt: Date | null
  textsCleared: boolean
}

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

type RequestRow = Awaited<ReturnType<ReturnType<typeof selectRequests>['executeTakeFirstOrThrow']>>

function toRecord(r: RequestRow): RequestRecord {
  return {
    id: r.id,
    reference: r.reference,
    personId: r.person_id,
    kind: r.kind,
    details: r.details,
    status: r.status,
    receivedAt: r.received_at,
    dueAt: r.due_at,
    outcome: r.outcome,
    outcomeNote: r.outcome_note,
    decidedAt: r.decided_at,
    textsCleared: r.texts_cleared_at !== null,
  }
}

/** The e-mail address the person's registration (or latest application) holds, if any. */
async function contactEmail(db: Kysely<DB>, personId: string): Promise<string | undefined> {
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

export interface NewRequest {
  kind: RequestKind
  details: string
}

/**
 * Lodges a data-subject request for the signed-in person: it lands in the data-protection
 * officer's queue with its deadline; the registrant and the DPO's mailbox are told.
 */
export async function lodgeRequest(
  db: Kysely<DB>,
  opts: {
    personId: string
    request: NewRequest
    locale: Locale
    requestId: string
    dpoEmail: string
    now?: Date
  },
): Promise<RequestRecord> {
  const now = opts.now ?? new Date()
  const id = newId()
  const dueAt = deadlineOf(now)
  await db.transaction().execute(async (trx) => {
    await tables(trx)
      .insertInto('data_subject_requests')
      .values({
        id,
        reference: shortReference(),
        person_id: opts.personId,
        kind: opts.request.kind,
        details: opts.request.details,
        locale: opts.locale,
        received_at: now,
        due_at: dueAt,
      })
      .execute()
    await recordAudit(trx, {
      actorType: 'registrant',
      actorId: opts.personId,
      action: 'pdpa.request_lodged',
      subjectType: 'data_subject_request',
      subjectId: id,
      requestId: opts.requestId,
      data: { kind: opts.request.kind, personId: opts.personId, dueDate: dueDateOf(dueAt) },
    })
    const row = await selectRequests(trx).where('id', '=', id).executeTakeFirstOrThrow()
    const email = await contactEmail(trx, opts.personId)
    if (email) await enqueueMail(trx, pdpaMail.lodged(email, toRecord(row)))
    await enqueueMail(trx, pdpaMail.newForDpo(opts.dpoEmail, toRecord(row)))
  })
  const row = await selectRequests(db).where('id', '=', id).executeTakeFirstOrThrow()
  return toRecord(row)
}

/** The signed-in person's own requests, newest first. */
export async function ownRequests(db: Kysely<DB>, personId: string): Promise<RequestRecord[]> {
  const rows = await selectRequests(db)
    .where('person_id', '=', personId)
    .orderBy('received_at', 'desc')
    .execute()
  return rows.map(toRecord)
}

/** One of the signed-in person's requests; anyone else's is "not found". */
export async function ownRequest(
  db: Kysely<DB>,
  personId: string,
  requestId: string,
): Promise<RequestRecord> {
  if (!isUuid(requestId)) throw new NotFoundError('no such request')
  const row = await selectRequests(db)
    .where('id', '=', requestId)
    .where('person_id', '=', personId)
    .executeTakeFirst()
  if (!row) throw new NotFoundError('no such request')
  return toRecord(row)
}

export interface QueueEntry extends RequestRecord {
  remindersSent: ReminderStage[]
}

/** The DPO's queue: open requests by deadline, then the most recently closed. */
export async function requestQueue(
  db: Kysely<DB>,
  auth: OfficerAuth,
): Promise<{ open: QueueEntry[]; closed: QueueEntry[] }> {
  await requireDpo(db, auth, 'pdpa.queue')
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
  const ids = [...open, ...closed].map((r) => r.id)
  const reminders =
    ids.length === 0
      ? []
      : await tables(db)
          .selectFrom('data_subject_request_reminders')
          .select(['request_id', 'stage'])
          .where('request_id', 'in', ids)
          .execute()
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
  await requireDpo(db, auth, 'pdpa.request_view', subject)
  if (!subject) throw new NotFoundError('no such request')
  const row = await selectRequests(db).where('id', '=', requestId).executeTakeFirst()
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
  const reminders = await tables(db)
    .selectFrom('data_subject_request_reminders')
    .select(['stage', 'sent_at'])
    .where('request_id', '=', row.id)
    .orderBy('sent_at')
    .execute()
  const history = await db
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
  await requireDpo(db, auth, 'pdpa.request_close', subject)
  if (!subject) throw new NotFoundError('no such request')
  return db.transaction().execute(async (trx) => {
    const existing = await selectRequests(trx).where('id', '=', requestId).executeTakeFirst()
    if (!existing) throw new NotFoundError('no such request')
    const closed = await tables(trx)
      .updateTable('data_subject_requests')
      .set({
        status: 'closed',
        outcome: decision.outcome,
        outcome_note: decision.note,
        decided_by: auth.officerId,
        decided_at: now,
      })
      .where('id', '=', requestId)
      .where('status', '=', 'open')
      .executeTakeFirst()
    if (Number(closed.numUpdatedRows) === 0)
      throw new ConflictError('the request was already closed')
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
    const row = toRecord(
      await selectRequests(trx).where('id', '=', requestId).executeTakeFirstOrThrow(),
    )
    const email = await contactEmail(trx, existing.person_id)
    if (email) await enqueueMail(trx, pdpaMail.closed(email, row))
    return row
  })
}
