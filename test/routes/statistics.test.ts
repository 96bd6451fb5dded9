import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { sql } from 'kysely'
import { STATISTICS_PATHS } from '../../src/features/statistics/index.js'
import {
  seedDecisions,
  seedRegistrations,
} from '../../src/features/statistics/test-support/seed.repository.js'
import { answerMany, testSurveyDeps } from '../../src/features/survey/test-support.js'
import { buildTestApp } from '../helpers/app.js'
import { createTestDatabase, type TestDatabase } from '../helpers/db.js'

// The public statistics and their open data against COUNTs over the raw rows, on whichever
// engine the run uses (PGlite, or PostgreSQL with DATABASE_URL).

let tdb: TestDatabase
let app: FastifyInstance
const tag = `st${process.pid}`

interface Summary {
  registrations_in_range: Record<string, number>
  registrations_as_of_to: Record<string, number>
  online_importer_exporter_as_of_to: number
  decisions: { approved: number; refused: number; approval_percent: number | null }
  top_refusal_rules: { rule: string; refusals: number }[]
  start_to_decision_seconds: Record<
    string,
    { decided: number; median_bucket: number | null; p90_bucket: number | null }
  >
}

before(async () => {
  tdb = await createTestDatabase()
  app = await buildTestApp(tdb.database)
  await app.ready()
  const db = tdb.database.db
  const seeds: Parameters<typeof seedRegistrations>[1][] = [
    // Counted as of 24 January 2023 (Bangkok): 7,400 + 100 + 21 + 1 = 7,522.
    { n: 7400, tag: `${tag}a`, party: 'person', at: '2022-06-01T03:00:00Z', stepSeconds: 61 },
    {
      n: 100,
      tag: `${tag}b`,
      party: 'company',
      at: '2023-01-01T00:00:00+07:00',
      stepSeconds: 3600,
    },
    { n: 21, tag: `${tag}c`, party: 'person', at: '2023-01-24T23:59:00+07:00', stepSeconds: 2 },
    { n: 1, tag: `${tag}d`, party: 'person', at: '2023-01-24T23:59:59.999+07:00' },
    // Not counted in that figure: a minute later, at the counter, customs brokers.
    { n: 30, tag: `${tag}e`, party: 'person', at: '2023-01-25T00:00:00+07:00', stepSeconds: 7 },
    { n: 40, tag: `${tag}f`, party: 'person', channel: 'counter', at: '2023-01-10T09:00:00+07:00' },
    {
      n: 15,
      tag: `${tag}g`,
      party: 'person',
      kind: 'customs_broker',
      at: '2023-01-10T09:00:00+07:00',
    },
  ]
  for (const s of seeds) await seedRegistrations(db, s)
  await seedDecisions(db, {
    n: 57,
    tag: `${tag}h`,
    party: 'person',
    outcome: 'approved',
    startedAt: '2023-01-03T08:00:00+07:00',
    stepSeconds: 5000,
    tookSeconds: 240,
    spread: 13,
    spreadStepSeconds: 97,
  })
  await seedDecisions(db, {
    n: 9,
    tag: `${tag}i`,
    party: 'person',
    outcome: 'refused',
    startedAt: '2023-01-05T08:00:00+07:00',
    stepSeconds: 3600,
    tookSeconds: 5000,
    failed: ['person.age', 'person.active_registration'],
  })
  await seedDecisions(db, {
    n: 4,
    tag: `${tag}j`,
    party: 'company',
    outcome: 'refused',
    startedAt: '2023-01-20T08:00:00+07:00',
    tookSeconds: 200_000,
    spread: 4,
    spreadStepSeconds: 40_000,
    failed: ['company.trading'],
  })
})
after(async () => {
  await app.close()
  await tdb.close()
})

const get = (url: string) => app.inject({ method: 'GET', url })

async function summary(from: string, to: string): Promise<Summary> {
  const res = await get(`${STATISTICS_PATHS.summaryJson}?from=${from}&to=${to}`)
  assert.equal(res.statusCode, 200, res.body)
  return res.json<Summary>()
}

/** COUNT over the raw registrations by channel, created in [from, to] (Bangkok dates). */
async function rawRegistrations(from: string | null, to: string) {
  const rows = await sql<{ channel: string; n: string }>`
    SELECT channel, count(*) AS n FROM registrations
    WHERE (created_at AT TIME ZONE 'Asia/Bangkok')::date <= ${to}::date
      AND (${from}::date IS NULL OR (created_at AT TIME ZONE 'Asia/Bangkok')::date >= ${from}::date)
    GROUP BY channel`.execute(tdb.database.db)
  const out: Record<string, number> = { online: 0, counter: 0 }
  for (const r of rows.rows) out[r.channel] = Number(r.n)
  return out
}

describe('the public statistics', () => {
  it('counts 7,522 importer/exporter registrations through the portal as of 24 January 2023 (Bangkok)', async () => {
    const s = await summary('2023-01-01', '2023-01-24')
    const raw = await sql<{ n: string }>`
      SELECT count(*) AS n FROM registrations
      WHERE channel = 'online' AND kind = 'importer_exporter'
        AND created_at < '2023-01-25T00:00:00+07:00'`.execute(tdb.database.db)
    assert.equal(s.online_importer_exporter_as_of_to, Number(raw.rows[0]?.n))
    assert.equal(s.online_importer_exporter_as_of_to, 7522)
    const en = await get(`${STATISTICS_PATHS.page}?from=1/1/2023&to=24/1/2023&lang=en`)
    assert.equal(en.statusCode, 200)
    assert.match(
      en.body,
      /7,522 importers\/exporters have registered online through the portal \(as of 24 January 2023\)/,
    )
    const th = await get(`${STATISTICS_PATHS.page}?from=1/1/2566&to=24/1/2566&lang=th`)
    assert.match(th.body, /ผ่านระบบออนไลน์แล้ว 7,522 ราย \(ข้อมูลถึงวันที่ 24 มกราคม 2566\)/)
  })

  it('publishes registration counts equal to a COUNT over the raw rows, in a range and to date', async () => {
    for (const [from, to] of [
      ['2023-01-01', '2023-01-24'],
      ['2023-01-25', '2023-01-25'],
      ['2022-06-03', '2023-01-10'],
    ] as const) {
      const s = await summary(from, to)
      const inRange = await rawRegistrations(from, to)
      const asOf = await rawRegistrations(null, to)
      assert.equal(s.registrations_in_range.online, inRange.online, `${from}..${to} online`)
      assert.equal(s.registrations_in_range.counter, inRange.counter, `${from}..${to} counter`)
      assert.equal(s.registrations_as_of_to.online, asOf.online)
      assert.equal(s.registrations_as_of_to.counter, asOf.counter)
      const csv = await get(`${STATISTICS_PATHS.registrationsCsv}?from=${from}&to=${to}`)
      assert.equal(csv.statusCode, 200)
      const lines = csv.body.trim().split('\n')
      assert.equal(lines[0], 'date,party,kind,channel,registrations')
      const sum = (channel: string) =>
        lines
          .slice(1)
          .map((l) => l.split(','))
          .filter((c) => c[3] === channel)
          .reduce((t, c) => t + Number(c[4]), 0)
      assert.equal(sum('online'), inRange.online)
      assert.equal(sum('counter'), inRange.counter)
    }
  })

  it('publishes decisions, refusal rules and the median and 90th percentile as the raw rows give them', async () => {
    const [from, to] = ['2023-01-01', '2023-01-31']
    const s = await summary(from, to)
    const db = tdb.database.db
    const decided = sql`FROM decisions d JOIN applications a ON a.id = d.application_id
      WHERE a.kind IN ('person', 'company')
        AND (d.decided_at AT TIME ZONE 'Asia/Bangkok')::date BETWEEN ${from}::date AND ${to}::date`
    const outcomes = await sql<{ outcome: string; n: string }>`
      SELECT d.outcome, count(*) AS n ${decided} GROUP BY d.outcome`.execute(db)
    const n = (o: string) => Number(outcomes.rows.find((r) => r.outcome === o)?.n ?? 0)
    assert.equal(s.decisions.approved, n('approved'))
    assert.equal(s.decisions.refused, n('refused'))
    assert.equal(s.decisions.approved + s.decisions.refused, 70)
    // 57 of 70, truncated to 2 places (the default rounding): 81.42 %.
    assert.equal(s.decisions.approval_percent, Math.floor((57 / 70) * 10000) / 100)
    const failed = await sql<{ rule: string; n: string }>`
      SELECT r.value ->> 'rule' AS rule, count(*) AS n
      FROM decisions d JOIN applications a ON a.id = d.application_id,
           jsonb_array_elements(d.results) r
      WHERE a.kind IN ('person', 'company') AND d.outcome = 'refused'
        AND (r.value ->> 'passed') = 'false'
        AND (d.decided_at AT TIME ZONE 'Asia/Bangkok')::date BETWEEN ${from}::date AND ${to}::date
      GROUP BY 1 ORDER BY 2 DESC, 1`.execute(db)
    assert.deepEqual(
      s.top_refusal_rules,
      failed.rows.map((r) => ({ rule: r.rule, refusals: Number(r.n) })),
    )
    // A whole month (the monthly histogram) and a range cut across months (daily and monthly).
    for (const [f, t] of [
      [from, to],
      ['2023-01-04', '2023-02-10'],
      ['2022-12-20', '2023-01-21'],
    ] as const) {
      const sf = await summary(f, t)
      const inRange = sql`FROM decisions d JOIN applications a ON a.id = d.application_id
        WHERE a.kind IN ('person', 'company')
          AND (d.decided_at AT TIME ZONE 'Asia/Bangkok')::date BETWEEN ${f}::date AND ${t}::date`
      for (const party of ['all', 'person', 'company'] as const) {
        const p = await sql<{ median: number | null; p90: number | null; n: string }>`
          SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY b) AS median,
                 percentile_disc(0.9) WITHIN GROUP (ORDER BY b) AS p90, count(*) AS n
          FROM (SELECT stat_duration_bucket(extract(epoch FROM d.decided_at - a.created_at)) AS b
                ${inRange} AND (${party} = 'all' OR a.kind = ${party})) x`.execute(db)
        const row = p.rows[0]
        const published = sf.start_to_decision_seconds[party]
        assert.equal(published?.decided, Number(row?.n), `${f}..${t} ${party}`)
        assert.equal(published?.median_bucket, row?.median ?? null, `${f}..${t} ${party} median`)
        assert.equal(published?.p90_bucket, row?.p90 ?? null, `${f}..${t} ${party} p90`)
      }
    }
  })

  it('keeps the counts exact when a counted column changes or a registration is deleted', async () => {
    const db = tdb.database.db
    await seedRegistrations(db, {
      n: 3,
      tag: `${tag}m`,
      party: 'person',
      at: '2023-02-02T10:00:00+07:00',
    })
    await sql`UPDATE registrations SET created_at = '2023-02-03T10:00:00+07:00', channel = 'counter'
      WHERE id = uuid_in(md5(${`${tag}m`} || '-r-1')::cstring)`.execute(db)
    await sql`DELETE FROM registrations WHERE id = uuid_in(md5(${`${tag}m`} || '-r-2')::cstring)`.execute(
      db,
    )
    for (const day of ['2023-02-02', '2023-02-03']) {
      const s = await summary(day, day)
      const raw = await rawRegistrations(day, day)
      assert.equal(s.registrations_in_range.online, raw.online, day)
      assert.equal(s.registrations_in_range.counter, raw.counter, day)
    }
    assert.equal((await summary('2023-02-02', '2023-02-02')).registrations_in_range.online, 1)
  })

  it('shows the figures with a chart (an SVG image with its title) and its table, in Thai and English', async () => {
    const th = await get(`${STATISTICS_PATHS.page}?from=1/1/2566&to=31/1/2566&by=day`)
    assert.equal(th.statusCode, 200)
    assert.match(th.body, /<svg width="100%" role="img" aria-labelledby="series-chart-title"/)
    assert.match(th.body, /<title id="series-chart-title">แผนภูมิ: /)
    assert.doesNotMatch(th.body, / style="/, 'no inline style (the CSP allows none)')
    assert.match(th.body, /id="series-table"/)
    assert.match(th.body, /24 ม\.ค\. 2566/)
    assert.match(th.body, /ตั้งแต่ 1 มกราคม 2566 ถึง 31 มกราคม 2566/)
    const en = await get(`${STATISTICS_PATHS.page}?lang=en`)
    assert.equal(en.statusCode, 200)
    assert.match(en.body, /Registrations by month and channel/)
  })

  it('refuses a date range it cannot show, naming the field, without a 500', async () => {
    const bad = await get(`${STATISTICS_PATHS.page}?from=31/2/2566&to=1/1/2566&lang=en`)
    assert.equal(bad.statusCode, 400)
    assert.match(bad.body, /<title>Error: /)
    assert.match(bad.body, /href="#from">Enter the first date/)
    const backwards = await get(`${STATISTICS_PATHS.page}?from=2/1/2566&to=1/1/2566&lang=en`)
    assert.match(backwards.body, /href="#to">The last date must not be before the first date/)
    const long = await get(`${STATISTICS_PATHS.page}?from=1/1/2566&to=1/12/2566&by=day&lang=en`)
    assert.equal(long.statusCode, 400)
    assert.match(long.body, /href="#by">By day shows at most 93 days/)
    const tampered = await get(`${STATISTICS_PATHS.page}?by=year&from[x]=1`)
    assert.equal(tampered.statusCode, 400)
    const data = await get(`${STATISTICS_PATHS.registrationsJson}?from=nope`)
    assert.equal(data.statusCode, 400)
    assert.equal(data.headers['content-type'], 'application/problem+json; charset=utf-8')
    assert.equal(data.json<{ errors: { field: string }[] }>().errors[0]?.field, 'from')
  })

  it('describes the open data in the shape CKAN imports, with no personal data', async () => {
    const res = await get(STATISTICS_PATHS.metadata)
    assert.equal(res.statusCode, 200)
    const meta = res.json<{
      title: string
      license_id: string
      extras: { key: string; value: string }[]
      resources: { name: string; url: string; schema?: { fields: { name: string }[] } }[]
    }>()
    assert.ok(meta.title.length > 0)
    assert.equal(meta.license_id, 'cc-by')
    assert.equal(meta.extras.find((e) => e.key === 'update_frequency')?.value, 'daily')
    const csv = meta.resources.find((r) => r.name === 'registrations.csv')
    assert.deepEqual(
      csv?.schema?.fields.map((f) => f.name),
      ['date', 'party', 'kind', 'channel', 'registrations'],
    )
    const json = await get(`${STATISTICS_PATHS.registrationsJson}?from=2023-01-24&to=2023-01-24`)
    const body = json.json<{ schema_version: string; rows: Record<string, unknown>[] }>()
    assert.equal(body.schema_version, '1.0')
    for (const row of body.rows)
      assert.deepEqual(Object.keys(row), ['date', 'party', 'kind', 'channel', 'registrations'])
  })

  it('is linked from the home page', async () => {
    const home = await get('/?lang=en')
    assert.match(home.body, new RegExp(`href="${STATISTICS_PATHS.page}"`))
  })
})

describe('satisfaction on the public statistics', () => {
  it('publishes top-2-box by month from the survey, suppressing a month with fewer than 5 answers', async () => {
    const db = tdb.database.db
    const deps = testSurveyDeps()
    const questions = ['ease', 'clarity', 'speed', 'overall']
    const levels = [5, 4, 4, 3, 5, 2] as const
    await answerMany(
      db,
      deps,
      new Date('2023-03-15T10:00:00+07:00'),
      questions,
      levels.map((l) => questions.map(() => l)),
    )
    await answerMany(db, deps, new Date('2023-04-15T10:00:00+07:00'), questions, [
      [5, 5, 5, 5],
      [4, 4, 4, 4],
    ])
    const s = await app.inject({
      method: 'GET',
      url: `${STATISTICS_PATHS.summaryJson}?from=2023-03-01&to=2023-04-30`,
    })
    const months = s.json<{ satisfaction_by_month: Record<string, unknown>[] }>()
      .satisfaction_by_month
    const march = months.find((m) => m.month === '2023-03')
    assert.equal(march?.suppressed, false)
    assert.equal(march?.answered, 6)
    assert.deepEqual(
      months.find((m) => m.month === '2023-04'),
      {
        month: '2023-04',
        suppressed: true,
      },
    )
    const csv = await get(`${STATISTICS_PATHS.satisfactionCsv}?from=2023-03-01&to=2023-04-30`)
    assert.match(csv.body, /^month,suppressed,answered,base,top_two,percent\n/)
    assert.match(csv.body, /\n2023-04,true,,,,\n/)
    const page = await get(`${STATISTICS_PATHS.page}?from=1/3/2023&to=30/4/2023&lang=en`)
    assert.match(page.body, /Not published \(fewer than 5 answers\)/)
    assert.match(page.body, /<title id="satisfaction-chart-title">/)
  })
})
