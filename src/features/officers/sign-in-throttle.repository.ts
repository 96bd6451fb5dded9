import { sql, type Kysely } from 'kysely'
import type { DB, Timestamp } from '../../platform/db/schema.js'

/** db/migrations/0018_officer_sign_in_throttle.sql */
interface SignInThrottleTable {
  username: string
  address: string
  failures: number
  blocked_until: Timestamp | null
  last_failure_at: Timestamp
}
// A type alias, not an interface: Kysely's withTables<T>() needs an index-signature-compatible type.
type ThrottleTables = { officer_sign_in_throttle: SignInThrottleTable }

function tables(db: Kysely<DB>) {
  return db.withTables<ThrottleTables>()
}

export interface ThrottleKey {
  username: string
  address: string
}

/** Until when sign-in with this name from this address is refused unchecked, if it is now. */
export async function blockedUntil(db: Kysely<DB>, key: ThrottleKey): Promise<Date | undefined> {
  const row = await tables(db)
    .selectFrom('officer_sign_in_throttle')
    .select('blocked_until')
    .where('username', '=', key.username)
    .where('address', '=', key.address)
    .where('blocked_until', '>', sql<Date>`now()`)
    .executeTakeFirst()
  return row?.blocked_until ?? undefined
}

/**
 * Counts a failure atomically (the first never blocks: `freeFailures` is at least 2). From the
 * `freeFailures`-th failure in a row on, each one blocks the pair for `firstBlockSeconds`,
 * doubled for every further failure, at most `maxBlockSeconds`.
 */
export async function recordThrottledFailure(
  db: Kysely<DB>,
  key: ThrottleKey,
  backOff: { freeFailures: number; firstBlockSeconds: number; maxBlockSeconds: number },
): Promise<{ failures: number; blockedUntil: Date | null }> {
  const failures = sql<number>`officer_sign_in_throttle.failures + 1`
  const row = await tables(db)
    .insertInto('officer_sign_in_throttle')
    .values({
      username: key.username,
      address: key.address,
      failures: 1,
      blocked_until: null,
      last_failure_at: sql<Date>`now()`,
    })
    .onConflict((oc) =>
      oc.columns(['username', 'address']).doUpdateSet({
        failures,
        last_failure_at: sql<Date>`now()`,
        blocked_until: sql<Date | null>`CASE WHEN ${failures} >= ${backOff.freeFailures}
          THEN now() + make_interval(secs => least(${backOff.maxBlockSeconds}::float8,
            ${backOff.firstBlockSeconds}::float8 * power(2, ${failures} - ${backOff.freeFailures})))
          ELSE officer_sign_in_throttle.blocked_until END`,
      }),
    )
    .returning(['failures', 'blocked_until'])
    .executeTakeFirstOrThrow()
  return { failures: row.failures, blockedUntil: row.blocked_until }
}

/** A complete sign-in: this name starts afresh from this address. */
export async function clearThrottle(db: Kysely<DB>, key: ThrottleKey): Promise<void> {
  await tables(db)
    .deleteFrom('officer_sign_in_throttle')
    .where('username', '=', key.username)
    .where('address', '=', key.address)
    .execute()
}

/** Forgets pairs untouched for `hours` (they hold client addresses). */
export async function forgetStaleThrottles(db: Kysely<DB>, hours: number): Promise<void> {
  await tables(db)
    .deleteFrom('officer_sign_in_throttle')
    .where('last_failure_at', '<', sql<Date>`now() - make_interval(hours => ${hours})`)
    .execute()
}
