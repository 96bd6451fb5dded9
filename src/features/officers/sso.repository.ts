import type { Kysely } from 'kysely'
import type { DB, EthicsTables } from '../../platform/db/schema.js'
import type { OfficerTables } from './schema.js'

/** The staff directory's row of a staff number (the SSO's claim is matched to it). */
export async function directoryEntry(db: Kysely<DB>, staffNumber: string) {
  return db
    .withTables<EthicsTables>()
    .selectFrom('staff_members')
    .select(['staff_number', 'status', 'email'])
    .where('staff_number', '=', staffNumber)
    .executeTakeFirst()
}

/**
 * The back-office account of a directory officer: the active account whose address a second
 * administrator confirmed is the directory's address, with a TOTP enrolled and a role held.
 */
export async function backOfficeAccount(db: Kysely<DB>, email: string) {
  return db
    .withTables<OfficerTables>()
    .selectFrom('officers as o')
    .innerJoin('officer_roles as r', 'r.officer_id', 'o.id')
    .select(['o.id'])
    .where('o.email', '=', email.toLowerCase())
    .where('o.email_confirmed_at', 'is not', null)
    .where('o.status', '=', 'active')
    .where('o.totp_enabled_at', 'is not', null)
    .limit(1)
    .executeTakeFirst()
}
