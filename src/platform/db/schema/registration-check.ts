import type { GeneratedTimestamp } from './columns.js'

// The public registration check (issue 24): each person's choice to be listed, newest first
// (db/migrations/0080_public_registration_check.sql).

export interface PublicListingChoicesTable {
  id: string
  person_id: string
  listed: boolean
  chosen_at: GeneratedTimestamp
}

// A type alias, not an interface: withTables() needs the implicit index signature.
/** The check's tables, added to the DB type with db.withTables<RegistrationCheckTables>(). */
export type RegistrationCheckTables = {
  public_listing_choices: PublicListingChoicesTable
}
