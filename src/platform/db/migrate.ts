import { createHash } from 'node:crypto'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { MIGRATIONS_DIR } from '../paths.js'
import { sql } from 'kysely'
import type { Database } from './database.js'

export { MIGRATIONS_DIR }

export interface Migration {
  version: string
  name: string
  sql: string
  checksum: string
}

/** Reads db/migrations/NNNN_name.sql in order. */
export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8')
      return {
        version: file.slice(0, 4),
        name: file.slice(5, -4),
        sql: text,
        checksum: createHash('sha256').update(text).digest('hex'),
      }
    })
}

/** Raised when an applied migration was edited afterwards: migrations are forward-only. */
export class MigrationError extends Error {
  override name = 'MigrationError'
}

// An arbitrary constant: instances starting together take turns migrating.
const MIGRATION_LOCK = 7_221_564

/** Applies pending migrations, each in its own transaction; returns the versions applied. */
export async function migrate(
  database: Database,
  migrations = readMigrations(),
): Promise<string[]> {
  await database.execScript(`
    CREATE TABLE IF NOT EXISTS schema_migrations (
      version text PRIMARY KEY,
      name text NOT NULL,
      checksum text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    );`)
  const applied: string[] = []
  for (const m of migrations) {
    const done = await sql<{
      checksum: string
    }>`SELECT checksum FROM schema_migrations WHERE version = ${m.version}`.execute(database.db)
    const row = done.rows[0]
    if (row) {
      if (row.checksum !== m.checksum) {
        throw new MigrationError(
          `Migration ${m.version}_${m.name} was changed after it was applied; write a new migration instead.`,
        )
      }
      continue
    }
    const name = m.name.replaceAll("'", "''")
    await database
      .execScript(
        `BEGIN;
SELECT pg_advisory_xact_lock(${MIGRATION_LOCK});
DO $$ BEGIN
  IF EXISTS (SELECT 1 FROM schema_migrations WHERE version = '${m.version}') THEN
    RAISE EXCEPTION 'migration ${m.version} already applied' USING ERRCODE = 'P0042';
  END IF;
END $$;
${m.sql}
;
INSERT INTO schema_migrations (version, name, checksum) VALUES ('${m.version}', '${name}', '${m.checksum}');
COMMIT;`,
      )
      .catch(async (err: unknown) => {
        // Another instance applied it while we waited for the lock.
        if ((err as { code?: string }).code === 'P0042') return
        await database.execScript('ROLLBACK').catch(() => undefined)
        throw err
      })
    applied.push(m.version)
  }
  return applied
}

/**
 * Grants an application role what it needs and no more: no UPDATE, DELETE or TRUNCATE on the
 * audit trail or its checkpoints (the sealer only inserts them). Run as the schema owner.
 */
export async function grantAppRole(database: Database, role: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(role)) throw new Error(`invalid role name: ${role}`)
  await database.execScript(`
    GRANT USAGE ON SCHEMA public TO ${role};
    GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role};
    GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${role};
    REVOKE UPDATE, DELETE, TRUNCATE ON audit_events, audit_event_details, schema_migrations FROM ${role};
    REVOKE UPDATE, DELETE, TRUNCATE ON audit_checkpoints FROM ${role};
    REVOKE INSERT ON schema_migrations FROM ${role};
    GRANT DELETE ON audit_event_details TO ${role};
  `)
}
