import { randomInt, timingSafeEqual } from 'node:crypto'
import type { Kysely, Selectable } from 'kysely'
import { recordAudit } from '../../platform/audit.js'
import type { ApplicationStep, ApplicationsTable, DB } from '../../platform/db/schema.js'
import type { PiiCrypto } from '../../platform/pii-crypto.js'
import { enqueueMail } from '../mail/index.js'
import {
  claimCodeAttempt,
  confirmAddress,
  storeCode,
  type ClaimedCode,
} from './email-code.repository.js'
import { contactMessages } from './messages.js'

type Application = Selectable<ApplicationsTable>

const CODE_TTL_MS = 10 * 60_000
export const MAX_CODE_ATTEMPTS = 5
const MAX_CODES_SENT = 10

// The address is part of the hash: a code sent to one address never confirms another.
function codeHash(
  deps: { crypto: PiiCrypto },
  applicationId: string,
  email: string,
  code: string,
): Buffer {
  return deps.crypto.hmac(`email-code:${applicationId}:${email}:${code}`).blob
}

/** E-mails a new six-digit code for the application's address (limited per application). */
export async function sendCode(
  trx: Kysely<DB>,
  deps: { crypto: PiiCrypto },
  app: Pick<Application, 'id' | 'locale' | 'email_codes_sent'>,
  email: string,
): Promise<'sent' | 'too-many'> {
  if (app.email_codes_sent >= MAX_CODES_SENT) return 'too-many'
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0')
  const expiresAt = new Date(Date.now() + CODE_TTL_MS)
  await storeCode(trx, app.id, { hash: codeHash(deps, app.id, email, code), expiresAt })
  const m = contactMessages(app.locale)
  await enqueueMail(trx, {
    to: email,
    subject: m('mail.codeSubject', { code }),
    text: m('mail.codeBody', { code }),
  })
  return 'sent'
}

export type CodeResult =
  { ok: true } | { ok: false; reason: 'wrong' | 'expired' | 'locked'; left: number }

/**
 * Checks the e-mail code of any application: expires after 10 minutes, 5 attempts per code.
 * The attempt is counted before the comparison, in one statement, so that parallel guesses
 * cannot pass the limit. On success the address is confirmed and `next` names the step to open.
 */
export async function checkEmailCode(
  trx: Kysely<DB>,
  deps: { crypto: PiiCrypto },
  app: Pick<Application, 'id' | 'email_code_hash' | 'email_code_attempts'>,
  code: string,
  requestId: string,
  next: (claimed: Pick<ClaimedCode, 'verification_id' | 'mailing_address'>) => ApplicationStep,
): Promise<CodeResult> {
  const claimed = await claimCodeAttempt(trx, app.id, MAX_CODE_ATTEMPTS)
  if (!claimed || !claimed.email_code_hash || !claimed.email) {
    const locked = app.email_code_hash !== null && app.email_code_attempts >= MAX_CODE_ATTEMPTS
    return { ok: false, reason: locked ? 'locked' : 'expired', left: 0 }
  }
  if (!claimed.email_code_expires_at || claimed.email_code_expires_at.getTime() < Date.now())
    return { ok: false, reason: 'expired', left: 0 }
  if (!timingSafeEqual(claimed.email_code_hash, codeHash(deps, app.id, claimed.email, code))) {
    await recordAudit(trx, {
      actorType: 'anonymous',
      action: 'application.email_code_wrong',
      subjectType: 'application',
      subjectId: app.id,
      outcome: 'refused',
      requestId,
    })
    const left = MAX_CODE_ATTEMPTS - claimed.email_code_attempts
    return { ok: false, reason: left > 0 ? 'wrong' : 'locked', left }
  }
  await confirmAddress(trx, app.id, next(claimed))
  return { ok: true }
}
