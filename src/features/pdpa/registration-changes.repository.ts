import type { Kysely } from 'kysely'
import type { DB, LifecycleChangeTables } from '../../platform/db/schema.js'

/** A change the person made to one of their registrations: contact details, or a refresh. */
export type RegistrationChange =
  | {
      kind: 'contact'
      registrationId: string
      field: string
      oldValue: unknown
      newValue: unknown
      at: Date
    }
  | {
      kind: 'refresh'
      registrationId: string
      source: 'bank' | 'dbd'
      outcome: 'approved' | 'refused'
      receiptId: string | null
      at: Date
    }

/**
 * The contact changes and refreshes of the person's own registrations (issue 23), newest
 * first: what the lifecycle feature keeps in registration_contact_changes and
 * registration_refreshes.
 */
export async function registrationChangesOf(
  db: Kysely<DB>,
  personId: string,
): Promise<RegistrationChange[]> {
  const t = db.withTables<LifecycleChangeTables>()
  const contact = await t
    .selectFrom('registration_contact_changes as c')
    .innerJoin('registrations as r', 'r.id', 'c.registration_id')
    .select(['c.registration_id', 'c.field', 'c.old_value', 'c.new_value', 'c.changed_at'])
    .where('r.person_id', '=', personId)
    .execute()
  const refreshed = await t
    .selectFrom('registration_refreshes as f')
    .innerJoin('registrations as r', 'r.id', 'f.registration_id')
    .select(['f.registration_id', 'f.source', 'f.outcome', 'f.receipt_id', 'f.decided_at'])
    .where('r.person_id', '=', personId)
    .execute()
  return [
    ...contact.map((c) => ({
      kind: 'contact' as const,
      registrationId: c.registration_id,
      field: c.field,
      oldValue: c.old_value,
      newValue: c.new_value,
      at: c.changed_at,
    })),
    ...refreshed.map((f) => ({
      kind: 'refresh' as const,
      registrationId: f.registration_id,
      source: f.source,
      outcome: f.outcome,
      receiptId: f.receipt_id,
      at: f.decided_at,
    })),
  ].sort((a, b) => b.at.getTime() - a.at.getTime())
}
