import type { Kysely } from 'kysely'
import type { DB } from '../../../platform/db/schema.js'
import { randomToken } from '../../../platform/ids.js'
import { formatDateTime } from '../../../platform/time.js'
import { enqueueMail } from '../../mail/index.js'
import { secretDigest } from '../../officers/index.js'
import { grantMessages } from './grants.messages.js'
import { OFFICER_PATHS } from '../paths.js'

/** An enrolment link is valid this long. */
export const ENROLMENT_HOURS = 72

/** A new one-time enrolment link: the token goes into the e-mail, only its digest is stored. */
export interface NewEnrolment {
  token: string
  tokenHash: Buffer
  expiresAt: Date
}

/** A fresh token and its expiry. */
export function newEnrolment(now = Date.now()): NewEnrolment {
  const token = randomToken()
  return {
    token,
    tokenHash: secretDigest(token),
    expiresAt: new Date(now + ENROLMENT_HOURS * 3600_000),
  }
}

/** What the administrator is told: where the link went (masked) and until when it works. */
export interface EnrolmentSent {
  officerId: string
  sentTo: string
  expiresAt: Date
}

/** An address as the administrator's page shows it: s•••@customs.go.th. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@')
  if (at < 1) return '•••'
  return `${email.slice(0, 1)}•••${email.slice(at)}`
}

/**
 * Puts the enrolment e-mail in the outbox, in the caller's transaction: the link reaches the
 * officer's mailbox and nobody else's screen. Both languages in one message (the officer has no
 * language of their own yet).
 */
export async function enqueueEnrolmentMail(
  trx: Kysely<DB>,
  publicBaseUrl: string,
  to: { officerId: string; email: string; displayName: string; username: string },
  enrolment: NewEnrolment,
): Promise<EnrolmentSent> {
  const m = grantMessages('th')
  await enqueueMail(trx, {
    to: to.email,
    subject: m('mail.enrolSubject'),
    text: m('mail.enrolBody', {
      name: to.displayName,
      username: to.username,
      url: `${publicBaseUrl}${OFFICER_PATHS.enrolLink(enrolment.token)}`,
      until: formatDateTime(enrolment.expiresAt, 'th'),
      untilEn: formatDateTime(enrolment.expiresAt, 'en'),
    }),
  })
  return { officerId: to.officerId, sentTo: maskEmail(to.email), expiresAt: enrolment.expiresAt }
}

/** Tells the old address that the account's address changed (a takeover shows up there). */
export async function enqueueAddressChangedMail(
  trx: Kysely<DB>,
  oldEmail: string,
  username: string,
): Promise<void> {
  const m = grantMessages('th')
  await enqueueMail(trx, {
    to: oldEmail,
    subject: m('mail.changedSubject'),
    text: m('mail.changedBody', { username }),
  })
}
