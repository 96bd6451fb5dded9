import type { Insertable, Kysely } from 'kysely'
import { executeAsOne, type Write } from '../../platform/db/one-statement.js'
import type { DB } from '../../platform/db/schema.js'
import { newId } from '../../platform/ids.js'

/** A registration as a journey or the counter writes it; the id is made here unless given. */
export type RegistrationValues = Omit<Insertable<DB['registrations']>, 'id' | 'status'> & {
  id?: string
}

/**
 * An ACTIVE registration and the first line of its status history, in the caller's
 * transaction: every automatic approval, of a person or a company, goes through here.
 */
export async function insertActiveRegistration(
  trx: Kysely<DB>,
  values: RegistrationValues,
  reason = 'automatic-approval',
): Promise<string> {
  const { ids, writes } = activeRegistrationWrites(trx, [values], reason)
  await executeAsOne(trx, writes)
  return ids[0] as string
}

/** The writes of several ACTIVE registrations with their first status lines, and their ids. */
export function activeRegistrationWrites(
  db: Kysely<DB>,
  values: RegistrationValues[],
  reason = 'automatic-approval',
): { ids: string[]; writes: Write[] } {
  if (values.length === 0) return { ids: [], writes: [] }
  const rows = values.map((v) => ({ ...v, id: v.id ?? newId(), status: 'ACTIVE' as const }))
  return {
    ids: rows.map((r) => r.id),
    writes: [
      db.insertInto('registrations').values(rows),
      db.insertInto('registration_status_history').values(
        rows.map((r) => ({
          id: newId(),
          registration_id: r.id,
          status: 'ACTIVE' as const,
          reason,
          changed_at: r.valid_from,
        })),
      ),
    ],
  }
}
