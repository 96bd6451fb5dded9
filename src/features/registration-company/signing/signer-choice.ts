import {
  directorKey,
  parseSigningClause,
  readSnapshot,
  satisfies,
  type JuristicPerson,
  type SigningRule,
} from '../../registry-dbd/index.js'
import type { CompanyApplicationRow } from '../company.repository.js'
import type { CompanyDeps } from '../deps.js'
import { listSigners, type SignerRow } from './signer.repository.js'

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
