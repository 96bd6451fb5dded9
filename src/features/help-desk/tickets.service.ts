import { randomInt, timingSafeEqual } from 'node:crypto'
import { recordAudit } from '../../platform/audit.js'
import type { TicketCategory } from '../../platform/db/schema/help-desk.js'
import { ConflictError } from '../../platform/errors.js'
import { newId, shortReference } from '../../platform/ids.js'
import type { PiiCrypto } from '../../platform/pii-crypto.js'
import { enqueueMail } from '../mail/index.js'
import { removeAttachment, storeAttachment, type AttachmentType } from './attachments.js'
import type { HelpDeskDeps } from './deps.js'
import { helpMail } from './mail.js'
import { HELP_PATHS } from './paths.js'
import {
  insertAttachment,
  insertEvent,
  insertTicket,
  type TicketRow,
} from './tickets.repository.js'

// Opening a ticket, and what the reporter's address and follow links are.

/** What the help form gives, parsed. */
export interface NewTicket {
  category: TicketCategory
  subject: string
  message: string
  email?: string
  originStep?: string
  originErrorRef?: string
  attachment?: { fileName: string; type: AttachmentType; data: Buffer }
}

/** The signature of a ticket's follow link (a keyed hash of its id, so it needs no storage). */
export function linkSignature(crypto: PiiCrypto, ticketId: string): string {
  return crypto.hmac(`helpdesk-link:${ticketId}`).blob.toString('base64url').slice(0, 32)
}

/** Whether a follow link's signature is this ticket's. */
export function linkSignatureValid(crypto: PiiCrypto, ticketId: string, given: string): boolean {
  const want = Buffer.from(linkSignature(crypto, ticketId))
  const got = Buffer.from(given)
  return want.length === got.length && timingSafeEqual(want, got)
}

/** The follow link a ticket's e-mails carry. */
export function followLink(deps: HelpDeskDeps, t: Pick<TicketRow, 'id' | 'reference'>): string {
  return `${deps.publicBaseUrl}${HELP_PATHS.link(t.reference, linkSignature(deps.crypto, t.id))}`
}

/** The keyed hash an anonymous reporter's secret phrase is kept as. */
export function phraseHash(crypto: PiiCrypto, ticketId: string, phrase: string): Buffer {
  const normal = phrase.toUpperCase().replace(/[^0-9A-Z]/g, '')
  return crypto.hmac(`helpdesk-phrase:${ticketId}:${normal}`).blob
}

const PHRASE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ'

function newPhrase(): string {
  const groups = [0, 1, 2, 3].map(() =>
    Array.from({ length: 4 }, () => PHRASE_ALPHABET[randomInt(PHRASE_ALPHABET.length)]).join(''),
  )
  return groups.join('-')
}

interface SealedIdentity {
  email?: string
  personId?: string
}

/** The address to write to: the ticket's, or for a corruption complaint the sealed one. */
export function reporterAddress(crypto: PiiCrypto, t: TicketRow): string | undefined {
  if (t.email) return t.email
  if (!t.sealed_identity || !t.sealed_key_id) return undefined
  const identity = JSON.parse(
    crypto.decrypt({ keyId: t.sealed_key_id, blob: t.sealed_identity }),
  ) as SealedIdentity
  return identity.email
}

/** The sealed identity, opened (the caller has checked the integrity role and audits it). */
export function openSealedIdentity(crypto: PiiCrypto, t: TicketRow): SealedIdentity {
  if (!t.sealed_identity || !t.sealed_key_id) return {}
  return JSON.parse(
    crypto.decrypt({ keyId: t.sealed_key_id, blob: t.sealed_identity }),
  ) as SealedIdentity
}

/**
 * Opens a ticket: the ticket, its first message, its attachment (on disk first, removed again if
 * the transaction fails), the audit row and the confirmation e-mail, all in one transaction.
 * A corruption complaint keeps the reporter's identity sealed; without an e-mail it gets a
 * secret phrase, returned once and stored only as a keyed hash.
 */
export async function openTicket(
  deps: HelpDeskDeps,
  input: NewTicket,
  ctx: { personId?: string; locale: 'th' | 'en'; requestId: string },
): Promise<{ id: string; reference: string; phrase?: string }> {
  const now = deps.clock.now()
  const id = newId()
  const reference = shortReference()
  const sealed = input.category === 'corruption'
  const phrase = sealed && !input.email ? newPhrase() : undefined
  const identity: SealedIdentity = {
    ...(input.email ? { email: input.email } : {}),
    ...(ctx.personId ? { personId: ctx.personId } : {}),
  }
  const sealedBlob =
    sealed && Object.keys(identity).length > 0
      ? deps.crypto.encrypt(JSON.stringify(identity))
      : undefined
  const attachmentId = input.attachment ? newId() : undefined
  if (input.attachment && attachmentId)
    await storeAttachment(deps.dataDir, attachmentId, input.attachment.data)
  try {
    await deps.db.transaction().execute(async (trx) => {
      await insertTicket(trx, {
        id,
        reference,
        category: input.category,
        subject: input.subject,
        email: sealed ? null : (input.email ?? null),
        person_id: sealed ? null : (ctx.personId ?? null),
        sealed_identity: sealedBlob?.blob ?? null,
        sealed_key_id: sealedBlob?.keyId ?? null,
        secret_hash: phrase ? phraseHash(deps.crypto, id, phrase) : null,
        locale: ctx.locale,
        origin_step: input.originStep ?? null,
        origin_error_ref: input.originErrorRef ?? null,
        created_at: now,
        sla_clock_at: now,
      })
      const eventId = newId()
      await insertEvent(trx, {
        id: eventId,
        ticket_id: id,
        at: now,
        kind: 'message',
        actor_type: 'reporter',
        officer_id: null,
        body: input.message,
        from_status: null,
        to_status: null,
      })
      if (input.attachment && attachmentId)
        await insertAttachment(trx, {
          id: attachmentId,
          ticket_id: id,
          event_id: eventId,
          file_name: input.attachment.fileName,
          content_type: input.attachment.type,
          size_bytes: input.attachment.data.length,
        })
      await recordAudit(trx, {
        actorType: ctx.personId && !sealed ? 'registrant' : 'anonymous',
        actorId: ctx.personId && !sealed ? ctx.personId : null,
        action: 'helpdesk.ticket_opened',
        subjectType: 'helpdesk_ticket',
        subjectId: id,
        requestId: ctx.requestId,
        data: {
          category: input.category,
          attachment: attachmentId !== undefined,
          anonymous: phrase !== undefined,
        },
      })
      if (input.email)
        await enqueueMail(
          trx,
          helpMail.created(input.email, {
            reference,
            subject: input.subject,
            link: followLink(deps, { id, reference }),
          }),
        )
    })
  } catch (err) {
    if (attachmentId) await removeAttachment(deps.dataDir, attachmentId)
    throw err
  }
  return { id, reference, ...(phrase ? { phrase } : {}) }
}

/** Refuses a reporter's change to a closed ticket. */
export function assertNotClosed(t: TicketRow): void {
  if (t.status === 'closed') throw new ConflictError('the ticket is closed')
}
