import type { Kysely } from 'kysely'
import type { DB } from '../../../platform/db/schema.js'
import { newId } from '../../../platform/ids.js'
import {
  type GrantRequestStatus,
  isUuid,
  type OfficerStatus,
  type OfficerTables,
  type Role,
} from '../../officers/index.js'

// Requests for sensitive grants and changes of address, waiting for a second administrator.
function tables(db: Kysely<DB>) {
  return db.withTables<OfficerTables>()
}

/** A request as the administrators' pages show it: the officer's and the requester's names. */
export interface GrantRequestRow {
  id: string
  officer_id: string
  roles: Role[]
  email: string
  email_before: string | null
  requested_by: string
  requested_at: Date
  status: GrantRequestStatus
  officer_name: string
  officer_username: string
  officer_unit: string
  officer_status: OfficerStatus
  requester_name: string
}

function requests(db: Kysely<DB>) {
  return tables(db)
    .selectFrom('officer_grant_requests as g')
    .innerJoin('officers as o', 'o.id', 'g.officer_id')
    .innerJoin('officers as q', 'q.id', 'g.requested_by')
    .select([
      'g.id',
      'g.officer_id',
      'g.roles',
      'g.email',
      'g.email_before',
      'g.requested_by',
      'g.requested_at',
      'g.status',
      'o.display_name as officer_name',
      'o.username as officer_username',
      'o.unit as officer_unit',
      'o.status as officer_status',
      'q.display_name as requester_name',
    ])
}

/** Writes a new request; the caller has superseded any earlier one for the same officer. */
export async function insertGrantRequest(
  trx: Kysely<DB>,
  r: {
    officerId: string
    roles: Role[]
    email: string
    emailBefore: string | null
    requestedBy: string
  },
): Promise<string> {
  const id = newId()
  await tables(trx)
    .insertInto('officer_grant_requests')
    .values({
      id,
      officer_id: r.officerId,
      roles: JSON.stringify(r.roles),
      email: r.email.toLowerCase(),
      email_before: r.emailBefore,
      requested_by: r.requestedBy,
    })
    .execute()
  return id
}

/** The officer's request waiting for approval, if any. */
export async function pendingRequestFor(
  db: Kysely<DB>,
  officerId: string,
): Promise<GrantRequestRow | undefined> {
  return requests(db)
    .where('g.officer_id', '=', officerId)
    .where('g.status', '=', 'pending')
    .executeTakeFirst()
}

/** Every request waiting for approval, oldest first. */
export async function listPendingRequests(db: Kysely<DB>): Promise<GrantRequestRow[]> {
  return requests(db).where('g.status', '=', 'pending').orderBy('g.requested_at').execute()
}

/** One request, whatever its status (a malformed id finds nothing). */
export async function findGrantRequest(
  db: Kysely<DB>,
  id: string,
): Promise<GrantRequestRow | undefined> {
  if (!isUuid(id)) return undefined
  return requests(db).where('g.id', '=', id).executeTakeFirst()
}

/** Closes the officer's waiting request because another replaces it; returns its id. */
export async function supersedePending(
  trx: Kysely<DB>,
  officerId: string,
  by: string,
): Promise<string | undefined> {
  const row = await tables(trx)
    .updateTable('officer_grant_requests')
    .set({ status: 'superseded', decided_by: by, decided_at: new Date() })
    .where('officer_id', '=', officerId)
    .where('status', '=', 'pending')
    .returning('id')
    .executeTakeFirst()
  return row?.id
}

/**
 * Decides a waiting request. An approval names an administrator who neither asked for it nor
 * receives it (here in the statement, and again in the table's constraint); false when the
 * request is no longer waiting or the rule does not hold.
 */
export async function decideGrantRequest(
  trx: Kysely<DB>,
  id: string,
  by: string,
  status: 'approved' | 'declined',
): Promise<boolean> {
  let q = tables(trx)
    .updateTable('officer_grant_requests')
    .set({ status, decided_by: by, decided_at: new Date() })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .where('officer_id', '!=', by)
  if (status === 'approved') q = q.where('requested_by', '!=', by)
  const result = await q.executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}
