import type { Kysely } from 'kysely'
import type { DB } from '../../../platform/db/schema.js'

/** The bench's baseline: one indexed SELECT by a juristic ID, nothing else. */
export async function juristicPersonByNumber(db: Kysely<DB>, number: string) {
  return db
    .selectFrom('juristic_persons')
    .select(['id', 'juristic_id'])
    .where('juristic_id', '=', number)
    .executeTakeFirst()
}
