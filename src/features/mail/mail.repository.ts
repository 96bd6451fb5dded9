import { sql, type Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { newId } from '../../platform/ids.js'
import { MAIL_TOPIC } from './mail.outbox.js'
import type { MailTables } from './schema.js'

/** An outbox row the worker has claimed: its lease runs until it is marked sent or failed. */
export interface ClaimedMail {
  id: string
  payload: unknown
  /** Attempts including this one. */
  attempts: number
}

const secondsFromNow = (seconds: number) => sql<Date>`now() + make_interval(secs => ${seconds})`

/**
 * Claims up to `limit` due mail rows. SKIP LOCKED lets several workers claim side by side without
 * waiting for or taking each other's rows; the claim then pushes available_at out by the lease and
 * counts the attempt, and commits at once. Sending happens after the commit: on PGlite every
 * request shares one connection, so a transaction held open across SMTP would stall the app.
 * A worker that dies mid-send leaves the row to be claimed again when the lease runs out.
 */
export async function claimDueMail(
  db: Kysely<DB>,
  opts: { limit: number; leaseSeconds: number; maxAttempts: number },
): Promise<ClaimedMail[]> {
  return db.transaction().execute(async (trx) => {
    const due = await trx
      .selectFrom('outbox')
      .select('id')
      .where('topic', '=', MAIL_TOPIC)
      .where('sent_at', 'is', null)
      .where('available_at', '<=', sql<Date>`now()`)
      .where('attempts', '<', opts.maxAttempts)
      .orderBy('available_at')
      .limit(opts.limit)
      .forUpdate()
      .skipLocked()
      .execute()
    if (due.length === 0) return []
    const rows = await trx
      .updateTable('outbox')
      .set((eb) => ({
        attempts: eb('attempts', '+', 1),
        available_at: secondsFromNow(opts.leaseSeconds),
      }))
      .where(
        'id',
        'in',
        due.map((r) => r.id),
      )
      .returning(['id', 'payload', 'attempts'])
      .execute()
    return rows.map((r) => ({ id: r.id, payload: r.payload, attempts: r.attempts }))
  })
}

/** Records a delivery; false when the row was already sent (by a worker whose lease ran out). */
export async function markMailSent(db: Kysely<DB>, id: string): Promise<boolean> {
  const row = await db
    .updateTable('outbox')
    .set({ sent_at: sql<Date>`now()` })
    .where('id', '=', id)
    .where('sent_at', 'is', null)
    .returning('id')
    .executeTakeFirst()
  return row !== undefined
}

/** Records a failed attempt and when to try again. The error text must hold no personal data. */
export async function markMailFailed(
  db: Kysely<DB>,
  id: string,
  opts: { error: string; retryInSeconds: number; attempts?: number },
): Promise<void> {
  await db
    .updateTable('outbox')
    .set({
      last_error: opts.error,
      available_at: secondsFromNow(opts.retryInSeconds),
      ...(opts.attempts !== undefined ? { attempts: opts.attempts } : {}),
    })
    .where('id', '=', id)
    .where('sent_at', 'is', null)
    .execute()
}

/** What the development mailbox keeps of one delivered message. */
export interface DevMailInput {
  outboxId: string
  messageId: string
  from: string
  to: string
  subject: string
  text: string
  html: string | undefined
  raw: string
}

/**
 * Stores a message in the development mailbox and marks its outbox row sent, in one transaction:
 * the stand-in for SMTP can offer what real SMTP cannot, a delivery that happens exactly once.
 */
export async function deliverToDevMailbox(db: Kysely<DB>, mail: DevMailInput): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    if (!(await markMailSent(trx, mail.outboxId))) return false
    await trx
      .withTables<MailTables>()
      .insertInto('dev_mailbox')
      .values({
        id: newId(),
        outbox_id: mail.outboxId,
        message_id: mail.messageId,
        from_address: mail.from,
        to_address: mail.to,
        subject: mail.subject,
        text_body: mail.text,
        html_body: mail.html ?? null,
        raw_message: mail.raw,
      })
      .execute()
    return true
  })
}

/** The newest messages in the development mailbox, for its list page. */
export async function listDevMail(db: Kysely<DB>, limit: number) {
  return db
    .withTables<MailTables>()
    .selectFrom('dev_mailbox')
    .select(['id', 'to_address', 'subject', 'delivered_at'])
    .orderBy('delivered_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute()
}

/** One message of the development mailbox, or undefined. */
export async function findDevMail(db: Kysely<DB>, id: string) {
  return db
    .withTables<MailTables>()
    .selectFrom('dev_mailbox')
    .select([
      'id',
      'outbox_id',
      'message_id',
      'from_address',
      'to_address',
      'subject',
      'text_body',
      'html_body',
      'raw_message',
      'delivered_at',
    ])
    .where('id', '=', id)
    .executeTakeFirst()
}

export type DevMailSummary = Awaited<ReturnType<typeof listDevMail>>[number]
export type DevMail = NonNullable<Awaited<ReturnType<typeof findDevMail>>>
