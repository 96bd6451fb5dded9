import { recordAudit } from '../../../platform/audit.js'
import { newId, shortReference } from '../../../platform/ids.js'
import { formatDate } from '../../../platform/time.js'
import { maskThaiId } from '../../../platform/thai-id.js'
import { enqueueMail } from '../../mail/index.js'
import { signReceipt, storeReceipt } from '../../receipts/index.js'
import { REGISTRATION_PATHS } from '../../registration-actions/index.js'
import { lookupWithSnapshot, matchDirector } from '../../registry-dbd/index.js'
import { bilingualMail } from './bilingual.js'
import { changeMessages } from './messages.js'
import { signersOf, stepUpFacts } from './owner.repository.js'
import { personIdentity, type ChangeDeps, type Owner } from './owner.service.js'
import {
  insertReactivation,
  insertStatusLine,
  reactivateRegistration,
} from './reactivation.repository.js'
import {
  decideCompanyReactivation,
  decidePersonReactivation,
  REACTIVATION_RULE_LABELS,
  REACTIVATION_RULE_SET,
  type ReactivationDecision,
  type ReactivationRule,
} from './rules.js'

/** The status line's reason: another feature (the survey) reads rows with exactly this. */
export const REACTIVATION_REASON = 'reactivation'

export type ReactivateResult =
  | { status: 'decided'; outcome: 'approved' | 'refused'; decisionId: string }
  | { status: 'not_suspended' | 'unavailable' | 'no_step_up' }

/** The rules, run again on what the bank said at the step-up and what DBD says now. */
async function decide(
  deps: ChangeDeps,
  owner: Owner,
  verification: { personId: string; ial: number | null; nationality: string | null },
): Promise<{ decision: ReactivationDecision; snapshotId: string | null } | 'unavailable'> {
  const reg = owner.registration
  if (reg.registrant_type === 'person')
    return {
      snapshotId: null,
      decision: decidePersonReactivation({
        samePerson: verification.personId === reg.person_id,
        nationality: verification.nationality,
        ial: verification.ial,
        minimumIal: deps.minimumIal,
      }),
    }
  const lookup = await lookupWithSnapshot(deps, owner.number)
  if (lookup.status === 'unavailable') return 'unavailable'
  const company = lookup.status === 'found' ? lookup.company : undefined
  const signers = reg.application_id ? await signersOf(deps.db, reg.application_id) : []
  const signersListed: boolean[] = []
  for (const s of signers)
    signersListed.push(
      company !== undefined &&
        matchDirector(company.directors, await personIdentity(deps, s)) !== undefined,
    )
  const acting = company
    ? matchDirector(company.directors, await personIdentity(deps, verification.personId))
    : undefined
  return {
    snapshotId: lookup.snapshotId,
    decision: decideCompanyReactivation({
      found: company !== undefined,
      dbdStatus: company?.status ?? null,
      signersListed,
      actingDirectorIndex: acting?.index ?? null,
      ial: verification.ial,
      minimumIal: deps.minimumIal,
    }),
  }
}

/**
 * Reactivation by self-service: the registrant (or a director acting for the company) verified
 * through the bank moments ago; the rules run again; approved → ACTIVE, activity counted from
 * now (the jobs' clock), a new signed receipt, a status line, audit and e-mail; refused → the
 * rules that failed, with a signed receipt too. No officer is involved.
 */
export async function reactivate(
  deps: ChangeDeps,
  owner: Owner,
  stepUp: { verificationId: string; personId: string },
  requestId: string,
): Promise<ReactivateResult> {
  const reg = owner.registration
  if (reg.status !== 'SUSPENDED') return { status: 'not_suspended' }
  const v = await stepUpFacts(deps.db, stepUp.verificationId)
  if (!v || v.status !== 'verified' || v.purpose !== 'step-up' || v.person_id !== owner.personId)
    return { status: 'no_step_up' }
  const decided = await decide(deps, owner, {
    personId: v.person_id,
    ial: v.ial === null ? null : Number(v.ial),
    nationality: v.nationality,
  })
  if (decided === 'unavailable') return { status: 'unavailable' }
  const { decision, snapshotId } = decided
  const now = deps.clock.now()
  const decisionId = newId()
  const reference = shortReference()
  const receipt = await signReceipt(deps.signer, {
    decisionId,
    applicationReference: reference,
    outcome: decision.outcome,
    registrantType: reg.registrant_type,
    maskedNumber: maskThaiId(owner.number),
    ruleSet: { id: REACTIVATION_RULE_SET.id, version: REACTIVATION_RULE_SET.version },
    checks: decision.results.map((r) => ({ rule: r.rule, passed: r.passed })),
    decidedAt: now.toISOString(),
    action: 'reactivation',
    ...(reg.kind === 'customs_broker' ? { kind: reg.kind } : {}),
  })
  const approved = decision.outcome === 'approved'
  const historyId = approved ? newId() : null
  const done = await deps.db.transaction().execute(async (trx) => {
    if (approved && historyId) {
      if (
        !(await reactivateRegistration(trx, { id: reg.id, at: now, receiptId: receipt.receiptId }))
      )
        return false
      await insertStatusLine(trx, {
        id: historyId,
        registrationId: reg.id,
        status: 'ACTIVE',
        reason: REACTIVATION_REASON,
        at: now,
      })
    }
    await insertReactivation(trx, {
      id: decisionId,
      registrationId: reg.id,
      reference,
      personId: owner.personId,
      verificationId: v.id,
      dbdSnapshotId: snapshotId,
      ruleSetVersion: REACTIVATION_RULE_SET.version,
      outcome: decision.outcome,
      results: decision.results,
      receiptId: receipt.receiptId,
      statusHistoryId: historyId,
      at: now,
    })
    await storeReceipt(trx, deps.signer, decisionId, receipt)
    await recordAudit(trx, {
      actorType: 'registrant',
      actorId: owner.personId,
      action: approved ? 'registration.reactivated' : 'registration.reactivation_refused',
      subjectType: 'registration',
      subjectId: reg.id,
      outcome: approved ? 'ok' : 'refused',
      requestId,
      data: {
        decisionId,
        receiptId: receipt.receiptId,
        failed: decision.results.filter((r) => !r.passed).map((r) => r.rule),
        ...(snapshotId ? { dbdSnapshotId: snapshotId } : {}),
        ...(historyId ? { statusHistoryId: historyId } : {}),
      },
    })
    const failed = decision.results.filter((r) => !r.passed).map((r) => r.rule as ReactivationRule)
    const params = (locale: 'th' | 'en') => ({
      date: formatDate(now, locale),
      receipt: receipt.url,
      link: `${deps.publicBaseUrl}${REGISTRATION_PATHS.reactivate(reg.id)}/result`,
      rules: failed.map((r) => REACTIVATION_RULE_LABELS[r][locale]).join('; '),
    })
    await enqueueMail(
      trx,
      bilingualMail(
        { th: changeMessages('th'), en: changeMessages('en') },
        reg.email,
        approved ? 'mail.reactivatedSubject' : 'mail.refusedSubject',
        approved ? 'mail.reactivatedBody' : 'mail.refusedBody',
        { th: params('th'), en: params('en') },
      ),
    )
    return true
  })
  if (!done) return { status: 'not_suspended' }
  return { status: 'decided', outcome: decision.outcome, decisionId }
}
