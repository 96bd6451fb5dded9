import { sql, type Compilable, type Kysely } from 'kysely'

/** A statement built but not run: an insert, update or delete of Kysely's query builders. */
export type Write = Compilable & { execute(): Promise<unknown> }

/**
 * Runs several writes as ONE statement — PostgreSQL's data-modifying WITH: `WITH w0 AS (…),
 * w1 AS (…) <last>`. Atomic on its own (no BEGIN/COMMIT), and one round trip instead of one per
 * write. The writes see the same snapshot and not one another's rows, so none may read what
 * another writes (ids are made by the caller); foreign keys between them are checked at the
 * end of the statement, as in a transaction.
 */
export async function executeAsOne<T>(db: Kysely<T>, writes: Write[]): Promise<void> {
  const last = writes.at(-1)
  if (!last) return
  if (writes.length === 1) {
    await last.execute()
    return
  }
  const ctes = writes.slice(0, -1).map((w, i) => sql`${sql.id(`w${i}`)} AS (${w})`)
  await sql`WITH ${sql.join(ctes)} ${last}`.execute(db)
}
