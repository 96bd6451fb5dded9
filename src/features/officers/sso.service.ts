import type { Kysely } from 'kysely'
import type { StaffSsoConfig } from '../../config.js'
import { recordAudit } from '../../platform/audit.js'
import type { DB } from '../../platform/db/schema.js'
import { recordSignIn } from './credential.repository.js'
import { rolesOf } from './officer.repository.js'
import { roleLabel } from './roles.js'
import type { SsoIdentity } from './sso-relying-party.js'
import { backOfficeAccount, directoryEntry } from './sso.repository.js'

/** Where an SSO sign-in leads. */
export type SsoOutcome =
  /** A directory officer with no back-office role: their own acknowledgements only. */
  | { kind: 'staff'; staffNumber: string }
  /** A back-office officer whose SSO used a second factor the portal trusts: signed in. */
  | { kind: 'officer'; officerId: string }
  /** A back-office officer who still types their TOTP code (the safe default). */
  | { kind: 'second-factor'; officerId: string }
  | { kind: 'refused'; reason: 'claim' | 'not_in_directory' | 'left' }

const STAFF_NUMBER = /^[0-9A-Z]{3,12}$/

/**
 * Matches the SSO's identity to the staff directory by staff number, and decides what the
 * session may open. Back-office roles need the portal's own second factor unless the SSO's
 * `amr` names one and the configuration trusts it. Audited either way.
 */
export async function completeSsoSignIn(
  db: Kysely<DB>,
  sso: StaffSsoConfig,
  identity: SsoIdentity,
  req: { requestId: string; ip: string },
): Promise<SsoOutcome> {
  const claim = identity.claims[sso.staffNumberClaim]
  const staffNumber = typeof claim === 'string' ? claim.trim().toUpperCase() : ''
  const audit = (action: string, outcome: 'ok' | 'refused', data: Record<string, unknown>) =>
    recordAudit(db, {
      actorType: 'officer',
      actorId: staffNumber ? `staff:${staffNumber}` : null,
      action,
      subjectType: 'staff_member',
      subjectId: staffNumber || null,
      outcome,
      requestId: req.requestId,
      data: { issuer: identity.issuer, amr: identity.amr, ...data },
      details: { ip: req.ip },
    })
  if (!STAFF_NUMBER.test(staffNumber)) {
    await audit('officer.sso_refused', 'refused', { reason: 'claim' })
    return { kind: 'refused', reason: 'claim' }
  }
  const entry = await directoryEntry(db, staffNumber)
  if (!entry || entry.status === 'left') {
    const reason = entry ? 'left' : 'not_in_directory'
    await audit('officer.sso_refused', 'refused', { reason })
    return { kind: 'refused', reason }
  }
  const account = entry.email ? await backOfficeAccount(db, entry.email) : undefined
  if (!account) {
    await audit('officer.sso_signed_in', 'ok', { session: 'staff' })
    return { kind: 'staff', staffNumber }
  }
  const mfa = sso.trustAmr && identity.amr.some((a) => sso.mfaAmr.includes(a))
  if (!mfa) {
    await audit('officer.sso_signed_in', 'ok', {
      session: 'second_factor_awaited',
      officer: account.id,
    })
    return { kind: 'second-factor', officerId: account.id }
  }
  await recordSignIn(db, account.id)
  await recordAudit(db, {
    actorType: 'officer',
    actorId: account.id,
    actorRole: roleLabel(await rolesOf(db, account.id)),
    action: 'officer.signed_in',
    subjectType: 'officer',
    subjectId: account.id,
    requestId: req.requestId,
    data: { secondFactor: 'sso_amr', amr: identity.amr, staffNumber },
    details: { ip: req.ip },
  })
  return { kind: 'officer', officerId: account.id }
}
