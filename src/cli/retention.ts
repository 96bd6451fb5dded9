import { ConfigError, loadConfig } from '../config.js'
import { RETENTION_CLI_USAGE, runRetentionCli } from '../features/pdpa/index.js'
import { DataDirectoryError, openDatabase } from '../platform/db/database.js'

/**
 * npm run retention:run [-- --json]: applies the retention periods once (the server also does
 * it hourly) and records what it removed in the audit trail. With the embedded database,
 * stop the server first: PGlite opens a data folder once (a lock file refuses this command
 * while the portal runs).
 */
async function main(): Promise<number> {
  const config = loadConfig()
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    poolSize: 1,
  })
  try {
    return await runRetentionCli(process.argv.slice(2), {
      db: database.db,
      days: config.pdpa.retentionDays,
      out: (text) => process.stdout.write(text),
    })
  } finally {
    await database.close()
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(
      `${err instanceof ConfigError ? 'invalid configuration — ' : ''}${err instanceof Error ? err.message : String(err)}\n${err instanceof ConfigError || err instanceof DataDirectoryError ? '' : RETENTION_CLI_USAGE}`,
    )
    process.exit(2)
  },
)
