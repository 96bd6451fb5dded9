import { sql, type Kysely } from 'kysely'
import type { DB, LifecycleTables } from '../../../platform/db/schema.js'

// The customs activity's SQL: finding registrations by number, the declarations already
// reported, and recording new ones with the registrations' last activity.

function t(db: Kysely<DB>) {
  return db.withTables<LifecycleTables>()
}

export interface LiveRegistration {
  id: string
  juristicId: string | null
  nationalIdHmac: Buffer | null
  validFrom: Date
}

/** The live importer/exporter registrations held under these numbers (people by keyed hash). */
export async function liveRegistrations(
  db: Kysely<DB>,
  by: { hmacs: Buffer[]; juristicIds: string[] },
): Promise<LiveRegistration[]> {
  const base = db
    .selectFrom('registrations as r')
    .where('r.status', 'in', ['ACTIVE', 'SUSPENDED'])
    .where('r.kind', '=', 'importer_exporter')
  const people =
    by.hmacs.length === 0
      ? []
      : await base
          .innerJoin('natural_persons as p', 'p.id', 'r.person_id')
          .select(['r.id', 'r.valid_from', 'p.national_id_hmac'])
          .where('p.national_id_hmac', 'in', by.hmacs)
          .execute()
  const companies =
    by.juristicIds.length === 0
      ? []
      : await base
          .innerJoin('juristic_persons as j', 'j.id', 'r.juristic_person_id')
          .select(['r.id', 'r.valid_from', 'j.juristic_id'])
          .where('j.juristic_id', 'in', by.juristicIds)
          .execute()
  return [
    ...people.map((r) => ({
      id: r.id,
      juristicId: null,
      nationalIdHmac: r.national_id_hmac,
      validFrom: r.valid_from,
    })),
    ...companies.map((r) => ({
      id: r.id,
      juristicId: r.juristic_id,
      nationalIdHmac: null,
      validFrom: r.valid_from,
    })),
  ]
}

export interface ReportedDeclaration {
  declaration_ref: string
  registration_id: string
  declared_on: string
}

/** The declarations among these references that were reported before. */
export async function reportedDeclarations(
  db: Kysely<DB>,
  refs: string[],
): Promise<ReportedDeclaration[]> {
  if (refs.length === 0) return []
  return t(db)
    .selectFrom('customs_activity')
    .select(['declaration_ref', 'registration_id', 'declared_on'])
    .where('declaration_ref', 'in', refs)
    .execute()
}

/** Records declarations (a reference recorded meanwhile is left alone); returns those added. */
export async function insertDeclarations(
  db: Kysely<DB>,
  rows: { ref: string; registrationId: string; date: string; clientId: string; at: Date }[],
): Promise<string[]> {
  if (rows.length === 0) return []
  const added = await t(db)
    .insertInto('customs_activity')
    .values(
      rows.map((r) => ({
        declaration_ref: r.ref,
        registration_id: r.registrationId,
        declared_on: r.date,
        reported_by: r.clientId,
        received_at: r.at,
      })),
    )
    .onConflict((oc) => oc.column('declaration_ref').doNothing())
    .returning('declaration_ref')
    .execute()
  return added.map((r) => r.declaration_ref)
}

/** Moves each registration's last activity forward to the given instant (never back). */
export async function advanceLastActivity(
  db: Kysely<DB>,
  latest: { registrationId: string; at: Date }[],
): Promise<void> {
  if (latest.length === 0) return
  const values = sql.join(
    latest.map((l) => sql`(${l.registrationId}::uuid, ${l.at.toISOString()}::timestamptz)`),
  )
  await sql`UPDATE registrations AS r SET last_activity_at = v.at
    FROM (VALUES ${values}) AS v (id, at)
    WHERE r.id = v.id AND r.last_activity_at < v.at`.execute(db)
}
