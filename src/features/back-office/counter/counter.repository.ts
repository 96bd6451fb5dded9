import type { ColumnType, Kysely } from 'kysely'
import type {
  BusinessDate,
  DB,
  GeneratedTimestamp,
  IdCardAddress,
  Json,
  Timestamp,
} from '../../../platform/db/schema.js'
import type { CounterDocument, EkycReason } from './counter.schema.js'
import { type OfficerTables } from '../../officers/index.js'

export type CounterStatus = 'pending' | 'confirmed' | 'rejected'

/** A counter entry and its check (db/migrations/0015_counter_registrations.sql). */
export interface CounterRegistrationsTable {
  id: string
  reference: string
  national_id_hmac: Buffer
  national_id_enc: Buffer
  national_id_enc_key_id: string
  title_th: string | null
  first_name_th: string
  middle_name_th: string | null
  last_name_th: string
  title_en: string | null
  first_name_en: string | null
  middle_name_en: string | null
  last_name_en: string | null
  birth_date: BusinessDate
  id_card_address: Json<IdCardAddress>
  email: string
  mobile: string
  documents: Json<CounterDocument[]>
  ekyc_reason: EkycReason
  status: ColumnType<CounterStatus, CounterStatus | undefined, CounterStatus>
  entered_by: string
  entered_at: GeneratedTimestamp
  checked_by: string | null
  checked_at: Timestamp | null
  rejection_reason: string | null
  person_id: string | null
  registration_id: string | null
}

// A type alias, not an interface: Kysely's withTables<T>() needs an index-signature-compatible type.
/** The counter's table, used through db.withTables<CounterTables>(). */
export type CounterTables = { counter_registrations: CounterRegistrationsTable }

function tables(db: Kysely<DB>) {
  return db.withTables<CounterTables & OfficerTables>()
}

export type NewCounterEntry = Omit<
  CounterRegistrationsTable,
  | 'status'
  | 'entered_at'
  | 'checked_by'
  | 'checked_at'
  | 'rejection_reason'
  | 'person_id'
  | 'registration_id'
  | 'id_card_address'
  | 'documents'
  | 'birth_date'
> & { birth_date: string; id_card_address: IdCardAddress; documents: CounterDocument[] }

/** Saves the maker's entry, waiting for a checker. */
export async function insertCounterEntry(trx: Kysely<DB>, e: NewCounterEntry): Promise<void> {
  await tables(trx)
    .insertInto('counter_registrations')
    .values({
      ...e,
      id_card_address: JSON.stringify(e.id_card_address),
      documents: JSON.stringify(e.documents),
    })
    .execute()
}

/** True when an entry for this national ID is already waiting for a checker. */
export async function hasPendingEntry(db: Kysely<DB>, nationalIdHmac: Buffer): Promise<boolean> {
  const row = await tables(db)
    .selectFrom('counter_registrations')
    .select('id')
    .where('national_id_hmac', '=', nationalIdHmac)
    .where('status', '=', 'pending')
    .executeTakeFirst()
  return row !== undefined
}

export interface CounterEntryRow {
  id: string
  reference: string
  national_id_enc: Buffer
  national_id_enc_key_id: string
  national_id_hmac: Buffer
  title_th: string | null
  first_name_th: string
  middle_name_th: string | null
  last_name_th: string
  title_en: string | null
  first_name_en: string | null
  middle_name_en: string | null
  last_name_en: string | null
  birth_date: string
  id_card_address: IdCardAddress
  email: string
  mobile: string
  documents: CounterDocument[]
  ekyc_reason: EkycReason
  status: CounterStatus
  entered_by: string
  entered_at: Date
  maker_name: string
  maker_unit: string
  checked_by: string | null
  checked_at: Date | null
  checker_name: string | null
  checker_unit: string | null
  rejection_reason: string | null
  person_id: string | null
  registration_id: string | null
}

/** One entry with the names and units of its maker and checker. */
export async function findCounterEntry(
  db: Kysely<DB>,
  id: string,
): Promise<CounterEntryRow | undefined> {
  return tables(db)
    .selectFrom('counter_registrations as c')
    .innerJoin('officers as m', 'm.id', 'c.entered_by')
    .leftJoin('officers as k', 'k.id', 'c.checked_by')
    .select([
      'c.id',
      'c.reference',
      'c.national_id_enc',
      'c.national_id_enc_key_id',
      'c.national_id_hmac',
      'c.title_th',
      'c.first_name_th',
      'c.middle_name_th',
      'c.last_name_th',
      'c.title_en',
      'c.first_name_en',
      'c.middle_name_en',
      'c.last_name_en',
      'c.birth_date',
      'c.id_card_address',
      'c.email',
      'c.mobile',
      'c.documents',
      'c.ekyc_reason',
      'c.status',
      'c.entered_by',
      'c.entered_at',
      'm.display_name as maker_name',
      'm.unit as maker_unit',
      'c.checked_by',
      'c.checked_at',
      'k.display_name as checker_name',
      'k.unit as checker_unit',
      'c.rejection_reason',
      'c.person_id',
      'c.registration_id',
    ])
    .where('c.id', '=', id)
    .executeTakeFirst()
}

export interface CounterListRow {
  id: string
  reference: string
  title_th: string | null
  first_name_th: string
  middle_name_th: string | null
  last_name_th: string
  status: CounterStatus
  entered_by: string
  entered_at: Date
  maker_name: string
  checker_name: string | null
  checked_at: Date | null
}

/** Entries in one state, newest first. */
export async function listCounterEntries(
  db: Kysely<DB>,
  which: 'pending' | 'decided',
  limit: number,
): Promise<CounterListRow[]> {
  let q = tables(db)
    .selectFrom('counter_registrations as c')
    .innerJoin('officers as m', 'm.id', 'c.entered_by')
    .leftJoin('officers as k', 'k.id', 'c.checked_by')
    .select([
      'c.id',
      'c.reference',
      'c.title_th',
      'c.first_name_th',
      'c.middle_name_th',
      'c.last_name_th',
      'c.status',
      'c.entered_by',
      'c.entered_at',
      'm.display_name as maker_name',
      'k.display_name as checker_name',
      'c.checked_at',
    ])
  q =
    which === 'pending'
      ? q.where('c.status', '=', 'pending').orderBy('c.entered_at', 'desc')
      : q.where('c.status', '!=', 'pending').orderBy('c.checked_at', 'desc')
  return q.limit(limit).execute()
}

/** Locks a waiting entry for the checker's transaction; undefined when it is not waiting. */
export async function lockPendingEntry(
  trx: Kysely<DB>,
  id: string,
): Promise<{ entered_by: string } | undefined> {
  return tables(trx)
    .selectFrom('counter_registrations')
    .select('entered_by')
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .forUpdate()
    .executeTakeFirst()
}

/**
 * Records the checker's decision on a waiting entry. The maker can never be the checker: the
 * statement says so and so does the table's constraint. Returns false when nothing changed.
 */
export async function decideCounterEntry(
  trx: Kysely<DB>,
  id: string,
  checker: string,
  decision:
    | { status: 'confirmed'; personId: string; registrationId: string }
    | { status: 'rejected'; reason: string },
  at: Date,
): Promise<boolean> {
  const result = await tables(trx)
    .updateTable('counter_registrations')
    .set({
      status: decision.status,
      checked_by: checker,
      checked_at: at,
      ...(decision.status === 'confirmed'
        ? { person_id: decision.personId, registration_id: decision.registrationId }
        : { rejection_reason: decision.reason }),
    })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .where('entered_by', '!=', checker)
    .executeTakeFirst()
  return result.numUpdatedRows === 1n
}

/** True when the person has an ACTIVE or SUSPENDED registration of this kind. */
export async function hasLiveRegistration(
  db: Kysely<DB>,
  nationalIdHmac: Buffer,
): Promise<boolean> {
  const row = await db
    .selectFrom('registrations as r')
    .innerJoin('natural_persons as p', 'p.id', 'r.person_id')
    .select('r.id')
    .where('p.national_id_hmac', '=', nationalIdHmac)
    .where('r.kind', '=', 'importer_exporter')
    .where('r.status', 'in', ['ACTIVE', 'SUSPENDED'])
    .executeTakeFirst()
  return row !== undefined
}
