import { randomInt, timingSafeEqual } from 'node:crypto'
import { parseReference } from '../../platform/ids.js'
import { enqueueMail } from '../mail/index.js'
import type { HelpDeskDeps } from './deps.js'
import { helpMail } from './mail.js'
import { businessCalendar, changeTicket } from './ticket-change.js'
import {
  attachmentsOf,
  deleteFollowCode,
  eventsOf,
  setFollowCode,
  takeFollowAttempt,
  ticketByReference,
  ticketById,
  ticketsOfPerson,
  type AttachmentRow,
  type EventRow,
  type TicketRow,
} from './tickets.repository.js'
import {
  assertNotClosed,
  linkSignatureValid,
  phraseHash,
  reporterAddress,
} from './tickets.service.js'
import { NotFoundError } from '../../platform/errors.js'

// Following a ticket without an account: a code e-mailed to the ticket's address, the signed
// link of its e-mails, or an anonymous reporter's secret phrase; then replying and closing.

const CODE_TTL_MS = 15 * 60_000

function codeHash(deps: HelpDeskDeps, ticketId: string, code: string): Buffer {
  return deps.crypto.hmac(`helpdesk-code:${ticketId}:${code}`).blob
}

function sameBytes(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b)
}

/** A ticket by a typed reference (normalised, its check character checked). */
export async function findByReference(
  deps: HelpDeskDeps,
  typed: string,
): Promise<TicketRow | undefined> {
  const reference = parseReference(typed)
  if (!reference) return undefined
  const t = await ticketByReference(deps.db, reference)
  return t && !t.merged_into ? t : t?.merged_into ? ticketById(deps.db, t.merged_into) : undefined
}

/**
 * E-mails a follow code when the reference and address match; the answer is the same either
 * way, so that the form tells nobody which addresses sent what.
 */
export async function requestFollowCode(
  deps: HelpDeskDeps,
  reference: string,
  email: string,
): Promise<void> {
  const t = await findByReference(deps, reference)
  if (!t) return
  const address = reporterAddress(deps.crypto, t)
  if (!address || address.toLowerCase() !== email.toLowerCase()) return
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0')
  await deps.db.transaction().execute(async (trx) => {
    await setFollowCode(
      trx,
      t.id,
      codeHash(deps, t.id, code),
      new Date(deps.clock.now().getTime() + CODE_TTL_MS),
    )
    await enqueueMail(trx, helpMail.code(address, { reference: t.reference, code }))
  })
}

/** The ticket a code opens, or undefined (wrong, expired or too many attempts). */
export async function checkFollowCode(
  deps: HelpDeskDeps,
  reference: string,
  code: string,
): Promise<string | undefined> {
  const t = await findByReference(deps, reference)
  if (!t) return undefined
  return deps.db.transaction().execute(async (trx) => {
    const stored = await takeFollowAttempt(trx, t.id)
    if (!stored || stored.expiresAt <= deps.clock.now()) return undefined
    if (!sameBytes(stored.codeHash, codeHash(deps, t.id, code))) return undefined
    await deleteFollowCode(trx, t.id)
    return t.id
  })
}

/** The ticket an anonymous reporter's phrase opens. */
export async function checkPhrase(
  deps: HelpDeskDeps,
  reference: string,
  phrase: string,
): Promise<string | undefined> {
  const t = await findByReference(deps, reference)
  if (!t?.secret_hash) return undefined
  return sameBytes(t.secret_hash, phraseHash(deps.crypto, t.id, phrase)) ? t.id : undefined
}

/** The ticket a signed link opens. */
export async function checkLink(
  deps: HelpDeskDeps,
  reference: string,
  signature: string,
): Promise<string | undefined> {
  const t = await findByReference(deps, reference)
  return t && linkSignatureValid(deps.crypto, t.id, signature) ? t.id : undefined
}

export interface ReporterView {
  ticket: TicketRow
  events: EventRow[]
  attachments: AttachmentRow[]
}

/** What the reporter sees: the ticket, its messages and status changes (no internal note). */
export async function reporterView(deps: HelpDeskDeps, ticketId: string): Promise<ReporterView> {
  const ticket = await ticketById(deps.db, ticketId)
  if (!ticket) throw new NotFoundError()
  return {
    ticket,
    events: await eventsOf(deps.db, ticketId, false),
    attachments: await attachmentsOf(deps.db, ticketId),
  }
}

/** The reporter's reply: a pending or resolved ticket opens again (its SLA clock runs again). */
export async function reporterReply(
  deps: HelpDeskDeps,
  ticketId: string,
  body: string,
  requestId: string,
): Promise<void> {
  const now = deps.clock.now()
  const cal = await businessCalendar(deps.db)
  await deps.db.transaction().execute(async (trx) => {
    const t = await ticketById(trx, ticketId)
    if (!t) throw new NotFoundError()
    assertNotClosed(t)
    await changeTicket(
      trx,
      t,
      {
        ...(t.status === 'pending' || t.status === 'resolved' ? { to: 'open' as const } : {}),
        actor: { type: 'reporter' },
        event: { kind: 'message', body },
        audit: { actorType: 'anonymous', action: 'helpdesk.reporter_replied', requestId },
      },
      now,
      cal,
    )
  })
}

/** The reporter closes their ticket. */
export async function reporterClose(
  deps: HelpDeskDeps,
  ticketId: string,
  requestId: string,
): Promise<void> {
  const now = deps.clock.now()
  const cal = await businessCalendar(deps.db)
  await deps.db.transaction().execute(async (trx) => {
    const t = await ticketById(trx, ticketId)
    if (!t) throw new NotFoundError()
    assertNotClosed(t)
    await changeTicket(
      trx,
      t,
      {
        to: 'closed',
        actor: { type: 'reporter' },
        audit: { actorType: 'anonymous', action: 'helpdesk.reporter_closed', requestId },
      },
      now,
      cal,
    )
  })
}

/** A signed-in registrant's tickets, for /account. */
export async function ticketsOfRegistrant(
  deps: Pick<HelpDeskDeps, 'db'>,
  personId: string,
): Promise<TicketRow[]> {
  return ticketsOfPerson(deps.db, personId)
}
