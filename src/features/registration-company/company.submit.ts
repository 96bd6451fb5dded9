import type { Kysely } from 'kysely'
import { recordAudit } from '../../platform/audit.js'
import type { DB } from '../../platform/db/schema.js'
import { newId } from '../../platform/ids.js'
import { recordJourneyEvent } from '../../platform/journey.js'
import { checkThaiId, maskThaiId } from '../../platform/thai-id.js'
import { latestProfile, nationalIdOf } from '../identity/index.js'
import { enqueueMail } from '../mail/index.js'
import { signReceipt, storeReceipt } from '../receipts/index.js'
import { insertActiveRegistration } from '../registrations/index.js'
import {
  directorKey,
  lookupWithSnapshot,
  matchDirector,
  parseSigningClause,
} from '../registry-dbd/index.js'
import {
  companyRegistered,
  findCompanyApplication,
  listSigners,
  openApplicationFor,
  signerAssurance,
  type CompanyApplicationRow,
} from './company.repository.js'
import {
  COMPANY_RULE_SET,
  decideCompany,
  type CompanyFacts,
  type SignerFacts,
} from './company.rules.js'
import {
  INVITE_TTL_MS,
  REMINDER_AFTER_MS,
  resendInvite,
  type CompanyDeps,
} from './company.service.js'
import { PATHS } from './journey.js'
import { companyMessages } from './messages.js'

/** The application is not at a point where it can be submitted (a stale or forged form). */
export class NotReadyError extends Error {
  override name = 'NotReadyError'
}

export type DecideResult =
  | { status: 'decided'; decisionId: string; outcome: 'approved' | 'refused' }
  | { status: 'waiting' }
  | { status: 'unavailable' }

function isUniqueViolation(err: unknown): boolean {
  return (err as { code?: string }).code === '23505'
}

async function existingDecision(db: Kysely<DB>, applicationId: string) {
  return db
    .selectFrom('decisions')
    .select(['id', 'outcome'])
    .where('application_id', '=', applicationId)
    .executeTakeFirst()
}

/** Directors who still have to verify: invited ones, and those whose link expired. */
async function pendingSigners(db: Kysely<DB>, applicationId: string) {
  return (await listSigners(db, applicationId)).filter((s) => s.status !== 'verified')
}

/**
 * The applicant applies. With every chosen director verified the decision is made now;
 * otherwise the application waits ("submitted") and is decided the moment the last one
 * verifies. A retried or double-clicked submit changes nothing.
 */
export async function submitCompany(
  deps: CompanyDeps,
  app: CompanyApplicationRow,
  submitKey: string,
  requestId: string,
): Promise<DecideResult> {
  const decided = await existingDecision(deps.db, app.id)
  if (decided) return { status: 'decided', decisionId: decided.id, outcome: decided.outcome }
  if (app.status === 'submitted') return decideCompanyApplication(deps, app.id, requestId)
  if (
    app.status !== 'draft' ||
    app.step !== 'check' ||
    app.submit_key === null ||
    app.submit_key !== submitKey ||
    !app.email_confirmed_at ||
    !app.signers_chosen_at
  )
    throw new NotReadyError('not at the check step')
  const now = new Date()
  await deps.db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('applications')
      .set({ status: 'submitted', submitted_at: now, updated_at: now })
      .where('id', '=', app.id)
      .where('status', '=', 'draft')
      .executeTakeFirst()
    if (Number(updated.numUpdatedRows) !== 1) return
    await recordJourneyEvent(trx, {
      journeyId: app.id,
      kind: 'company',
      event: 'submitted',
      at: now,
    })
    await recordAudit(trx, {
      actorType: 'anonymous',
      action: 'application.submitted',
      subjectType: 'application',
      subjectId: app.id,
      requestId,
      data: { kind: 'company' },
    })
  })
  return decideCompanyApplication(deps, app.id, requestId)
}

/**
 * Decides a submitted company application once every chosen director has verified: DBD is
 * asked again (a fresh snapshot, which the decision points at), every rule is applied, and the
 * decision, registration, receipt, e-mails, journey and audit events are written in one
 * transaction. Safe to call any number of times from anywhere: one decision per application.
 */
export async function decideCompanyApplication(
  deps: CompanyDeps,
  applicationId: string,
  requestId: string | null,
): Promise<DecideResult> {
  const decided = await existingDecision(deps.db, applicationId)
  if (decided) return { status: 'decided', decisionId: decided.id, outcome: decided.outcome }
  const app = await findCompanyApplication(deps.db, applicationId)
  if (!app || app.status !== 'submitted' || !app.juristic_id || !app.email || !app.submit_key)
    return { status: 'waiting' }
  if ((await pendingSigners(deps.db, app.id)).length > 0) return { status: 'waiting' }
  const lookup = await lookupWithSnapshot(deps, app.juristic_id)
  if (lookup.status === 'unavailable') return { status: 'unavailable' }
  const company = lookup.status === 'found' ? lookup.company : undefined
  const signers = (await listSigners(deps.db, app.id)).filter((s) => s.status === 'verified')
  const ials = await signerAssurance(
    deps.db,
    signers.map((s) => s.verification_id ?? '').filter(Boolean),
  )
  // Each signer is matched again against today's DBD record: a director who left is no signer.
  const signerFacts: SignerFacts[] = []
  for (const s of signers) {
    const ial = s.verification_id ? (ials.get(s.verification_id) ?? null) : null
    if (!company || !s.person_id) {
      signerFacts.push({ directorIndex: null, directorKey: null, basis: null, ial })
      continue
    }
    const profile = await latestProfile(deps.db, s.person_id)
    const nationalId = await nationalIdOf(deps.db, deps.crypto, s.person_id)
    const match = profile
      ? matchDirector(company.directors, {
          nationalId,
          firstNameTh: profile.first_name_th,
          middleNameTh: profile.middle_name_th,
          lastNameTh: profile.last_name_th,
        })
      : undefined
    const director = match ? company.directors[match.index] : undefined
    signerFacts.push({
      directorIndex: match?.index ?? null,
      directorKey: director ? directorKey(director) : null,
      basis: match?.basis ?? null,
      ial,
    })
  }
  const facts: CompanyFacts = {
    idValid: checkThaiId(app.juristic_id).ok,
    found: company !== undefined,
    dbdStatus: company?.status ?? null,
    directorNationalities: company?.directors.map((d) => d.nationality) ?? [],
    signers: signerFacts,
    rule: company ? parseSigningClause(company.signingClause, company.directors) : null,
    hasLiveRegistration: await companyRegistered(deps.db, app.juristic_id),
    hasOtherOpenApplication:
      (await openApplicationFor(deps.db, app.juristic_id, app.id)) !== undefined,
    minimumIal: deps.idp.minimumIal,
    emailConfirmed: app.email_confirmed_at !== null,
  }
  const decision = decideCompany(facts)
  const decisionId = newId()
  const now = new Date()
  const approved = decision.outcome === 'approved'
  const receipt = await signReceipt(deps.signer, {
    decisionId,
    applicationReference: app.reference,
    outcome: decision.outcome,
    registrantType: 'company',
    maskedNumber: maskThaiId(app.juristic_id),
    ruleSet: { id: COMPANY_RULE_SET.id, version: COMPANY_RULE_SET.version },
    checks: decision.results.map((r) => ({ rule: r.rule, passed: r.passed })),
    decidedAt: now.toISOString(),
  })
  const email = app.email
  const juristicId = app.juristic_id
  const submitKey = app.submit_key
  const name = company?.nameTh ?? juristicId
  try {
    await deps.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('decisions')
        .values({
          id: decisionId,
          application_id: app.id,
          rule_set_id: COMPANY_RULE_SET.id,
          rule_set_version: COMPANY_RULE_SET.version,
          outcome: decision.outcome,
          results: JSON.stringify(decision.results),
          verification_id: null,
          profile_id: null,
          dbd_snapshot_id: lookup.snapshotId,
          receipt_id: receipt.receiptId,
          submit_key: submitKey,
          decided_at: now,
        })
        .execute()
      await trx
        .updateTable('applications')
        .set({
          status: decision.outcome,
          decided_at: now,
          updated_at: now,
          dbd_snapshot_id: lookup.snapshotId,
        })
        .where('id', '=', app.id)
        .where('status', '=', 'submitted')
        .execute()
      const registrationId = approved
        ? await createCompanyRegistration(trx, { app, juristicId, email, decisionId, now })
        : null
      await storeReceipt(trx, deps.signer, decisionId, receipt)
      const m = companyMessages(app.locale)
      const recipients = new Set([
        email,
        ...signers.map((s) => s.email).filter((e): e is string => !!e),
      ])
      for (const to of recipients)
        await enqueueMail(trx, {
          to,
          subject: m(approved ? 'mail.decidedSubjectApproved' : 'mail.decidedSubjectRefused', {
            company: name,
          }),
          text: m('mail.decidedBody', {
            reference: app.reference,
            company: name,
            juristicId,
            outcome: companyMessages('th')(
              approved ? 'status.state.approved' : 'status.state.refused',
            ),
            outcomeEn: companyMessages('en')(
              approved ? 'status.state.approved' : 'status.state.refused',
            ),
            link: receipt.url,
          }),
        })
      await recordJourneyEvent(trx, {
        journeyId: app.id,
        kind: 'company',
        event: 'decision',
        step: decision.outcome,
        at: now,
      })
      await recordAudit(trx, {
        actorType: 'system',
        action: 'registration.decided',
        subjectType: 'application',
        subjectId: app.id,
        requestId,
        data: {
          decisionId,
          outcome: decision.outcome,
          registrationId,
          ruleSet: COMPANY_RULE_SET.version,
          dbdSnapshotId: lookup.snapshotId,
          failed: decision.results.filter((r) => !r.passed).map((r) => r.rule),
        },
      })
    })
  } catch (err) {
    if (isUniqueViolation(err)) {
      const won = await existingDecision(deps.db, app.id)
      if (won) return { status: 'decided', decisionId: won.id, outcome: won.outcome }
    }
    throw err
  }
  return { status: 'decided', decisionId, outcome: decision.outcome }
}

async function createCompanyRegistration(
  trx: Kysely<DB>,
  r: {
    app: CompanyApplicationRow
    juristicId: string
    email: string
    decisionId: string
    now: Date
  },
): Promise<string> {
  await trx
    .insertInto('juristic_persons')
    .values({ id: newId(), juristic_id: r.juristicId })
    .onConflict((oc) => oc.column('juristic_id').doNothing())
    .execute()
  const jp = await trx
    .selectFrom('juristic_persons')
    .select('id')
    .where('juristic_id', '=', r.juristicId)
    .executeTakeFirstOrThrow()
  return insertActiveRegistration(trx, {
    registrant_type: 'company',
    juristic_person_id: jp.id,
    channel: 'online',
    application_id: r.app.id,
    decision_id: r.decisionId,
    email: r.email,
    mobile: r.app.mobile ?? '',
    contact_name: r.app.contact_name,
    branch_code: r.app.branch_code,
    valid_from: r.now,
    last_activity_at: r.now,
  })
}

export interface SweepResult {
  expired: number
  reminded: number
  decided: number
  abandoned: number
}

/** A company application nobody moved for this long is closed, and frees the company. */
export const ABANDONED_AFTER_MS = 30 * 24 * 3600_000

/**
 * The company applications' clock, run by the server every minute: links past 72 h expire
 * (and the applicant is told), a reminder goes at 24 h, waiting applications whose directors
 * have all verified are decided (in case no browser was there when it happened), and
 * applications untouched for 30 days expire.
 */
export async function sweepCompanyApplications(
  deps: CompanyDeps,
  now = new Date(),
): Promise<SweepResult> {
  const result: SweepResult = { expired: 0, reminded: 0, decided: 0, abandoned: 0 }
  const lapsed = await deps.db
    .selectFrom('application_signers')
    .select(['id', 'application_id', 'director_name'])
    .where('status', '=', 'invited')
    .where('initiator', '=', false)
    .where('invite_expires_at', '<=', now)
    .execute()
  for (const s of lapsed) {
    const app = await findCompanyApplication(deps.db, s.application_id)
    // The expiry, its audit event and the applicant's e-mail commit together or not at all.
    const done = await deps.db.transaction().execute(async (trx) => {
      const updated = await trx
        .updateTable('application_signers')
        .set({ status: 'expired' })
        .where('id', '=', s.id)
        .where('status', '=', 'invited')
        .executeTakeFirst()
      if (Number(updated.numUpdatedRows) !== 1) return false
      if (app?.email) {
        const m = companyMessages(app.locale)
        await enqueueMail(trx, {
          to: app.email,
          subject: m('mail.expiredSubject', { reference: app.reference }),
          text: m('mail.expiredBody', {
            director: s.director_name ?? '',
            reference: app.reference,
            link: `${deps.publicBaseUrl}${PATHS.status}`,
          }),
        })
      }
      await recordAudit(trx, {
        actorType: 'system',
        action: 'company.invite_expired',
        subjectType: 'application',
        subjectId: s.application_id,
        data: { signerId: s.id },
      })
      return true
    })
    if (done) result.expired++
  }
  const abandoned = await deps.db
    .updateTable('applications')
    .set({ status: 'expired', updated_at: now })
    .where('kind', '=', 'company')
    .where('status', 'in', ['draft', 'submitted'])
    .where('updated_at', '<', new Date(now.getTime() - ABANDONED_AFTER_MS))
    .returning(['id'])
    .execute()
  for (const a of abandoned) {
    result.abandoned++
    await deps.db.transaction().execute(async (trx) => {
      // The links stay recognisable, so a late director is told the application has closed.
      await trx
        .updateTable('application_signers')
        .set({ status: 'withdrawn' })
        .where('application_id', '=', a.id)
        .where('status', 'in', ['invited', 'expired'])
        .execute()
      await recordAudit(trx, {
        actorType: 'system',
        action: 'application.expired',
        subjectType: 'application',
        subjectId: a.id,
      })
    })
  }
  // A reminder once, 24 h after the link was sent: a fresh link (the old one stops working).
  const due = await deps.db
    .selectFrom('application_signers')
    .select(['id'])
    .where('status', '=', 'invited')
    .where('initiator', '=', false)
    .where('reminded_at', 'is', null)
    .where('invite_expires_at', '<=', new Date(now.getTime() + INVITE_TTL_MS - REMINDER_AFTER_MS))
    .execute()
  for (const s of due)
    if ((await resendInvite(deps, s.id, null, { reminder: true, now })) === 'sent')
      result.reminded++
  const waiting = await deps.db
    .selectFrom('applications')
    .select('id')
    .where('kind', '=', 'company')
    .where('status', '=', 'submitted')
    .execute()
  for (const a of waiting) {
    const r = await decideCompanyApplication(deps, a.id, null)
    if (r.status === 'decided') result.decided++
  }
  return result
}
