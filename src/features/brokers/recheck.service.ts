import type { Kysely } from 'kysely'
import type { DB, RuleResult } from '../../platform/db/schema.js'
import type { PiiCrypto } from '../../platform/pii-crypto.js'
import { nationalIdOf } from '../identity/index.js'
import { decideBroker } from './broker.rules.js'
import { licenceOfBrokerRegistration } from './brokers.repository.js'
import type { LicenceRegistry } from './licence-registry/adapter.js'

/** The licence rules of the broker application, as a renewal re-runs them. */
export const LICENCE_RULES = [
  'broker_licence_holder',
  'broker_licence_in_force',
  'broker_not_disqualified',
] as const

export type LicenceRecheck =
  | { status: 'answered'; results: RuleResult[] }
  /** Ask again later: the registry did not answer. Never a pass. */
  | { status: 'unavailable' }
  /** Not a broker registration approved here (no licence on record). */
  | { status: 'unknown' }

/**
 * Asks the licence registry again about the licence a broker registration was approved on
 * (for its renewal): the same published rules, with the same labels, from a fresh answer.
 */
export async function recheckBrokerLicence(
  deps: { db: Kysely<DB>; crypto: PiiCrypto; licences: LicenceRegistry },
  brokerRegistrationId: string,
): Promise<LicenceRecheck> {
  const row = await licenceOfBrokerRegistration(deps.db, brokerRegistrationId)
  if (!row) return { status: 'unknown' }
  const holderId =
    row.registrant_type === 'company'
      ? (row.juristic_id ?? '')
      : await nationalIdOf(deps.db, deps.crypto, row.person_id ?? '')
  const lookup = await deps.licences.check({ licenceNumber: row.licence_number, holderId })
  if (lookup.status === 'unavailable' || deps.licences.source === 'none')
    return { status: 'unavailable' }
  const all = decideBroker({
    baseKind: 'importer_exporter',
    baseStatus: 'ACTIVE',
    licenceWellFormed: true,
    registry: { licence: lookup.answer.licence, holder: lookup.answer.holder },
    liveBrokerRegistration: false,
  }).results
  return {
    status: 'answered',
    results: all.filter((r) => (LICENCE_RULES as readonly string[]).includes(r.rule)),
  }
}
