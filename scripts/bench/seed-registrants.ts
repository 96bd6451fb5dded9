// node --import tsx scripts/bench/seed-registrants.ts --count=N [--from=N]: loads N synthetic
// registrants (for the search benchmark) into the configured database, with the configured keys —
// the same environment as the portal (DATABASE_URL, DATA_DIR). Applies pending migrations first.
// Never for a real database: it refuses one that holds registrations other than synthetic ones.
import { sql } from 'kysely'
import { loadConfig } from '../../src/config.js'
import { openDatabase } from '../../src/platform/db/database.js'
import { migrate } from '../../src/platform/db/migrate.js'
import { createPiiCrypto } from '../../src/platform/pii-crypto.js'
import { loadRegistrants } from './registrants.js'

function arg(name: string, fallback: number): number {
  const raw = process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1]
  const n = raw === undefined ? fallback : Number(raw)
  if (!Number.isInteger(n) || n < 0 || n > 10_000_000) throw new Error(`--${name} must be 0..1e7`)
  return n
}

async function main(): Promise<void> {
  const count = arg('count', 100_000)
  const from = arg('from', 0)
  const config = loadConfig()
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    poolSize: 2,
  })
  try {
    await migrate(database)
    // Synthetic registrants have registration e-mails at example.com; anything else is real data.
    const real = await sql<{ n: string }>`
      SELECT count(*) AS n FROM registrations WHERE email NOT LIKE '%@example.com'
    `.execute(database.db)
    if (Number(real.rows[0]?.n ?? 0) > 0)
      throw new Error('this database holds real registrations: refusing to add synthetic ones')
    const crypto = createPiiCrypto({
      encryption: config.secrets.encryption,
      hmac: config.secrets.hmac,
    })
    let shown = 0
    const rate = await loadRegistrants(database.db, crypto, from, from + count, (done) => {
      if (done - shown >= 100_000 || done === count) {
        shown = done
        process.stdout.write(`  ${done.toLocaleString('en')} registrants\n`)
      }
    })
    process.stdout.write(`loaded ${count} registrants (${rate}/s, VACUUM ANALYZE included)\n`)
  } finally {
    await database.close()
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`)
  process.exit(1)
})
