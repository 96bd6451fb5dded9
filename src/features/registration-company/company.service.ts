import type { Kysely } from 'kysely'
import type { IdpConfig } from '../../config.js'
import { recordAudit } from '../../platform/audit.js'
import type { DB, VerificationFailure } from '../../platform/db/schema.js'
import { newId, randomToken } from '../../platform/ids.js'
import { recordJourneyEvent } from '../../platform/journey.js'
import type { PiiCrypto } from '../../platform/pii-crypto.js'
import { formatDateTime } from '../../platform/time.js'
import { startVerification, type VerifiedContext } from '../identity/index.js'
import { enqueueMail } from '../mail/index.js'
import type { ReceiptSigner } from '../receipts/index.js'
import {
  directorKey,
  directorName,
  lookupWithSnapshot,
  matchDirector,
  parseSigningClause,
  readSnapshot,
  satisfies,
  type JuristicPerson,
  type Registry,
  type SigningRule,
} from '../registry-dbd/index.js'
import { checkEmailCode, sendCode, type CodeResult } from '../contact/index.js'
import {
  companyRegistered,
  findSignedApplication,
  hashInviteToken,
  listSigners,
  openApplicationFor,
  type CompanyApplicationRow,
  type SignerRow,
} from './company.repository.js'
import { TRADING_STATUSES } from './company.rules.js'
import type { ChosenSigner, Contact } from './company.schema.js'
import { furthest, PATHS, type Step } from './journey.js'
import { companyMessages } from './messages.js'

export interface CompanyDeps {
  db: Kysely<DB>
  crypto: PiiCrypto
  idp: IdpConfig
  publicBaseUrl: string
  registry: Registry
  signer: ReceiptSigner
}

/** How long an invited director's link works, and when the reminder goes. */
export const INVITE_TTL_MS = 72 * 3600_000
export const REMINDER_AFTER_MS = 24 * 3600_000
export const MAX_INVITES_PER_SIGNER = 5
export const MAX_VERIFICATIONS = 10

/** Every saved step leaves a journey event and an audit event in the step's transaction. */
async function recordStep(
  trx: Kysely<DB>,
  applicationId: string,
  step: string,
  action: string,
  requestId: string | null,
  data?: Record<string, unknown>,
): Promise<void> {
  await recordJourneyEvent(trx, { journeyId: applicationId, kind: 'company', event: 'step', step })
  await recordAudit(trx, {
    actorType: 'anonymous',
    action,
    subjectType: 'application',
    subjectId: applicationId,
    requestId,
    data,
  })
}

// --- What DBD says, and whether the company can register online -------------------------

export type PrecheckProblem =
  | { key: 'not_found' }
  | { key: 'not_active'; status: string }
  | { key: 'foreign_director' }
  | { key: 'already_registered' }
  | { key: 'in_progress'; reference: string }
  | { key: 'clause_unparseable'; reason: string }

export interface Precheck {
  company: JuristicPerson | undefined
  fetchedAt: Date | undefined
  rule: SigningRule | undefined
  problems: PrecheckProblem[]
}

/** Looks the company up at DBD, keeps the snapshot, and ties it to the draft. */
export async function lookupCompany(
  deps: CompanyDeps,
  app: CompanyApplicationRow,
  juristicId: string,
  requestId: string,
): Promise<'ok' | 'unavailable'> {
  const result = await lookupWithSnapshot(deps, juristicId)
  const changed = app.juristic_id !== juristicId
  await deps.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('applications')
      .set({
        juristic_id: juristicId,
        // An outage keeps the earlier answer only if it was about the same company.
        dbd_snapshot_id:
          result.status !== 'unavailable'
            ? result.snapshotId
            : changed
              ? null
              : app.dbd_snapshot_id,
        updated_at: new Date(),
        // Another company: what was chosen for the first one no longer applies.
        ...(changed ? { step: 'company', signers_chosen_at: null } : {}),
      })
      .where('id', '=', app.id)
      .where('status', '=', 'draft')
      .execute()
    if (changed)
      await trx
        .updateTable('application_signers')
        .set({ status: 'withdrawn', invite_token_hash: null })
        .where('application_id', '=', app.id)
        .execute()
    await recordStep(trx, app.id, 'company', 'company.dbd_lookup', requestId, {
      outcome: result.status,
      ...(result.status === 'unavailable' ? { reason: result.reason } : {}),
    })
  })
  return result.status === 'unavailable' ? 'unavailable' : 'ok'
}

/** The pre-check page: what the snapshot says and every reason the company cannot go on. */
export async function precheck(deps: CompanyDeps, app: CompanyApplicationRow): Promise<Precheck> {
  const snap = app.dbd_snapshot_id
    ? await readSnapshot(deps.db, deps.crypto, app.dbd_snapshot_id)
    : undefined
  if (!snap)
    return {
      company: undefined,
      fetchedAt: undefined,
      rule: undefined,
      problems: [{ key: 'not_found' }],
    }
  const { company } = snap
  const problems: PrecheckProblem[] = []
  if (!TRADING_STATUSES.includes(company.status))
    problems.push({ key: 'not_active', status: company.status })
  if (company.directors.some((d) => d.nationality !== 'THA'))
    problems.push({ key: 'foreign_director' })
  if (await companyRegistered(deps.db, company.id)) problems.push({ key: 'already_registered' })
  const other = await openApplicationFor(deps.db, company.id, app.id)
  if (other) problems.push({ key: 'in_progress', reference: other.reference })
  const rule = parseSigningClause(company.signingClause, company.directors)
  if (rule.kind === 'unparseable') problems.push({ key: 'clause_unparseable', reason: rule.reason })
  return { company, fetchedAt: snap.fetchedAt, rule, problems }
}

/** The applicant confirms what DBD says; only an eligible company goes on. */
export async function confirmPrecheck(
  deps: CompanyDeps,
  app: CompanyApplicationRow,
  requestId: string,
): Promise<Precheck> {
  const p = await precheck(deps, app)
  if (p.problems.length === 0)
    await deps.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('applications')
        .set({ step: furthest(app.step, 'verify'), updated_at: new Date() })
        .where('id', '=', app.id)
        .execute()
      await recordStep(trx, app.id, 'company', 'company.precheck_confirmed', requestId)
    })
  return p
}

// --- Directors verify -------------------------------------------------------------------

async function countVerifications(trx: Kysely<DB>, applicationId: string): Promise<number> {
  const row = await trx
    .selectFrom('identity_verifications')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('application_id', '=', applicationId)
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

/**
 * Starts a verification for one signer: the applicant (no director chosen yet: the bank's
 * answer says which director they are) or an invited director. Earlier ones of that signer lapse.
 */
export async function beginSignerVerification(
  deps: CompanyDeps,
  opts: { applicationId: string; signerId: string | null; requestId: string },
) {
  return deps.db.transaction().execute(async (trx) => {
    if ((await countVerifications(trx, opts.applicationId)) >= MAX_VERIFICATIONS * 3)
      return 'too-many' as const
    let signerId = opts.signerId
    if (signerId === null) {
      const existing = await trx
        .selectFrom('application_signers')
        .select(['id', 'status'])
        .where('application_id', '=', opts.applicationId)
        .where('initiator', '=', true)
        .where('status', '!=', 'withdrawn')
        .executeTakeFirst()
      signerId = existing?.id ?? newId()
      if (!existing)
        await trx
          .insertInto('application_signers')
          .values({ id: signerId, application_id: opts.applicationId, initiator: true })
          .execute()
    }
    const previous = await trx
      .selectFrom('application_signers')
      .select('verification_id')
      .where('id', '=', signerId)
      .executeTakeFirst()
    if (previous?.verification_id)
      await trx
        .updateTable('identity_verifications')
        .set({ status: 'failed', failure: 'expired', completed_at: new Date() })
        .where('id', '=', previous.verification_id)
        .where('status', 'in', ['pending', 'authenticated'])
        .execute()
    const v = await startVerification(trx, deps, {
      purpose: 'company-signer',
      applicationId: opts.applicationId,
    })
    await trx
      .updateTable('application_signers')
      .set({ verification_id: v.id })
      .where('id', '=', signerId)
      .execute()
    await recordStep(
      trx,
      opts.applicationId,
      'verify',
      'identity.verification_started',
      opts.requestId,
      {
        signerId,
      },
    )
    return { ...v, signerId }
  })
}

/**
 * The company-signer purpose: the verified person must be a director in the application's DBD
 * snapshot — any director for the applicant, the invited one for an e-mailed link. Anyone else
 * is refused (`not_director`; the refusal is audited by the identity feature).
 */
export async function onSignerVerified(
  deps: Pick<CompanyDeps, 'crypto'>,
  trx: Kysely<DB>,
  ctx: VerifiedContext,
): Promise<VerificationFailure | undefined> {
  const signer = await trx
    .selectFrom('application_signers')
    .selectAll()
    .where('verification_id', '=', ctx.verificationId)
    .executeTakeFirst()
  if (!signer || signer.status !== 'invited') return 'invalid_response'
  const app = await findSignedApplication(trx, signer.application_id)
  if (!app || !['draft', 'submitted'].includes(app.status) || !app.dbd_snapshot_id)
    return 'invalid_response'
  const snap = await readSnapshot(trx, deps.crypto, app.dbd_snapshot_id)
  if (!snap) return 'invalid_response'
  const directors = snap.company.directors
  const match = matchDirector(
    directors,
    { ...ctx.person, nationalId: ctx.nationalId },
    signer.initiator ? undefined : (signer.director_index ?? -1),
  )
  if (!match) return 'not_director'
  const director = directors[match.index]
  if (!director) return 'invalid_response'
  // The applicant may be a director someone else had already invited: the applicant covers it.
  if (signer.initiator)
    await trx
      .updateTable('application_signers')
      .set({ status: 'withdrawn', invite_token_hash: null })
      .where('application_id', '=', app.id)
      .where('director_index', '=', match.index)
      .where('id', '!=', signer.id)
      .where('status', 'in', ['invited', 'expired'])
      .execute()
  await trx
    .updateTable('application_signers')
    .set({
      status: 'verified',
      director_index: match.index,
      director_name: directorName(director),
      director_id_hmac: director.id === '' ? null : deps.crypto.hmac(director.id).blob,
      person_id: ctx.personId,
      match_basis: match.basis,
      verified_at: new Date(),
      invite_token_hash: null,
    })
    .where('id', '=', signer.id)
    .execute()
  if (signer.initiator)
    await trx
      .updateTable('applications')
      .set({ step: furthest(app.step, 'signers'), updated_at: new Date() })
      .where('id', '=', app.id)
      .execute()
  await trx
    .updateTable('document_acceptances')
    .set({ person_id: ctx.personId })
    .where('application_id', '=', app.id)
    .where('person_id', 'is', null)
    .execute()
  await recordJourneyEvent(trx, {
    journeyId: app.id,
    kind: 'company',
    event: 'verification',
    step: 'verified',
  })
  await recordAudit(trx, {
    actorType: 'registrant',
    actorId: ctx.personId,
    action: 'company.signer_verified',
    subjectType: 'application',
    subjectId: app.id,
    data: { signerId: signer.id, directorIndex: match.index, basis: match.basis },
  })
  return undefined
}

/** Failed verifications are journey statistics too. */
export async function onSignerFailed(
  db: Kysely<DB>,
  v: { applicationId: string | null; failure: VerificationFailure },
): Promise<void> {
  if (v.applicationId)
    await recordJourneyEvent(db, {
      journeyId: v.applicationId,
      kind: 'company',
      event: 'verification',
      step: v.failure,
    })
}

// --- Choosing who signs -----------------------------------------------------------------

export interface SignerChoice {
  company: JuristicPerson
  rule: SigningRule
  initiator: SignerRow
  /** Directors the applicant may invite (everyone but themselves), by snapshot index. */
  offered: number[]
  signers: SignerRow[]
}

/** What the signers page needs: the clause, the applicant, the others. */
export async function signerChoice(
  deps: CompanyDeps,
  app: CompanyApplicationRow,
): Promise<SignerChoice | undefined> {
  const snap = app.dbd_snapshot_id
    ? await readSnapshot(deps.db, deps.crypto, app.dbd_snapshot_id)
    : undefined
  const signers = await listSigners(deps.db, app.id)
  const initiator = signers.find((s) => s.initiator && s.status === 'verified')
  if (!snap || !initiator || initiator.director_index === null) return undefined
  const rule = parseSigningClause(snap.company.signingClause, snap.company.directors)
  const offered = snap.company.directors
    .map((_, i) => i)
    .filter((i) => i !== initiator.director_index)
  return { company: snap.company, rule, initiator, offered, signers }
}

/** True when the applicant and the chosen directors together may sign for the company. */
export function enoughSigners(choice: SignerChoice, chosen: readonly number[]): boolean {
  const indexes = [choice.initiator.director_index ?? -1, ...chosen]
  const keys = indexes
    .map((i) => choice.company.directors[i])
    .filter((d) => d !== undefined)
    .map(directorKey)
  return satisfies(choice.rule, keys)
}

async function mailInvite(
  trx: Kysely<DB>,
  deps: CompanyDeps,
  o: {
    app: Pick<CompanyApplicationRow, 'reference' | 'juristic_id' | 'locale' | 'kind'>
    company: string
    director: string
    email: string
    token: string
    expiresAt: Date
    reminder?: boolean
  },
): Promise<void> {
  const m = companyMessages(o.app.locale)
  const authority = o.app.kind === 'authority'
  await enqueueMail(trx, {
    to: o.email,
    subject: m(
      o.reminder
        ? 'mail.reminderSubject'
        : authority
          ? 'mail.authoritySubject'
          : 'mail.inviteSubject',
      { company: o.company },
    ),
    text: m(authority ? 'mail.authorityBody' : 'mail.inviteBody', {
      director: o.director,
      company: o.company,
      juristicId: o.app.juristic_id ?? '',
      reference: o.app.reference,
      time: formatDateTime(o.expiresAt, o.app.locale),
      link: `${deps.publicBaseUrl}${PATHS.sign(o.token)}`,
    }),
  })
}

function isUniqueViolation(err: unknown): boolean {
  return (err as { code?: string }).code === '23505'
}

/**
 * Saves the chosen directors and e-mails each a link valid 72 h. Choosing holds the company:
 * a second application for it is refused here (one open application per juristic ID, by a
 * unique index, so two directors starting at once get one application, not two).
 */
export async function saveSigners(
  deps: CompanyDeps,
  app: CompanyApplicationRow,
  choice: SignerChoice,
  chosen: ChosenSigner[],
  requestId: string,
): Promise<'saved' | 'in-progress'> {
  const now = new Date()
  try {
    await deps.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('applications')
        .set({
          signers_chosen_at: app.signers_chosen_at ?? now,
          step: furthest(app.step, 'contact'),
          updated_at: now,
        })
        .where('id', '=', app.id)
        .where('status', '=', 'draft')
        .execute()
      const keep = new Set<string>()
      for (const c of chosen) {
        const same = choice.signers.find(
          (s) =>
            !s.initiator &&
            s.director_index === c.directorIndex &&
            s.email === c.email &&
            (s.status === 'invited' || s.status === 'verified'),
        )
        if (same) {
          keep.add(same.id)
          continue
        }
        const director = choice.company.directors[c.directorIndex]
        if (!director) continue
        const id = newId()
        keep.add(id)
        const token = randomToken()
        const expiresAt = new Date(now.getTime() + INVITE_TTL_MS)
        // A director invited again (say, to another address) has one live invitation only.
        await trx
          .updateTable('application_signers')
          .set({ status: 'withdrawn', invite_token_hash: null })
          .where('application_id', '=', app.id)
          .where('director_index', '=', c.directorIndex)
          .where('initiator', '=', false)
          .where('status', 'in', ['invited', 'expired', 'verified'])
          .execute()
        await trx
          .insertInto('application_signers')
          .values({
            id,
            application_id: app.id,
            director_index: c.directorIndex,
            director_name: directorName(director),
            director_id_hmac: director.id === '' ? null : deps.crypto.hmac(director.id).blob,
            email: c.email,
            invite_token_hash: hashInviteToken(token),
            invite_expires_at: expiresAt,
            invites_sent: 1,
          })
          .execute()
        await mailInvite(trx, deps, {
          app,
          company: choice.company.nameTh,
          director: directorName(director),
          email: c.email,
          token,
          expiresAt,
        })
      }
      // Directors no longer chosen are withdrawn; their links stop working.
      const drop = choice.signers.filter((s) => !s.initiator && !keep.has(s.id)).map((s) => s.id)
      if (drop.length > 0)
        await trx
          .updateTable('application_signers')
          .set({ status: 'withdrawn', invite_token_hash: null })
          .where('id', 'in', drop)
          .execute()
      await recordStep(trx, app.id, 'signers', 'company.signers_chosen', requestId, {
        invited: chosen.map((c) => c.directorIndex),
      })
    })
  } catch (err) {
    if (isUniqueViolation(err)) return 'in-progress'
    throw err
  }
  return 'saved'
}

/**
 * A new link for an invited director whose link expired or was lost (limited per director).
 * A reminder keeps the first link's expiry; every new link replaces the one before.
 */
export async function resendInvite(
  deps: CompanyDeps,
  signerId: string,
  requestId: string | null,
  opts: { reminder?: boolean; now?: Date } = {},
): Promise<'sent' | 'limit' | 'closed'> {
  const now = opts.now ?? new Date()
  return deps.db.transaction().execute(async (trx) => {
    const s = await trx
      .selectFrom('application_signers')
      .selectAll()
      .where('id', '=', signerId)
      .executeTakeFirst()
    const app = s ? await findSignedApplication(trx, s.application_id) : undefined
    if (
      !s ||
      !app ||
      s.initiator ||
      !s.email ||
      s.director_index === null ||
      !['invited', 'expired'].includes(s.status) ||
      !['draft', 'submitted'].includes(app.status)
    )
      return 'closed'
    if (s.invites_sent >= MAX_INVITES_PER_SIGNER) return 'limit'
    const token = randomToken()
    const expiresAt =
      opts.reminder && s.invite_expires_at
        ? s.invite_expires_at
        : new Date(now.getTime() + INVITE_TTL_MS)
    await trx
      .updateTable('application_signers')
      .set((eb) => ({
        status: 'invited',
        invite_token_hash: hashInviteToken(token),
        invite_expires_at: expiresAt,
        reminded_at: opts.reminder ? now : null,
        invites_sent: eb('invites_sent', '+', 1),
      }))
      .where('id', '=', s.id)
      .execute()
    const snap = app.dbd_snapshot_id
      ? await readSnapshot(trx, deps.crypto, app.dbd_snapshot_id)
      : undefined
    await mailInvite(trx, deps, {
      app,
      company: snap?.company.nameTh ?? app.juristic_id ?? '',
      director: s.director_name ?? '',
      email: s.email,
      token,
      expiresAt,
      reminder: opts.reminder,
    })
    await recordAudit(trx, {
      actorType: opts.reminder ? 'system' : 'anonymous',
      action: opts.reminder ? 'company.invite_reminded' : 'company.invite_resent',
      subjectType: 'application',
      subjectId: app.id,
      requestId,
      data: { signerId: s.id },
    })
    return 'sent'
  })
}

// --- Contact and e-mail -----------------------------------------------------------------

/** Saves the contact; a changed e-mail must be confirmed again. */
export async function saveContact(
  deps: CompanyDeps,
  app: CompanyApplicationRow,
  contact: Contact,
  requestId: string,
): Promise<Step> {
  const emailChanged = app.email !== contact.email
  const next: Step =
    emailChanged || !app.email_confirmed_at ? 'confirm-email' : furthest(app.step, 'check')
  await deps.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('applications')
      .set({
        contact_name: contact.contactName,
        email: contact.email,
        mobile: contact.phone,
        branch_code: contact.branchCode,
        step: next,
        submit_key: app.submit_key ?? randomToken(16),
        updated_at: new Date(),
        ...(emailChanged
          ? { email_confirmed_at: null, email_code_hash: null, email_code_expires_at: null }
          : {}),
      })
      .where('id', '=', app.id)
      .where('status', '=', 'draft')
      .execute()
    if (next === 'confirm-email' && (emailChanged || !app.email_code_hash))
      await sendCode(trx, deps, app, contact.email)
    await recordStep(trx, app.id, 'contact', 'company.contact_saved', requestId)
  })
  return next
}

export async function resendCompanyCode(
  deps: CompanyDeps,
  app: CompanyApplicationRow,
): Promise<'sent' | 'too-many'> {
  const email = app.email
  if (!email) return 'too-many'
  return deps.db.transaction().execute((trx) => sendCode(trx, deps, app, email))
}

export async function confirmCompanyEmail(
  deps: CompanyDeps,
  app: CompanyApplicationRow,
  code: string,
  requestId: string,
): Promise<CodeResult> {
  return deps.db.transaction().execute(async (trx) => {
    const result = await checkEmailCode(trx, deps, app, code, requestId, () => 'check')
    if (result.ok)
      await recordStep(trx, app.id, 'confirm-email', 'application.email_confirmed', requestId)
    return result
  })
}
