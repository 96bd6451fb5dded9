import { createHash } from 'node:crypto'
import type { SessionStore } from '@fastify/session'
import type { Session } from 'fastify'
import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'

type Callback = (err?: unknown) => void
type GetCallback = (err: unknown, session?: Session | null) => void

// Rows are keyed by a hash of the session id: a copy of the table does not hand out live sessions.
function key(sessionId: string): string {
  return createHash('sha256').update(sessionId).digest('base64url')
}

interface StoredSession {
  cookie?: { expires?: string | Date | null }
}

/** Server-side sessions in PostgreSQL, so that any instance can serve any request. */
export class DatabaseSessionStore implements SessionStore {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly idleMs: number,
  ) {}

  set(sessionId: string, session: unknown, callback: Callback): void {
    const data = JSON.parse(JSON.stringify(session)) as Record<string, unknown> & StoredSession
    const expires = data.cookie?.expires
      ? new Date(data.cookie.expires)
      : new Date(Date.now() + this.idleMs)
    this.db
      .insertInto('sessions')
      .values({ id: key(sessionId), data: JSON.stringify(data), expires_at: expires })
      .onConflict((oc) =>
        oc.column('id').doUpdateSet({ data: JSON.stringify(data), expires_at: expires }),
      )
      .execute()
      .then(() => callback(), callback)
  }

  get(sessionId: string, callback: GetCallback): void {
    this.db
      .selectFrom('sessions')
      .select('data')
      .where('id', '=', key(sessionId))
      .where('expires_at', '>', new Date())
      .executeTakeFirst()
      .then((row) => callback(null, row ? (row.data as unknown as Session) : null), callback)
  }

  destroy(sessionId: string, callback: Callback): void {
    this.db
      .deleteFrom('sessions')
      .where('id', '=', key(sessionId))
      .execute()
      .then(() => callback(), callback)
  }

  /** Removes expired sessions; returns how many. */
  async prune(now = new Date()): Promise<number> {
    const result = await this.db
      .deleteFrom('sessions')
      .where('expires_at', '<=', now)
      .executeTakeFirst()
    return Number(result.numDeletedRows)
  }
}
