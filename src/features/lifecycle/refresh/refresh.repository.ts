import type { Kysely } from 'kysely'
import type { DB, LifecycleChangeTables, RuleResult } from '../../../platform/db/schema.js'
import { newId } from '../../../platform/ids.js'

// The refreshes' SQL: what a step-up verification stored, who signed a company's registration,
// the refresh decisions and the suspension a refused one makes.

function t(db: Kysely<DB>) {
  return db.withTables<LifecycleChangeTables>()
}

/** A verified step-up with the profile it stored; undefined when there is no such thing. */
export async function stepUpProfile(db: Kysely<DB>, verificationId: string) {
  return db
    .selectFrom('identity_verifications as v')
    .innerJoin('person_profiles as pp', 'pp.verification_id', 'v.id')
    .select([
      'v.id as verification_id',
      'v.person_id',
      'v.ial',
      'v.purpose',
      'v.status',
      'pp.id as profile_id',
      'pp.nationality',
    ])
    .where('v.id', '=', verificationId)
    .orderBy('pp.effective_from', 'desc')
    .limit(1)
    .executeTakeFirst()
}

/** Whether a refresh already used this verification (one refresh per verification). */
export async function verificationUsed(db: Kysely<DB>, verificationId: string): Promise<boolean> {
  const row = await t(db)
    .selectFrom('registration_refreshes')
    .select('id')
    .where('verification_id', '=', verificationId)
    .executeTakeFirst()
  return row !== undefined
}

/** The directors who signed the registration's application (verified, with their person). */
export async function registrationSigners(db: Kysely<DB>, applicationId: string | null) {
  if (!applicationId) return []
  return db
    .selectFrom('application_signers')
    .select(['person_id'])
    .where('application_id', '=', applicationId)
    .where('status', '=', 'verified')
    .where('person_id', 'is not', null)
    .orderBy('created_at')
    .execute()
}

/** ACTIVE → SUSPENDED with its status line; the line's id, or null when it was not ACTIVE. */
export async function suspend(
  trx: Kysely<DB>,
  registrationId: string,
  reason: string,
): Promise<string | null> {
  const changed = await trx
    .updateTable('registrations')
    .set({ status: 'SUSPENDED' })
    .where('id', '=', registrationId)
    .where('status', '=', 'ACTIVE')
    .executeTakeFirst()
  if (Number(changed.numUpdatedRows) !== 1) return null
  const id = newId()
  await trx
    .insertInto('registration_status_history')
    .values({ id, registration_id: registrationId, status: 'SUSPENDED', reason })
    .execute()
  return id
}

export interface RefreshRow {
  id: string
  registrationId: string
  reference: string
  source: 'bank' | 'dbd'
  profileId: string | null
  verificationId: string | null
  dbdSnapshotId: string | null
  ruleSet: { id: string; version: string }
  outcome: 'approved' | 'refused'
  results: RuleResult[]
  receiptId: string
  statusHistoryId: string | null
  requestedBy: string
  decidedAt: Date
}

export async function insertRefresh(trx: Kysely<DB>, r: RefreshRow): Promise<void> {
  await t(trx)
    .insertInto('registration_refreshes')
    .values({
      id: r.id,
      registration_id: r.registrationId,
      reference: r.reference,
      source: r.source,
      profile_id: r.profileId,
      verification_id: r.verificationId,
      dbd_snapshot_id: r.dbdSnapshotId,
      rule_set_id: r.ruleSet.id,
      rule_set_version: r.ruleSet.version,
      outcome: r.outcome,
      results: JSON.stringify(r.results),
      receipt_id: r.receiptId,
      status_history_id: r.statusHistoryId,
      requested_by: r.requestedBy,
      decided_at: r.decidedAt,
    })
    .execute()
}

/** The registration's refreshes, newest first. */
export async function refreshHistory(db: Kysely<DB>, registrationId: string, limit = 20) {
  return t(db)
    .selectFrom('registration_refreshes')
    .select([
      'id',
      'reference',
      'source',
      'outcome',
      'results',
      'receipt_id',
      'status_history_id',
      'decided_at',
    ])
    .where('registration_id', '=', registrationId)
    .orderBy('decided_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute()
}

/** The newest refresh of each of these registrations (for the notes under each on /account). */
export async function latestRefreshesOf(db: Kysely<DB>, registrationIds: string[]) {
  if (registrationIds.length === 0) return []
  return t(db)
    .selectFrom('registration_refreshes')
    .distinctOn('registration_id')
    .select(['id', 'registration_id', 'source', 'outcome', 'results', 'receipt_id', 'decided_at'])
    .where('registration_id', 'in', registrationIds)
    .orderBy('registration_id')
    .orderBy('decided_at', 'desc')
    .execute()
}
