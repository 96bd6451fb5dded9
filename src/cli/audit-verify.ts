import {
  AUDIT_CLI_USAGE,
  createCheckpointSigner,
  runAuditCli,
} from '../features/audit-trail/index.js'
import { ConfigError, loadConfig } from '../config.js'
import { DataDirectoryError, openDatabase } from '../platform/db/database.js'

/**
 * npm run audit:verify [-- --seal | --seal-only | --heads FILE | --keys FILE | --json]
 * Exit code: 0 intact, 1 tampering found, 2 could not check.
 * With the embedded database, stop the server first: PGlite opens a data folder once (a lock
 * file refuses this command while the portal runs).
 */
async function main(): Promise<number> {
  const config = loadConfig()
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    poolSize: 2,
  })
  try {
    return await runAuditCli(process.argv.slice(2), {
      db: database.db,
      signer: createCheckpointSigner(config.secrets.auditSigning),
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
      `${err instanceof ConfigError ? 'invalid configuration — ' : ''}${err instanceof Error ? err.message : String(err)}\n${err instanceof ConfigError || err instanceof DataDirectoryError ? '' : AUDIT_CLI_USAGE}`,
    )
    process.exit(2)
  },
)
