import { sql, type Kysely } from 'kysely'
import type {
  BrokerRenewalTables,
  DB,
  RegistrationStatus,
  RenewalRuleResult,
} from '../../platform/db/schema.js'

// The renewal's SQL: the broker registration, the registration it rests on, the renewal of a
// term and what settling it writes.

function t(db: Kysely<DB>) {
  return db.withTables<BrokerRenewalTables>()
}

export interface BrokerRow {
  id: string
  kind: 'importer_exporter' | 'customs_broker'
  status: RegistrationStatus
  valid_until: Date | null
  registrant_type: 'person' | 'company'
  person_id: string | null
  juristic_person_id: string | null
  juristic_id: string | null
  national_id_enc: Buffer | null
  national_id_enc_key_id: string | null
  email: string
}

function brokerQuery(db: Kysely<DB>) {
  return db
    .selectFrom('registrations as r')
    .leftJoin('juristic_persons as j', 'j.id', 'r.juristic_person_id')
    .leftJoin('natural_persons as p', 'p.id', 'r.person_id')
    .select([
      'r.id',
      'r.kind',
      'r.status',
      'r.valid_until',
      'r.registrant_type',
      'r.person_id',
      'r.juristic_person_id',
      'j.juristic_id',
      'p.national_id_enc',
      'p.national_id_enc_key_id',
      'r.email',
    ])
}

/** A registration with its owner's number (encrypted for a person). */
export async function findBroker(db: Kysely<DB>, id: string): Promise<BrokerRow | undefined> {
  return brokerQuery(db).where('r.id', '=', id).executeTakeFirst()
}

/** The same, locked for the settling transaction. */
export async function lockBroker(trx: Kysely<DB>, id: string): Promise<BrokerRow | undefined> {
  return brokerQuery(trx).where('r.id', '=', id).forUpdate('r').executeTakeFirst()
}

/** Whether the owner still holds an ACTIVE importer/exporter registration. */
export async function baseRegistrationActive(db: Kysely<DB>, b: BrokerRow): Promise<boolean> {
  const row = await db
    .selectFrom('registrations')
    .select('id')
    .where('kind', '=', 'importer_exporter')
    .where('status', '=', 'ACTIVE')
    .$if(b.person_id !== null, (q) => q.where('person_id', '=', b.person_id))
    .$if(b.person_id === null, (q) => q.where('juristic_person_id', '=', b.juristic_person_id))
    .executeTakeFirst()
  return row !== undefined
}

export interface RenewalRow {
  id: string
  registration_id: string
  old_valid_until: Date
  bill_id: string
  results: RenewalRuleResult[]
  requested_at: Date
  renewed_at: Date | null
  new_valid_until: Date | null
  fee_receipt_id: string | null
  renewal_receipt_id: string | null
}

const RENEWAL_COLUMNS = [
  'id',
  'registration_id',
  'old_valid_until',
  'bill_id',
  'results',
  'requested_at',
  'renewed_at',
  'new_valid_until',
  'fee_receipt_id',
  'renewal_receipt_id',
] as const

/** The renewal of the term ending at validUntil, if one was asked for. */
export async function renewalForTerm(
  db: Kysely<DB>,
  registrationId: string,
  validUntil: Date,
): Promise<RenewalRow | undefined> {
  return t(db)
    .selectFrom('broker_renewals')
    .select(RENEWAL_COLUMNS)
    .where('registration_id', '=', registrationId)
    .where('old_valid_until', '=', validUntil)
    .executeTakeFirst()
}

/** The renewal that made the current end date, if the last term was renewed. */
export async function renewalEndingAt(
  db: Kysely<DB>,
  registrationId: string,
  newValidUntil: Date,
): Promise<RenewalRow | undefined> {
  return t(db)
    .selectFrom('broker_renewals')
    .select(RENEWAL_COLUMNS)
    .where('registration_id', '=', registrationId)
    .where('new_valid_until', '=', newValidUntil)
    .executeTakeFirst()
}

/** The renewal a bill pays for. */
export async function renewalOfBill(
  db: Kysely<DB>,
  billId: string,
): Promise<RenewalRow | undefined> {
  return t(db)
    .selectFrom('broker_renewals')
    .select(RENEWAL_COLUMNS)
    .where('bill_id', '=', billId)
    .executeTakeFirst()
}

/** Records a renewal asked for; false when the term already has one (asked twice). */
export async function insertRenewal(
  db: Kysely<DB>,
  row: {
    id: string
    registrationId: string
    oldValidUntil: Date
    billId: string
    results: RenewalRuleResult[]
    requestedBy: string
    at: Date
  },
): Promise<boolean> {
  const added = await t(db)
    .insertInto('broker_renewals')
    .values({
      id: row.id,
      registration_id: row.registrationId,
      old_valid_until: row.oldValidUntil,
      bill_id: row.billId,
      results: JSON.stringify(row.results),
      requested_by: row.requestedBy,
      requested_at: row.at,
    })
    .onConflict((oc) => oc.columns(['registration_id', 'old_valid_until']).doNothing())
    .returning('id')
    .execute()
  return added.length === 1
}

/** The registration renewed: new end date, ACTIVE, newest receipt, its status line and renewal. */
export async function applyRenewal(
  trx: Kysely<DB>,
  r: {
    renewalId: string
    registrationId: string
    oldValidUntil: Date
    newValidUntil: Date
    feeReceiptId: string
    renewalReceiptId: string
    historyId: string
    reason: string
    at: Date
  },
): Promise<void> {
  await trx
    .updateTable('registrations')
    .set({ valid_until: r.newValidUntil, status: 'ACTIVE', latest_receipt_id: r.renewalReceiptId })
    .where('id', '=', r.registrationId)
    .where('valid_until', '=', r.oldValidUntil)
    .execute()
  await trx
    .insertInto('registration_status_history')
    .values({
      id: r.historyId,
      registration_id: r.registrationId,
      status: 'ACTIVE',
      reason: r.reason,
      changed_at: r.at,
    })
    .execute()
  await t(trx)
    .updateTable('broker_renewals')
    .set({
      renewed_at: r.at,
      new_valid_until: r.newValidUntil,
      fee_receipt_id: r.feeReceiptId,
      renewal_receipt_id: r.renewalReceiptId,
      status_history_id: r.historyId,
    })
    .where('id', '=', r.renewalId)
    .where(sql<boolean>`renewed_at IS NULL`)
    .execute()
}
