import { isUniqueViolation } from '../../../platform/errors.js'
import { newId } from '../../../platform/ids.js'
import { checkThaiId, maskThaiId } from '../../../platform/thai-id.js'
import { latestProfile, nationalIdOf } from '../../identity/index.js'
import { signReceipt } from '../../receipts/index.js'
import {
  directorKey,
  lookupWithSnapshot,
  matchDirector,
  parseSigningClause,
  type JuristicPerson,
} from '../../registry-dbd/index.js'
import {
  companyRegistered,
  findCompanyApplication,
  openApplicationFor,
} from '../company.repository.js'
import {
  COMPANY_RULE_SET,
  decideCompany,
  type CompanyFacts,
  type SignerFacts,
} from '../company.rules.js'
import type { CompanyDeps } from '../deps.js'
import { listSigners, type SignerRow } from '../signing/signer.repository.js'
import { existingDecision, signerAssurance } from './submit.repository.js'
import { writeDecision } from './writes.js'

export type DecideResult =
  | { status: 'decided'; decisionId: string; outcome: 'approved' | 'refused' }
  | { status: 'waiting' }
  | { status: 'unavailable' }

/** Each signer is matched again against today's DBD record: a director who left is no signer. */
async function signerFacts(
  deps: CompanyDeps,
  company: JuristicPerson | undefined,
  signers: SignerRow[],
): Promise<SignerFacts[]> {
  const ials = await signerAssurance(
    deps.db,
    signers.map((s) => s.verification_id ?? '').filter(Boolean),
  )
  const facts: SignerFacts[] = []
  for (const s of signers) {
    const ial = s.verification_id ? (ials.get(s.verification_id) ?? null) : null
    if (!company || !s.person_id) {
      facts.push({ directorIndex: null, directorKey: null, basis: null, ial })
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
    facts.push({
      directorIndex: match?.index ?? null,
      directorKey: director ? directorKey(director) : null,
      basis: match?.basis ?? null,
      ial,
    })
  }
  return facts
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
  // Directors who still have to verify: invited ones, and those whose link expired.
  if ((await listSigners(deps.db, app.id)).some((s) => s.status !== 'verified'))
    return { status: 'waiting' }
  const lookup = await lookupWithSnapshot(deps, app.juristic_id)
  if (lookup.status === 'unavailable') return { status: 'unavailable' }
  const company = lookup.status === 'found' ? lookup.company : undefined
  const signers = (await listSigners(deps.db, app.id)).filter((s) => s.status === 'verified')
  const facts: CompanyFacts = {
    idValid: checkThaiId(app.juristic_id).ok,
    found: company !== undefined,
    dbdStatus: company?.status ?? null,
    directorNationalities: company?.directors.map((d) => d.nationality) ?? [],
    signers: await signerFacts(deps, company, signers),
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
  const juristicId = app.juristic_id
  const email = app.email
  const submitKey = app.submit_key
  try {
    await deps.db.transaction().execute((trx) =>
      writeDecision(trx, deps, {
        app,
        juristicId,
        email,
        submitKey,
        decisionId,
        decision,
        receipt,
        snapshotId: lookup.snapshotId,
        companyName: company?.nameTh ?? juristicId,
        signers,
        now,
        requestId,
      }),
    )
  } catch (err) {
    if (isUniqueViolation(err)) {
      const won = await existingDecision(deps.db, app.id)
      if (won) return { status: 'decided', decisionId: won.id, outcome: won.outcome }
    }
    throw err
  }
  return { status: 'decided', decisionId, outcome: decision.outcome }
}
