import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import type { Role } from './roles.js'
import type { OfficerStatus, OfficerTables } from './schema.js'

// The officer repository, reads: who an officer is, their roles, the list and the counts. The
// administrator's writes are in officer-writes.repository.ts, enrolment and sign-in secrets in
// credential.repository.ts; every query of the officer tables is in one of the three.

function tables(db: Kysely<DB>) {
  return db.withTables<OfficerTables>()
}

export interface OfficerRow {
  id: string
  username: string
  display_name: string
  unit: string
  status: OfficerStatus
  password_hash: string | null
  totp_secret_enc: Buffer | null
  totp_secret_key_id: string | null
  totp_enabled_at: Date | null
  failed_attempts: number
  locked_until: Date | null
  enrolment_expires_at: Date | null
  created_at: Date
  last_sign_in_at: Date | null
  email: string | null
  email_confirmed_by: string | null
  email_confirmed_at: Date | null
}

export const OFFICER_COLUMNS = [
  'id',
  'username',
  'display_name',
  'unit',
  'status',
  'password_hash',
  'totp_secret_enc',
  'totp_secret_key_id',
  'totp_enabled_at',
  'failed_attempts',
  'locked_until',
  'enrolment_expires_at',
  'created_at',
  'last_sign_in_at',
  'email',
  'email_confirmed_by',
  'email_confirmed_at',
] as const

/** The officer with this sign-in name (stored lower-case). */
export async function findOfficerByUsername(
  db: Kysely<DB>,
  username: string,
): Promise<OfficerRow | undefined> {
  return tables(db)
    .selectFrom('officers')
    .select(OFFICER_COLUMNS)
    .where('username', '=', username.toLowerCase())
    .executeTakeFirst()
}

/** The officer with this id (a malformed id finds nobody). */
export async function findOfficer(db: Kysely<DB>, id: string): Promise<OfficerRow | undefined> {
  if (!isUuid(id)) return undefined
  return tables(db)
    .selectFrom('officers')
    .select(OFFICER_COLUMNS)
    .where('id', '=', id)
    .executeTakeFirst()
}

/** The roles an officer holds now. */
export async function rolesOf(db: Kysely<DB>, officerId: string): Promise<Role[]> {
  const rows = await tables(db)
    .selectFrom('officer_roles')
    .select('role')
    .where('officer_id', '=', officerId)
    .orderBy('role')
    .execute()
  return rows.map((r) => r.role)
}

/** The signed-in officer as each request sees it: active, with roles, in one statement. */
export async function activeOfficerWithRoles(
  db: Kysely<DB>,
  id: string,
): Promise<{ id: string; display_name: string; unit: string; roles: Role[] } | undefined> {
  if (!isUuid(id)) return undefined
  const rows = await tables(db)
    .selectFrom('officers as o')
    .leftJoin('officer_roles as r', 'r.officer_id', 'o.id')
    .select(['o.id', 'o.display_name', 'o.unit', 'r.role'])
    .where('o.id', '=', id)
    .where('o.status', '=', 'active')
    .execute()
  const first = rows[0]
  if (!first) return undefined
  return {
    id: first.id,
    display_name: first.display_name,
    unit: first.unit,
    roles: rows.flatMap((r) => (r.role ? [r.role] : [])),
  }
}

export interface OfficerListRow {
  id: string
  username: string
  display_name: string
  unit: string
  status: OfficerStatus
  last_sign_in_at: Date | null
  roles: Role[]
}

/** Every officer with their roles, by name. */
export async function listOfficers(db: Kysely<DB>): Promise<OfficerListRow[]> {
  const rows = await tables(db)
    .selectFrom('officers as o')
    .leftJoin('officer_roles as r', 'r.officer_id', 'o.id')
    .select([
      'o.id',
      'o.username',
      'o.display_name',
      'o.unit',
      'o.status',
      'o.last_sign_in_at',
      'r.role',
    ])
    .orderBy('o.username')
    .execute()
  const byId = new Map<string, OfficerListRow>()
  for (const r of rows) {
    let o = byId.get(r.id)
    if (!o) {
      o = {
        id: r.id,
        username: r.username,
        display_name: r.display_name,
        unit: r.unit,
        status: r.status,
        last_sign_in_at: r.last_sign_in_at,
        roles: [],
      }
      byId.set(r.id, o)
    }
    if (r.role) o.roles.push(r.role)
  }
  return [...byId.values()]
}

/**
 * How many administrators there are: enrolled and active ones only, or also those still waiting
 * to enrol (the command line counts these, so that two runs make the first two).
 */
export async function countAdministrators(
  db: Kysely<DB>,
  which: 'active' | 'not-disabled',
): Promise<number> {
  const row = await tables(db)
    .selectFrom('officer_roles as r')
    .innerJoin('officers as o', 'o.id', 'r.officer_id')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('r.role', '=', 'administrator')
    .where('o.status', which === 'active' ? '=' : '!=', which === 'active' ? 'active' : 'disabled')
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

/**
 * True when another officer has this address, or a request waiting for approval asks for it for
 * another officer: one mailbox, one account.
 */
export async function emailInUse(
  db: Kysely<DB>,
  email: string,
  exceptOfficerId?: string,
): Promise<boolean> {
  const address = email.toLowerCase()
  let officers = tables(db).selectFrom('officers').select('id').where('email', '=', address)
  let requests = tables(db)
    .selectFrom('officer_grant_requests')
    .select('officer_id as id')
    .where('email', '=', address)
    .where('status', '=', 'pending')
  if (exceptOfficerId) {
    officers = officers.where('id', '!=', exceptOfficerId)
    requests = requests.where('officer_id', '!=', exceptOfficerId)
  }
  const row = await officers.unionAll(requests).limit(1).executeTakeFirst()
  return row !== undefined
}

/** True for a canonical UUID: anything else finds no row (and never reaches the database). */
export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)
}
