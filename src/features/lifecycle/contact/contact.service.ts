import { randomInt, timingSafeEqual } from 'node:crypto'
import type { Kysely } from 'kysely'
import { recordAudit } from '../../../platform/audit.js'
import type { ContactField, DB, StoredMailing } from '../../../platform/db/schema.js'
import { newId } from '../../../platform/ids.js'
import type { PiiCrypto } from '../../../platform/pii-crypto.js'
import { formatDateTime } from '../../../platform/time.js'
import { enqueueMail } from '../../mail/index.js'
import type { Owner } from './access.js'
import {
  claimEmailCodeAttempt,
  codesSentSince,
  markEmailCodeConfirmed,
  pendingEmailCode,
  storeEmailCode,
  writeContactChanges,
} from './contact.repository.js'
import type { Details } from './contact.schema.js'
import { contactChangeMessages } from './messages.js'

// Contact changes (issue 23): the e-mail code is the journeys' approach — an HMAC of the code
// with the address in it, 10 minutes, 5 attempts counted before the comparison, a daily limit —
// kept on its own row because a registration is not an application.

export const CODE_TTL_MS = 10 * 60_000
export const MAX_CODE_ATTEMPTS = 5
export const MAX_CODES_PER_DAY = 10

export interface ContactDeps {
  db: Kysely<DB>
  crypto: PiiCrypto
}

const th = contactChangeMessages('th')
const en = contactChangeMessages('en')

function codeHash(crypto: PiiCrypto, codeId: string, email: string, code: string): Buffer {
  return crypto.hmac(`registration-email-code:${codeId}:${email}:${code}`).blob
}

/** Sends a code to the new address; 'too-many' past the daily limit. */
export async function requestEmailChange(
  deps: ContactDeps,
  owner: Owner,
  newEmail: string,
  requestId: string,
): Promise<'sent' | 'same' | 'too-many'> {
  const r = owner.registration
  if (newEmail === r.email) return 'same'
  const since = new Date(Date.now() - 86_400_000)
  if ((await codesSentSince(deps.db, r.id, since)) >= MAX_CODES_PER_DAY) return 'too-many'
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0')
  const id = newId()
  await deps.db.transaction().execute(async (trx) => {
    await storeEmailCode(trx, {
      id,
      registrationId: r.id,
      newEmail,
      hash: codeHash(deps.crypto, id, newEmail, code),
      expiresAt: new Date(Date.now() + CODE_TTL_MS),
      by: owner.personId,
    })
    await enqueueMail(trx, {
      to: newEmail,
      subject: `รหัสยืนยันอีเมล ${code} / E-mail confirmation code`,
      text: `รหัสยืนยันอีเมลใหม่ของทะเบียนคือ ${code} ใช้ได้ 10 นาที\nถ้าท่านไม่ได้ขอรหัสนี้ ไม่ต้องทำอะไร\n\nThe code to confirm the registration's new e-mail address is ${code}. It works for 10 minutes.`,
    })
    await recordAudit(trx, {
      actorType: 'registrant',
      actorId: owner.personId,
      action: 'lifecycle.contact_email_code_sent',
      subjectType: 'registration',
      subjectId: r.id,
      requestId,
    })
  })
  return 'sent'
}

export type ConfirmResult =
  { ok: true } | { ok: false; reason: 'wrong' | 'expired' | 'locked' | 'none'; left: number }

/** Checks the code; on success the address changes, its history is kept, both addresses are told. */
export async function confirmEmailChange(
  deps: ContactDeps,
  owner: Owner,
  code: string,
  requestId: string,
): Promise<ConfirmResult> {
  const r = owner.registration
  const pending = await pendingEmailCode(deps.db, r.id, owner.personId)
  if (!pending) return { ok: false, reason: 'none', left: 0 }
  const claimed = await claimEmailCodeAttempt(deps.db, pending.id, MAX_CODE_ATTEMPTS)
  if (!claimed) return { ok: false, reason: 'locked', left: 0 }
  if (claimed.expires_at.getTime() < Date.now()) return { ok: false, reason: 'expired', left: 0 }
  const expected = codeHash(deps.crypto, pending.id, claimed.new_email, code)
  if (!timingSafeEqual(claimed.code_hash, expected)) {
    await recordAudit(deps.db, {
      actorType: 'registrant',
      actorId: owner.personId,
      action: 'lifecycle.contact_email_code_wrong',
      subjectType: 'registration',
      subjectId: r.id,
      outcome: 'refused',
      requestId,
    })
    const left = MAX_CODE_ATTEMPTS - claimed.attempts
    return { ok: false, reason: left > 0 ? 'wrong' : 'locked', left }
  }
  const done = await deps.db.transaction().execute(async (trx) => {
    if (!(await markEmailCodeConfirmed(trx, pending.id))) return false
    await writeContactChanges(trx, r.id, owner.personId, [
      { field: 'email', old: r.email, new: claimed.new_email },
    ])
    const now = new Date()
    const time = { th: formatDateTime(now, 'th'), en: formatDateTime(now, 'en') }
    const subject = th('mail.changedSubject')
    await enqueueMail(trx, {
      to: r.email,
      subject,
      text: `${th('mail.emailOld', { new: claimed.new_email, time: time.th })}\n\n${en('mail.emailOld', { new: claimed.new_email, time: time.en })}`,
    })
    await enqueueMail(trx, {
      to: claimed.new_email,
      subject,
      text: `${th('mail.emailNew', { time: time.th })}\n\n${en('mail.emailNew', { time: time.en })}`,
    })
    await recordAudit(trx, {
      actorType: 'registrant',
      actorId: owner.personId,
      action: 'lifecycle.contact_changed',
      subjectType: 'registration',
      subjectId: r.id,
      requestId,
      data: { fields: ['email'], as: owner.as },
    })
    return true
  })
  return done ? { ok: true } : { ok: false, reason: 'none', left: 0 }
}

/** The stored mailing address for a choice: a person's ID card, a company's registered office. */
function storedMailing(owner: Owner, d: Details): StoredMailing | null {
  if (!d.mailing.same) return { kind: 'other', ...d.mailing.address }
  return owner.registration.registrant_type === 'person' ? { kind: 'id-card' } : null
}

/** The same address whatever order its keys were stored in. */
function sameMailing(a: StoredMailing | null, b: StoredMailing | null): boolean {
  const norm = (m: StoredMailing | null) =>
    m === null || m.kind === 'id-card'
      ? 'source'
      : JSON.stringify(Object.entries(m).sort(([x], [y]) => x.localeCompare(y)))
  return norm(a) === norm(b)
}

/** Saves the mobile number and mailing address; returns the fields that changed. */
export async function saveDetails(
  deps: ContactDeps,
  owner: Owner,
  d: Details,
  requestId: string,
): Promise<ContactField[]> {
  const r = owner.registration
  const mailing = storedMailing(owner, d)
  const changes: { field: ContactField; old: unknown; new: unknown }[] = []
  if (d.mobile !== r.mobile) changes.push({ field: 'mobile', old: r.mobile, new: d.mobile })
  if (!sameMailing(r.mailing_address, mailing))
    changes.push({ field: 'mailing_address', old: r.mailing_address, new: mailing })
  if (changes.length === 0) return []
  const fields = changes.map((c) => c.field)
  await deps.db.transaction().execute(async (trx) => {
    await writeContactChanges(trx, r.id, owner.personId, changes)
    const now = new Date()
    const list = (m: typeof th) => fields.map((f) => m(`field.${f}`)).join(', ')
    await enqueueMail(trx, {
      to: r.email,
      subject: th('mail.changedSubject'),
      text: `${th('mail.details', { time: formatDateTime(now, 'th'), fields: list(th) })}\n\n${en('mail.details', { time: formatDateTime(now, 'en'), fields: list(en) })}`,
    })
    await recordAudit(trx, {
      actorType: 'registrant',
      actorId: owner.personId,
      action: 'lifecycle.contact_changed',
      subjectType: 'registration',
      subjectId: r.id,
      requestId,
      data: { fields, as: owner.as },
    })
  })
  return fields
}
