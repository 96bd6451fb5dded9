// node --import tsx scripts/bench/seed-statistics.ts --registrations=N: loads the statistics
// benchmark's volumes into the configured database (DATABASE_URL): N registrations over five
// years (persons and companies, online, counter, brokers), as many decisions with their
// durations and refusal rules, the old channel's rows, 2·N journey events and N/2 survey
// responses — all through the real tables and their triggers, in SQL (generate_series).
// Never for a real database: it refuses one that holds registrations other than synthetic ones.
import { sql } from 'kysely'
import { loadConfig } from '../../src/config.js'
import { openDatabase } from '../../src/platform/db/database.js'
import { migrate } from '../../src/platform/db/migrate.js'
import {
  seedDecisions,
  seedJourneyEvents,
  seedRegistrations,
  seedSurveyResponses,
} from '../../src/features/statistics/test-support/seed.repository.js'
import { businessDate } from '../../src/platform/time.js'

const DAYS = 5 * 365

function arg(name: string, fallback: number): number {
  const raw = process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1]
  const n = raw === undefined ? fallback : Number(raw)
  if (!Number.isInteger(n) || n < 1000 || n > 10_000_000)
    throw new Error(`--${name} must be 1e3..1e7`)
  return n
}

async function timed(label: string, fn: () => Promise<void>): Promise<void> {
  const t = Date.now()
  await fn()
  process.stdout.write(`  ${label} in ${((Date.now() - t) / 1000).toFixed(1)} s\n`)
}

async function main(): Promise<void> {
  const n = arg('registrations', 1_000_000)
  const config = loadConfig()
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    poolSize: 2,
  })
  const db = database.db
  try {
    await migrate(database)
    const real = await sql<{ n: string }>`
      SELECT count(*) AS n FROM registrations WHERE email NOT LIKE '%@example.com'`.execute(db)
    if (Number(real.rows[0]?.n ?? 0) > 0)
      throw new Error('this database holds real registrations: refusing to add synthetic ones')
    const now = new Date()
    const first = new Date(now.getTime() - DAYS * 86_400_000).toISOString()
    const span = DAYS * 86_400
    // Shares of the registrations: persons online 80 %, companies 12 %, counter 5 %, brokers 3 %.
    const parts = [
      { share: 0.8, party: 'person', channel: 'online', kind: 'importer_exporter' },
      { share: 0.12, party: 'company', channel: 'online', kind: 'importer_exporter' },
      { share: 0.05, party: 'person', channel: 'counter', kind: 'importer_exporter' },
      { share: 0.03, party: 'person', channel: 'online', kind: 'customs_broker' },
    ] as const
    for (const [i, p] of parts.entries()) {
      const count = Math.round(n * p.share)
      await timed(
        `${count.toLocaleString('en')} registrations (${p.party}, ${p.channel}, ${p.kind})`,
        () =>
          seedRegistrations(db, {
            n: count,
            tag: `bench-stat-${i}`,
            party: p.party,
            channel: p.channel,
            kind: p.kind,
            at: first,
            stepSeconds: span / count,
          }),
      )
    }
    // Decisions: start-to-decision spread from a few minutes to hours (persons), days (companies).
    const decisions = [
      { share: 0.86, party: 'person', outcome: 'approved', took: 180, spread: 240, step: 13 },
      {
        share: 0.04,
        party: 'person',
        outcome: 'refused',
        took: 240,
        spread: 60,
        step: 61,
        failed: ['person.age'],
      },
      {
        share: 0.02,
        party: 'person',
        outcome: 'refused',
        took: 300,
        spread: 30,
        step: 97,
        failed: ['person.active_registration', 'person.age'],
      },
      { share: 0.075, party: 'company', outcome: 'approved', took: 3600, spread: 400, step: 617 },
      {
        share: 0.005,
        party: 'company',
        outcome: 'refused',
        took: 7200,
        spread: 50,
        step: 3600,
        failed: ['company.trading'],
      },
    ] as const
    for (const [i, d] of decisions.entries()) {
      const count = Math.round(n * d.share)
      await timed(`${count.toLocaleString('en')} decisions (${d.party}, ${d.outcome})`, () =>
        seedDecisions(db, {
          n: count,
          tag: `bench-dec-${i}`,
          party: d.party,
          outcome: d.outcome,
          startedAt: first,
          stepSeconds: span / count,
          tookSeconds: d.took,
          spread: d.spread,
          spreadStepSeconds: d.step,
          ...('failed' in d ? { failed: [...d.failed] } : {}),
        }),
      )
    }
    await timed(`${(n / 5).toLocaleString('en')} old-channel rows`, async () => {
      await sql`INSERT INTO legacy_imports (id, officer_id, file_name, file_sha256, rows_read, rows_added, rows_known)
        VALUES ('00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002', 'bench.csv', '', ${n / 5}, ${n / 5}, 0)`.execute(
        db,
      )
      await sql`INSERT INTO legacy_registrations (key, registered_on, kind, import_id)
        SELECT 'OCR-' || lpad(i::text, 9, '0'), ${businessDate(new Date(first))}::date - (i % 1500),
               CASE WHEN i % 9 = 0 THEN 'customs_broker' ELSE 'importer_exporter' END,
               '00000000-0000-4000-8000-000000000001'
        FROM generate_series(1, ${n / 5}::int) i`.execute(db)
    })
    await timed(`${(2 * n).toLocaleString('en')} journey events`, () =>
      seedJourneyEvents(db, { n: 2 * n, until: now.toISOString(), days: DAYS }),
    )
    const month = businessDate(now).slice(0, 7)
    await timed(`${(n / 2).toLocaleString('en')} survey responses`, () =>
      seedSurveyResponses(db, {
        invited: Math.round(n * 0.6),
        answered: n / 2,
        untilMonth: month,
        months: 60,
      }),
    )
    await timed('VACUUM ANALYZE', () => database.execScript('VACUUM ANALYZE'))
    process.stdout.write('statistics volumes loaded\n')
  } finally {
    await database.close()
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`)
  process.exit(1)
})
