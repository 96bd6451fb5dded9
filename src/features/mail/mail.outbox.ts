import type { Kysely } from 'kysely'
import { z } from 'zod'
import type { DB } from '../../platform/db/schema.js'
import { executeAsOne, type Write } from '../../platform/db/one-statement.js'
import { newId } from '../../platform/ids.js'

/** The outbox topic the mail worker drains. */
export const MAIL_TOPIC = 'mail'

/** One e-mail to one recipient. html is optional; text is always sent, for every mail client. */
export interface MailMessage {
  to: string
  subject: string
  text: string
  html?: string
}

// A subject is a single header line: a line break in it would let a caller inject headers.
const messageSchema = z.object({
  to: z.email(),
  subject: z
    .string()
    .min(1)
    .max(998)
    .refine((s) => !/[\r\n]/.test(s), 'a subject is one line'),
  text: z.string().min(1),
  html: z.string().min(1).optional(),
})

/** Raised for a message that cannot be sent as written; it names fields, never their values. */
export class InvalidMailError extends Error {
  override name = 'InvalidMailError'
}

function parse(value: unknown): MailMessage {
  const result = messageSchema.safeParse(value)
  if (!result.success) {
    // Paths only: the values are addresses and bodies, which must not reach logs.
    const fields = [...new Set(result.error.issues.map((i) => i.path.join('.') || 'message'))]
    throw new InvalidMailError(`invalid mail message: ${fields.join(', ')}`)
  }
  const { to, subject, text, html } = result.data
  return html === undefined ? { to, subject, text } : { to, subject, text, html }
}

/** Reads an outbox payload back into a message; throws InvalidMailError when it is malformed. */
export function parseMailPayload(payload: unknown): MailMessage {
  return parse(payload)
}

/** A message that passed checkMail: only such messages reach the outbox. */
export type CheckedMail = MailMessage & { readonly checked: unique symbol }

/** Checks a message before it is written; throws InvalidMailError for one that cannot be sent. */
export function checkMail(message: MailMessage): CheckedMail {
  return parse(message) as CheckedMail
}

/**
 * Writes an e-mail to the outbox through the given handle — pass the transaction of the change
 * it belongs to, so that the mail exists if and only if the change commits. Returns the outbox id.
 */
export async function enqueueMail(trx: Kysely<DB>, message: MailMessage): Promise<string> {
  const { ids, writes } = outboxWrites(trx, [checkMail(message)])
  await executeAsOne(trx, writes)
  return ids[0] as string
}

/**
 * The write that puts several checked e-mails in the outbox, with their outbox ids, for the
 * caller to run with the change they belong to.
 */
export function outboxWrites(
  db: Kysely<DB>,
  messages: CheckedMail[],
): { ids: string[]; writes: Write[] } {
  if (messages.length === 0) return { ids: [], writes: [] }
  const rows = messages.map((m) => ({
    id: newId(),
    topic: MAIL_TOPIC,
    payload: JSON.stringify(m),
  }))
  return { ids: rows.map((r) => r.id), writes: [db.insertInto('outbox').values(rows)] }
}
