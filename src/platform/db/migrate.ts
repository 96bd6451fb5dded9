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

/**
 * Raised at start-up when migrations are pending (or the bookkeeping table is missing) and the
 * connected role may not apply them: on PostgreSQL the application runs as a role without
 * CREATE on the schema, and the schema owner migrates first.
 */
export class MigrationsPendingError extends MigrationError {
  override name = 'MigrationsPendingError'
}

// An arbitrary constant: instances starting together take turns migrating.
const MIGRATION_LOCK = 7_221_564

interface MigrationRights {
  role: string
  /** schema_migrations exists (in the current schema's search path). */
  exists: boolean
  /** The role may read it. */
  canRead: boolean
  /** The role may create tables and owns (is a member of the owner of) schema_migrations. */
  canMigrate: boolean
}

async function migrationRights(database: Database): Promise<MigrationRights> {
  const r = await sql<MigrationRights>`
    SELECT current_user AS role,
      to_regclass('schema_migrations') IS NOT NULL AS exists,
      COALESCE(has_table_privilege(to_regclass('schema_migrations'), 'SELECT'), false) AS "canRead",
      has_schema_privilege(COALESCE(current_schema(), 'public'), 'CREATE')
        AND COALESCE((SELECT pg_has_role(c.relowner, 'USAGE') FROM pg_class c
                      WHERE c.oid = to_regclass('schema_migrations')), true) AS "canMigrate"`.execute(
    database.db,
  )
  const row = r.rows[0]
  if (!row) throw new MigrationError('could not read the database privileges')
  return row
}

const RUN_DB_MIGRATE = 'run `npm run db:migrate` as the schema owner first'

/**
 * Applies pending migrations, each in its own transaction; returns the versions applied. When
 * nothing is pending it only reads schema_migrations, so the application role (no CREATE on the
 * schema) can start; with migrations pending and no right to apply them it throws
 * MigrationsPendingError saying to run db:migrate.
 */
export async function migrate(
  database: Database,
  migrations = readMigrations(),
): Promise<string[]> {
  const rights = await migrationRights(database)
  if (rights.exists && !rights.canRead) {
    throw new MigrationsPendingError(
      `the database role "${rights.role}" may not read the portal's tables: run \`npm run db:migrate -- --grant-to ${rights.role}\` as the schema owner first.`,
    )
  }
  const done = new Map<string, string>()
  if (rights.exists) {
    const rows = await sql<{
      version: string
      checksum: string
    }>`SELECT version, checksum FROM schema_migrations`.execute(database.db)
    for (const row of rows.rows) done.set(row.version, row.checksum)
  }
  for (const m of migrations) {
    const checksum = done.get(m.version)
    if (checksum !== undefined && checksum !== m.checksum) {
      throw new MigrationError(
        `Migration ${m.version}_${m.name} was changed after it was applied; write a new migration instead.`,
      )
    }
  }
  const pending = migrations.filter((m) => !done.has(m.version))
  if (pending.length === 0) return []
  if (!rights.canMigrate) {
    const what = rights.exists
      ? `${pending.length} migration(s) are pending (${pending.map((m) => m.version).join(', ')})`
      : 'the database has not been migrated'
    throw new MigrationsPendingError(
      `${what} and the database role "${rights.role}" may not apply them: ${RUN_DB_MIGRATE} (README, "Running on PostgreSQL").`,
    )
  }
  await database.execScript(`
    CREATE TABLE IF NOT EXISTS schema_migrations (
      version text PRIMARY KEY,
      name text NOT NULL,
      checksum text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    );`)
  const applied: string[] = []
  for (const m of pending) {
    const name = m.name.replaceAll("'", "''")
    const ran = await database
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
${restrictAppRoles(DEFAULT_PRIVILEGE_GRANTEES)}
INSERT INTO schema_migrations (version, name, checksum) VALUES ('${m.version}', '${name}', '${m.checksum}');
COMMIT;`,
      )
      .then(
        () => true,
        async (err: unknown) => {
          // Another instance applied it while we waited for the lock.
          if ((err as { code?: string }).code === 'P0042') return false
          await database.execScript('ROLLBACK').catch(() => undefined)
          throw err
        },
      )
    if (ran) applied.push(m.version)
  }
  return applied
}

/**
 * The roles that receive default privileges on the tables the current role (the schema owner)
 * creates: the application roles granted by grantAppRole.
 */
const DEFAULT_PRIVILEGE_GRANTEES = `SELECT DISTINCT r.rolname FROM pg_default_acl d
      CROSS JOIN LATERAL aclexplode(d.defaclacl) a JOIN pg_roles r ON r.oid = a.grantee
      WHERE d.defaclrole = (SELECT oid FROM pg_roles WHERE rolname = current_user)
        AND d.defaclobjtype = 'r'`

/**
 * What an application role must not do, applied to every table there is: the audit trail
 * (every table named audit_*, present and future) is append-only — no UPDATE, DELETE or
 * TRUNCATE; personal details may be deleted (erasure) but not changed; schema_migrations is
 * read-only. Run by grantAppRole and again inside each migration's transaction, so that a table a
 * later migration adds, which default privileges grant in full, is restricted before it commits.
 */
function restrictAppRoles(rolesQuery: string): string {
  return `DO $restrict$
DECLARE r name; t regclass;
BEGIN
  FOR r IN ${rolesQuery} LOOP
    FOR t IN SELECT c.oid::regclass FROM pg_class c
      WHERE c.relkind IN ('r', 'p') AND c.relname LIKE 'audit\\_%'
        AND c.relnamespace = COALESCE(current_schema(), 'public')::regnamespace
    LOOP
      EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON %s FROM %I', t, r);
    END LOOP;
    IF to_regclass('audit_event_details') IS NOT NULL THEN
      EXECUTE format('GRANT DELETE ON audit_event_details TO %I', r);
    END IF;
    IF to_regclass('schema_migrations') IS NOT NULL THEN
      EXECUTE format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON schema_migrations FROM %I', r);
    END IF;
  END LOOP;
END $restrict$;`
}

/**
 * Grants an application role what it needs and no more, on the tables there are and (default
 * privileges) on those later migrations add: no CREATE on the schema, no UPDATE, DELETE or
 * TRUNCATE on the audit trail or its checkpoints (the sealer only inserts them), read-only
 * schema_migrations. Creates the role (LOGIN, no password) when it does not exist. Run as the
 * schema owner, who also runs the later migrations. Returns whether the role was created.
 */
export async function grantAppRole(database: Database, role: string): Promise<boolean> {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(role)) throw new Error(`invalid role name: ${role}`)
  const who = await sql<{ owner: string; exists: boolean; privileged: boolean }>`
    SELECT current_user AS owner,
      EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ${role}) AS exists,
      EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ${role} AND (rolsuper OR rolbypassrls))
        AS privileged`.execute(database.db)
  const row = who.rows[0]
  if (!row) throw new Error('could not read the database roles')
  if (row.owner === role || row.privileged) {
    throw new Error(
      `${role} cannot be the application role: it owns the schema or is a superuser. Name another role.`,
    )
  }
  await database.execScript(`
    ${row.exists ? '' : `CREATE ROLE ${role} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE;`}
    GRANT USAGE ON SCHEMA public TO ${role};
    GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role};
    GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${role};
    ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${role};
    ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${role};
    ${restrictAppRoles(`SELECT '${role}'::name`)}
  `)
  return !row.exists
}
