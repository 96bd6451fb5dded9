import type { Json, Timestamp } from './columns.js'
import type { RuleResult } from './decisions.js'

// Customs brokers (issue 24): each automatic decision on a broker application
// (db/migrations/0081_customs_brokers.sql). An approval's registration is a registrations row
// of kind 'customs_broker'.

export interface BrokerDecisionsTable {
  id: string
  base_registration_id: string
  registrant_type: 'person' | 'company'
  person_id: string | null
  juristic_person_id: string | null
  applicant_person_id: string
  reference: string
  licence_number: string
  registry_source: 'synthetic' | 'http'
  rule_set_id: string
  rule_set_version: string
  outcome: 'approved' | 'refused'
  results: Json<RuleResult[]>
  registration_id: string | null
  receipt_id: string
  submit_key: string
  decided_at: Timestamp
}

// A type alias, not an interface: withTables() needs the implicit index signature.
/** The brokers' tables, added to the DB type with db.withTables<BrokerTables>(). */
export type BrokerTables = {
  broker_decisions: BrokerDecisionsTable
}
