import type { Kysely } from 'kysely'
import nodemailer from 'nodemailer'
import type { DB } from '../../platform/db/schema.js'
import { scrubText } from '../../platform/logger.js'
import type { MailMessage } from './mail.outbox.js'
import { deliverToDevMailbox, markMailSent } from './mail.repository.js'

/** How mail leaves: SMTP, or (embedded mode, simulators on) the development mailbox. */
export interface MailerOptions {
  smtpUrl?: string
  from: string
  /** true: store messages in dev_mailbox instead of sending them over SMTP. */
  devMailbox: boolean
}

/** Delivers one message and records it sent; false when another worker had already recorded it. */
export interface MailSender {
  deliver(outboxId: string, message: MailMessage): Promise<boolean>
  close(): void
}

// Bounded waits: a claim's lease must outlast the slowest send (see SEND_BUDGET_SECONDS), and
// nodemailer's defaults (2 min to connect, 10 min idle) would not.
const SMTP_TIMEOUTS = {
  connectionTimeout: 10_000,
  greetingTimeout: 10_000,
  socketTimeout: 30_000,
  dnsTimeout: 10_000,
}
/** The longest one send can take with the timeouts above, rounded up. */
export const SEND_BUDGET_SECONDS = 60

/**
 * The Message-ID of an outbox row. Derived from the row id, so a message sent again after a crash
 * (at-least-once delivery) carries the same id and mail systems and people can tell it is a repeat.
 */
export function messageIdFor(outboxId: string): string {
  return `<${outboxId}@customs-trader-portal>`
}

function compose(from: string, outboxId: string, message: MailMessage) {
  return {
    from,
    to: message.to,
    subject: message.subject,
    text: message.text,
    ...(message.html !== undefined ? { html: message.html } : {}),
    messageId: messageIdFor(outboxId),
    // Bodies are plain strings; refuse anything that would make nodemailer read files or URLs.
    disableFileAccess: true,
    disableUrlAccess: true,
  }
}

/** Creates the sender the options ask for; throws when neither SMTP nor the dev mailbox is set. */
export function createMailSender(db: Kysely<DB>, opts: MailerOptions): MailSender {
  if (opts.devMailbox) {
    // streamTransport builds the real MIME message (headers, encodings) without a network.
    const transport = nodemailer.createTransport({ streamTransport: true, buffer: true })
    return {
      async deliver(outboxId, message) {
        const info = await transport.sendMail(compose(opts.from, outboxId, message))
        const raw = Buffer.isBuffer(info.message) ? info.message.toString('utf8') : ''
        return deliverToDevMailbox(db, {
          outboxId,
          messageId: messageIdFor(outboxId),
          from: opts.from,
          to: message.to,
          subject: message.subject,
          text: message.text,
          html: message.html,
          raw,
        })
      },
      close: () => transport.close(),
    }
  }
  if (!opts.smtpUrl) throw new Error('mail: set an SMTP URL, or use the development mailbox')
  const transport = nodemailer.createTransport({ url: opts.smtpUrl, ...SMTP_TIMEOUTS })
  return {
    async deliver(outboxId, message) {
      await transport.sendMail(compose(opts.from, outboxId, message))
      // If this update fails the row is retried and sent again, under the same Message-ID.
      return markMailSent(db, outboxId)
    },
    close: () => transport.close(),
  }
}

const ADDRESS = /[^\s<>()[\]"',;:@]+@[^\s<>()[\]"',;:]+/g
const MAX_ERROR_LENGTH = 500

/**
 * A description of a send failure for outbox.last_error and the logs: error code, SMTP reply code
 * and message, with addresses (SMTP servers quote the recipient) and national IDs removed.
 */
export function describeMailError(err: unknown): string {
  const e = (typeof err === 'object' && err !== null ? err : {}) as {
    code?: unknown
    responseCode?: unknown
    message?: unknown
  }
  const code = typeof e.code === 'string' ? e.code : undefined
  const reply = typeof e.responseCode === 'number' ? String(e.responseCode) : undefined
  const message = typeof e.message === 'string' ? e.message : String(err)
  const text = [code, reply].filter(Boolean).join(' ')
  const described = scrubText(`${text ? `${text}: ` : ''}${message}`.replace(ADDRESS, '[address]'))
  return described.length > MAX_ERROR_LENGTH
    ? `${described.slice(0, MAX_ERROR_LENGTH - 1)}…`
    : described
}
