import { ConfigError, loadConfig } from '../config.js'
import { openDatabase } from '../platform/db/database.js'
import { grantAppRole, migrate } from '../platform/db/migrate.js'

/**
 * npm run db:migrate [-- --grant-to ROLE]: applies pending migrations, then optionally grants
 * an application role (created if missing) its privileges. On PostgreSQL, run it as the schema
 * owner before starting the portal as ROLE: the portal's role cannot migrate.
 */
async function main(): Promise<void> {
  const config = loadConfig()
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    poolSize: 1,
  })
  try {
    const applied = await migrate(database)
    process.stdout.write(
      applied.length ? `applied: ${applied.join(', ')}\n` : 'the database is up to date\n',
    )
    const i = process.argv.indexOf('--grant-to')
    const role = i >= 0 ? process.argv[i + 1] : undefined
    if (role) {
      if (database.engine !== 'postgres')
        throw new Error('--grant-to needs PostgreSQL (DATABASE_URL)')
      if (await grantAppRole(database, role)) {
        process.stdout.write(
          `created the role ${role} (LOGIN, no password: it connects where the server trusts it; elsewhere give it one with ALTER ROLE ${role} PASSWORD '…')\n`,
        )
      }
      process.stdout.write(
        `granted the application privileges to ${role}, also on the tables later migrations add\n`,
      )
    }
  } finally {
    await database.close()
  }
}

main().catch((err: unknown) => {
  process.stderr.write(
    `${err instanceof ConfigError ? 'invalid configuration — ' : ''}${err instanceof Error ? err.message : String(err)}\n`,
  )
  process.exit(1)
})
