import {
  lookupWithSnapshot,
  parseSigningClause,
  readSnapshot,
  type JuristicPerson,
  type SigningRule,
} from '../../../registry-dbd/index.js'
import {
  companyRegistered,
  moveToStep,
  openApplicationFor,
  saveLookup,
  type CompanyApplicationRow,
} from '../../company.repository.js'
import { TRADING_STATUSES } from '../../company.rules.js'
import type { CompanyDeps } from '../../deps.js'
import { furthest } from '../../journey.js'
import { recordStep } from '../../record-step.js'
import { withdrawSigners } from '../../signing/signer.repository.js'

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
    await saveLookup(trx, app.id, {
      juristicId,
      // An outage keeps the earlier answer only if it was about the same company.
      snapshotId:
        result.status !== 'unavailable' ? result.snapshotId : changed ? null : app.dbd_snapshot_id,
      changed,
    })
    if (changed) await withdrawSigners(trx, { applicationId: app.id })
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
      await moveToStep(trx, app.id, furthest(app.step, 'verify'))
      await recordStep(trx, app.id, 'company', 'company.precheck_confirmed', requestId)
    })
  return p
}
