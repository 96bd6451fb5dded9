// The Kysely types of the platform's tables, by area in schema/; every type is importable from
// here. A feature's own tables (e.g. audit-trail/schema.ts) are added with db.withTables<…>().

import type {
  ApplicationSignersTable,
  ApplicationsTable,
  AuthorityGrantsTable,
} from './schema/applications.js'
import type {
  DecisionsTable,
  RegistrationStatusHistoryTable,
  RegistrationsTable,
} from './schema/decisions.js'
import type {
  DbdSnapshotsTable,
  IdentityAccountsTable,
  IdentityVerificationsTable,
  JuristicPersonsTable,
  NaturalPersonsTable,
  PersonProfilesTable,
} from './schema/parties.js'
import type {
  AuditEventDetailsTable,
  AuditEventsTable,
  DocumentAcceptancesTable,
  DocumentsTable,
  JourneyEventsTable,
  OutboxTable,
  SessionsTable,
} from './schema/platform.js'

export type { BusinessDate, GeneratedTimestamp, Json, Timestamp } from './schema/columns.js'
export type {
  ApplicationSignersTable,
  ApplicationStatus,
  ApplicationStep,
  ApplicationsTable,
  AuthorityGrantsTable,
  GrantStatus,
  MailingAddress,
  SignerStatus,
  StoredMailing,
} from './schema/applications.js'
export type {
  DecisionsTable,
  RegistrationStatus,
  RegistrationStatusHistoryTable,
  RegistrationsTable,
  RuleResult,
} from './schema/decisions.js'
export type {
  DbdSnapshotsTable,
  IdCardAddress,
  IdentityAccountsTable,
  IdentityVerificationsTable,
  JuristicPersonsTable,
  NaturalPersonsTable,
  PersonProfilesTable,
  VerificationFailure,
  VerificationStatus,
} from './schema/parties.js'
export type {
  AuditEventDetailsTable,
  AuditEventsTable,
  DocumentAcceptancesTable,
  DocumentsTable,
  JourneyEventsTable,
  OutboxTable,
  SessionsTable,
} from './schema/platform.js'

export interface DB {
  applications: ApplicationsTable
  application_signers: ApplicationSignersTable
  authority_grants: AuthorityGrantsTable
  dbd_snapshots: DbdSnapshotsTable
  document_acceptances: DocumentAcceptancesTable
  identity_verifications: IdentityVerificationsTable
  person_profiles: PersonProfilesTable
  decisions: DecisionsTable
  registrations: RegistrationsTable
  registration_status_history: RegistrationStatusHistoryTable
  sessions: SessionsTable
  natural_persons: NaturalPersonsTable
  juristic_persons: JuristicPersonsTable
  identity_accounts: IdentityAccountsTable
  journey_events: JourneyEventsTable
  audit_events: AuditEventsTable
  audit_event_details: AuditEventDetailsTable
  outbox: OutboxTable
  documents: DocumentsTable
}
export type * from './schema/ethics.js'
export type * from './schema/statistics.js'
export type * from './schema/risk.js'
export type * from './schema/settings.js'
export type * from './schema/survey.js'
export type * from './schema/help-desk.js'
export type * from './schema/lifecycle.js'
export type * from './schema/registration-check.js'
export type * from './schema/registrant-changes.js'
export type * from './schema/lifecycle-changes.js'
export type * from './schema/brokers.js'
export type * from './schema/broker-renewal.js'
