import type { Kysely } from 'kysely'
import { recordAudit } from '../../platform/audit.js'
import type { DB } from '../../platform/db/schema.js'
import { recordJourneyEvent } from '../../platform/journey.js'
import type { PiiCrypto } from '../../platform/pii-crypto.js'
import { formatDateTime } from '../../platform/time.js'
import { startVerification, type VerificationDeps } from '../identity/index.js'
import { enqueueMail } from '../mail/index.js'
import { companiesSignedFor, type SignedCompany } from '../registration-company/index.js'
import { accountRows, signInAddress } from './account.repository.js'
import { accountMessages } from './messages.js'

/** A registration as the status page lists it. */
export interface RegistrationView {
  id: string
  number: string
  kind: 'importer_exporter' | 'customs_broker'
  status: 'ACTIVE' | 'SUSPENDED' | 'CANCELLED' | 'EXPIRED'
  validFrom: Date
  /** The end of validity: brokers' 3 years; null for an open-ended registration. */
  validUntil: Date | null
  lastActivity: Date
  receiptId: string | null
}

/**
 * A verified person signs in, inside the verification's transaction: only a registrant, a
 * director who signed a company's registration, or a holder of authority may.
 */
export async function signIn(
  trx: Kysely<DB>,
  personId: string,
): Promise<'not_registered' | undefined> {
  const email = await signInAddress(trx, personId)
  if (email === undefined) return 'not_registered'
  await recordAudit(trx, {
    actorType: 'registrant',
    actorId: personId,
    action: 'account.signed_in',
    subjectType: 'person',
    subjectId: personId,
  })
  // Every sign-in is told to the registration's address: a sign-in nobody expected is seen.
  const now = new Date()
  const th = accountMessages('th')('mail.signInBody', { time: formatDateTime(now, 'th') })
  const en = accountMessages('en')('mail.signInBody', { time: formatDateTime(now, 'en') })
  await enqueueMail(trx, {
    to: email,
    subject: accountMessages('th')('mail.signInSubject'),
    text: `${th}\n\n${en}`,
  })
  return undefined
}

/** Starts a sign-in through the bank, with its journey event, in one transaction. */
export async function startSignIn(deps: Pick<VerificationDeps, 'db' | 'idp'>) {
  return deps.db.transaction().execute(async (trx) => {
    const started = await startVerification(trx, deps, { purpose: 'sign-in', applicationId: null })
    await recordJourneyEvent(trx, { journeyId: started.id, kind: 'sign-in', event: 'started' })
    return started
  })
}

/** A person's name as the bank gave it: in Thai, and in English when the bank had one. */
export interface PersonName {
  th: string
  en: string | null
}

/** The status page of a person: their name and registrations; undefined when unknown. */
export async function accountOverview(
  deps: { db: Kysely<DB>; crypto: PiiCrypto },
  personId: string,
): Promise<
  { name: PersonName; registrations: RegistrationView[]; companies: SignedCompany[] } | undefined
> {
  const rows = await accountRows(deps.db, personId)
  const first = rows[0]
  if (!first) return undefined
  const nationalId = deps.crypto.decrypt({
    keyId: first.national_id_enc_key_id,
    blob: first.national_id_enc,
  })
  // Thai titles join the first name ("นายสมชาย"); English ones stand apart ("Mr Somchai").
  const th = first.first_name_th
    ? `${first.title_th ?? ''}${[first.first_name_th, first.middle_name_th, first.last_name_th]
        .filter(Boolean)
        .join(' ')}`
    : ''
  const en = first.first_name_en
    ? [first.title_en, first.first_name_en, first.middle_name_en, first.last_name_en]
        .filter(Boolean)
        .join(' ')
    : null
  const registrations = rows.flatMap((r) =>
    r.id && r.kind && r.status && r.valid_from && r.last_activity_at
      ? [
          {
            id: r.id,
            number: nationalId,
            kind: r.kind,
            status: r.status,
            validFrom: r.valid_from,
            validUntil: r.valid_until,
            lastActivity: r.last_activity_at,
            receiptId: r.receipt_id,
          },
        ]
      : [],
  )
  return {
    name: { th, en },
    registrations,
    companies: await companiesSignedFor(deps, personId),
  }
}
