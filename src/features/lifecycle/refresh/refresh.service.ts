import { latestProfile, nationalIdOf } from '../../identity/index.js'
import {
  directorKey,
  lookupWithSnapshot,
  matchDirector,
  parseSigningClause,
  type JuristicPerson,
} from '../../registry-dbd/index.js'
import type { Owner } from '../contact/access.js'
import { recordRefresh, type RefreshDecision, type RefreshDeps } from './decision.service.js'
import {
  COMPANY_REFRESH_RULE_SET,
  decideCompanyRefresh,
  decidePersonRefresh,
  PERSON_REFRESH_RULE_SET,
  type SignerNow,
} from './refresh.rules.js'
import { registrationSigners, stepUpProfile, verificationUsed } from './refresh.repository.js'

export type BankRefreshResult =
  { status: 'decided'; decision: RefreshDecision } | { status: 'verify_again' }

/**
 * "Update from my bank": the step-up verification stored the bank's new claims as a new
 * effective-dated profile; the refresh links it to the registration and runs the person rules
 * on it. A verification is used once, and only one of the registration's own person.
 */
export async function refreshFromBank(
  deps: RefreshDeps,
  owner: Owner,
  stepUp: { verificationId: string; personId: string },
  requestId: string,
): Promise<BankRefreshResult> {
  const r = owner.registration
  if (r.registrant_type !== 'person' || !r.person_id) return { status: 'verify_again' }
  const v = await stepUpProfile(deps.db, stepUp.verificationId)
  if (!v || v.purpose !== 'step-up' || v.status !== 'verified' || v.person_id !== stepUp.personId)
    return { status: 'verify_again' }
  if (await verificationUsed(deps.db, v.verification_id)) return { status: 'verify_again' }
  const ial = v.ial === null ? null : Number(v.ial)
  const decided = decidePersonRefresh({
    // The person is keyed by the keyed hash of the national ID: the same person, the same ID.
    samePerson: v.person_id === r.person_id,
    nationality: v.nationality,
    ial: Number.isFinite(ial) ? ial : null,
    minimumIal: deps.minimumIal,
  })
  const decision = await recordRefresh(
    deps,
    owner,
    {
      source: 'bank',
      ruleSet: PERSON_REFRESH_RULE_SET,
      decided,
      profileId: v.profile_id,
      verificationId: v.verification_id,
    },
    requestId,
  )
  return { status: 'decided', decision }
}

/** Each director who signed the registration, looked for again in DBD's new record. */
async function signersNow(
  deps: RefreshDeps,
  company: JuristicPerson | undefined,
  applicationId: string | null,
): Promise<SignerNow[]> {
  const out: SignerNow[] = []
  for (const s of await registrationSigners(deps.db, applicationId)) {
    if (!company || !s.person_id) {
      out.push({ directorIndex: null, directorKey: null })
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
    out.push({
      directorIndex: match?.index ?? null,
      directorKey: director ? directorKey(director) : null,
    })
  }
  return out
}

export type DbdRefreshResult =
  { status: 'decided'; decision: RefreshDecision } | { status: 'unavailable' }

/**
 * "Update from DBD": DBD is asked again and its answer kept as a new snapshot, which the
 * refresh links to the registration; the company rules run on it.
 */
export async function refreshFromDbd(
  deps: RefreshDeps,
  owner: Owner,
  requestId: string,
): Promise<DbdRefreshResult> {
  const r = owner.registration
  if (!r.juristic_id) return { status: 'unavailable' }
  const lookup = await lookupWithSnapshot(deps, r.juristic_id)
  if (lookup.status === 'unavailable') return { status: 'unavailable' }
  const company = lookup.status === 'found' ? lookup.company : undefined
  const decided = decideCompanyRefresh({
    found: company !== undefined,
    dbdStatus: company?.status ?? null,
    directorNationalities: company?.directors.map((d) => d.nationality) ?? [],
    signers: await signersNow(deps, company, r.application_id),
    rule: company ? parseSigningClause(company.signingClause, company.directors) : null,
  })
  const decision = await recordRefresh(
    deps,
    owner,
    {
      source: 'dbd',
      ruleSet: COMPANY_REFRESH_RULE_SET,
      decided,
      dbdSnapshotId: lookup.snapshotId,
    },
    requestId,
  )
  return { status: 'decided', decision }
}
