import type { Kysely } from 'kysely'
import { recordAudit } from '../../platform/audit.js'
import type { DB } from '../../platform/db/schema.js'
import { NotFoundError } from '../../platform/errors.js'
import { newId, shortReference } from '../../platform/ids.js'
import { addBusinessDays, businessDate, startOfBusinessDate } from '../../platform/time.js'
import type { Locale } from '../../platform/i18n/index.js'
import { enqueueMail } from '../mail/index.js'
import { pdpaMail } from './mail.js'
import { isUuid } from './policy.js'
import { REQUEST_DEADLINE_DAYS } from './processing.js'
import {
  contactEmail,
  insertRequest,
  requestOf,
  requestsOf,
  type RequestRow,
} from './requests.repository.js'
import type { Outcome, RequestKind } from './schema.js'

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

/** A request as the registrant's and the DPO's pages show it. */
export function toRecord(r: RequestRow): RequestRecord {
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
    await insertRequest(trx, {
      id,
      reference: shortReference(),
      personId: opts.personId,
      kind: opts.request.kind,
      details: opts.request.details,
      locale: opts.locale,
      receivedAt: now,
      dueAt,
    })
    await recordAudit(trx, {
      actorType: 'registrant',
      actorId: opts.personId,
      action: 'pdpa.request_lodged',
      subjectType: 'data_subject_request',
      subjectId: id,
      requestId: opts.requestId,
      data: { kind: opts.request.kind, personId: opts.personId, dueDate: dueDateOf(dueAt) },
    })
    const row = await lodged(trx, opts.personId, id)
    const email = await contactEmail(trx, opts.personId)
    if (email) await enqueueMail(trx, pdpaMail.lodged(email, toRecord(row)))
    await enqueueMail(trx, pdpaMail.newForDpo(opts.dpoEmail, toRecord(row)))
  })
  return toRecord(await lodged(db, opts.personId, id))
}

/** The request just lodged (it is there: it was written in this transaction, or before). */
async function lodged(db: Kysely<DB>, personId: string, id: string): Promise<RequestRow> {
  const row = await requestOf(db, personId, id)
  if (!row) throw new Error(`request ${id} not found after it was lodged`)
  return row
}

/** The signed-in person's own requests, newest first. */
export async function ownRequests(db: Kysely<DB>, personId: string): Promise<RequestRecord[]> {
  return (await requestsOf(db, personId)).map(toRecord)
}

/** One of the signed-in person's requests; anyone else's is "not found". */
export async function ownRequest(
  db: Kysely<DB>,
  personId: string,
  requestId: string,
): Promise<RequestRecord> {
  if (!isUuid(requestId)) throw new NotFoundError('no such request')
  const row = await requestOf(db, personId, requestId)
  if (!row) throw new NotFoundError('no such request')
  return toRecord(row)
}
