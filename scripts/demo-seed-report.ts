// npm run demo:seed-report — loads, into a fresh data directory (DATA_DIR, or DATABASE_URL), the
// demo data set of raw records behind the FY 2566 corruption-risk report: registrations through
// the portal, the counter and the old channel with their dates, December 2022's survey answers,
// the staff directory and the ethics campaign with its signatures, the PDPA policy, and the
// register itself bound to them. Every figure of the report is computed from these records.
// Stop the portal first when it uses the embedded database (one process per DATA_DIR).
import { ConfigError, loadConfig } from '../src/config.js'
import { DemoDataPresent, loadReportDemo } from '../src/features/risk-report/index.js'
import { openDatabase } from '../src/platform/db/database.js'
import { migrate } from '../src/platform/db/migrate.js'
import { newId } from '../src/platform/ids.js'

async function main(): Promise<number> {
  const config = loadConfig()
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    poolSize: 1,
  })
  try {
    await migrate(database)
    const started = Date.now()
    const { registerId } = await loadReportDemo(database.db, newId())
    process.stdout.write(
      `demo data loaded in ${((Date.now() - started) / 1000).toFixed(1)} s\n` +
        `register: ${config.publicBaseUrl}/officer/risk/${registerId}\n` +
        'an officer with the integrity_risk role previews, approves and publishes it; the public list is /reports\n',
    )
    return 0
  } catch (err) {
    if (err instanceof DemoDataPresent) {
      process.stderr.write(`${err.message}: use a fresh DATA_DIR (e.g. DATA_DIR=./data-demo)\n`)
      return 1
    }
    throw err
  } finally {
    await database.close()
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(
      `${err instanceof ConfigError ? 'invalid configuration — ' : ''}${err instanceof Error ? err.message : String(err)}\n`,
    )
    process.exit(2)
  },
)
