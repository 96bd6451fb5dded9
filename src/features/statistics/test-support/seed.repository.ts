import { sql, type Kysely } from 'kysely'
import type { DB } from '../../../platform/db/schema.js'

// Rows for tests and the bench, made in SQL with generate_series (a million in seconds). They
// go through the same tables, constraints and triggers as the journeys' rows; their keys are
// made from `tag` so that two seeds never collide.

export interface RegistrationSeed {
  n: number
  tag: string
  party: 'person' | 'company'
  kind?: 'importer_exporter' | 'customs_broker'
  channel?: 'online' | 'counter'
  /** The first row's creation instant (ISO); row i is `stepSeconds` × i later. */
  at: string
  stepSeconds?: number
}

/** Registrations (with their persons or companies), as the journeys would have left them. */
export async function seedRegistrations(db: Kysely<DB>, s: RegistrationSeed): Promise<void> {
  const kind = s.kind ?? 'importer_exporter'
  const channel = s.channel ?? 'online'
  const step = s.stepSeconds ?? 0
  const owner =
    s.party === 'person'
      ? sql`INSERT INTO natural_persons (id, national_id_hmac, national_id_hmac_key_id, national_id_enc, national_id_enc_key_id)
          SELECT uuid_in(md5(${s.tag} || '-p-' || i)::cstring), decode(md5(${s.tag} || '-h-' || i), 'hex'), 'seed',
                 decode(md5(${s.tag} || '-e-' || i), 'hex'), 'seed'
          FROM generate_series(1, ${s.n}::int) i`
      : sql`INSERT INTO juristic_persons (id, juristic_id)
          SELECT uuid_in(md5(${s.tag} || '-p-' || i)::cstring),
                 lpad((('x' || substr(md5(${s.tag} || '-j-' || i), 1, 12))::bit(48)::bigint % 10000000000000)::text, 13, '0')
          FROM generate_series(1, ${s.n}::int) i`
  await owner.execute(db)
  const idColumn = s.party === 'person' ? sql`person_id` : sql`juristic_person_id`
  await sql`INSERT INTO registrations (id, registrant_type, ${idColumn}, kind, channel, status, email, mobile,
                                      valid_from, last_activity_at, created_at)
    SELECT uuid_in(md5(${s.tag} || '-r-' || i)::cstring), ${s.party}, uuid_in(md5(${s.tag} || '-p-' || i)::cstring),
           ${kind}, ${channel}, 'ACTIVE', 'seed@example.com', '0800000000',
           t, t, t
    FROM generate_series(1, ${s.n}::int) i,
         LATERAL (SELECT ${s.at}::timestamptz + make_interval(secs => (i - 1) * ${step}::float8) AS t) x`.execute(
    db,
  )
}

export interface DecisionSeed {
  n: number
  tag: string
  party: 'person' | 'company'
  channel?: 'online' | 'counter'
  outcome: 'approved' | 'refused'
  /** The first application's start (ISO); row i starts `stepSeconds` × i later. */
  startedAt: string
  stepSeconds?: number
  /** Seconds from start to decision of row i: base + (i mod spread) × spreadStep. */
  tookSeconds: number
  spread?: number
  spreadStepSeconds?: number
  /** The rules a refused decision failed. */
  failed?: string[]
}

/** Decided applications with their decisions (the rule results hold the failed rules). */
export async function seedDecisions(db: Kysely<DB>, s: DecisionSeed): Promise<void> {
  const step = s.stepSeconds ?? 0
  const spread = s.spread ?? 1
  const spreadStep = s.spreadStepSeconds ?? 0
  const results = JSON.stringify([
    { rule: 'seed.passed', passed: true, facts: {} },
    ...(s.failed ?? []).map((rule) => ({ rule, passed: false, facts: {} })),
  ])
  await sql`INSERT INTO applications (id, reference, kind, channel, status, step, created_at, updated_at, decided_at)
    SELECT uuid_in(md5(${s.tag} || '-a-' || i)::cstring), ${s.tag} || '-' || i, ${s.party}, ${s.channel ?? 'online'},
           ${s.outcome}, 'done', st, dt, dt
    FROM generate_series(1, ${s.n}::int) i,
         LATERAL (SELECT ${s.startedAt}::timestamptz + make_interval(secs => (i - 1) * ${step}::float8) AS st) a,
         LATERAL (SELECT st + make_interval(secs => ${s.tookSeconds}::float8 + ((i - 1) % ${spread}::int) * ${spreadStep}::float8) AS dt) b`.execute(
    db,
  )
  await sql`INSERT INTO decisions (id, application_id, rule_set_id, rule_set_version, outcome, results, submit_key, decided_at)
    SELECT uuid_in(md5(${s.tag} || '-d-' || i)::cstring), a.id, 'seed', '1', ${s.outcome}, ${results}::jsonb,
           ${s.tag} || '-k-' || i, a.decided_at
    FROM generate_series(1, ${s.n}::int) i
    JOIN applications a ON a.id = uuid_in(md5(${s.tag} || '-a-' || i)::cstring)`.execute(db)
}

/** Journey events (started, steps, finished) spread over `days` days up to `until` (bench). */
export async function seedJourneyEvents(
  db: Kysely<DB>,
  s: { n: number; until: string; days: number },
): Promise<void> {
  await sql`INSERT INTO journey_events (id, journey_id, journey_kind, event, step, channel, occurred_at, business_date)
    SELECT gen_random_uuid(), uuid_in(md5('je-' || (i / 8))::cstring), CASE WHEN i % 7 = 0 THEN 'company' ELSE 'person' END,
           (ARRAY['started','step','step','step','step','step','step','finished'])[i % 8 + 1],
           (ARRAY['details','confirm-email','verify','your-details','check','done','done','done'])[i % 8 + 1],
           CASE WHEN i % 50 = 0 THEN 'counter' ELSE 'online' END, t, stat_bangkok_day(t)
    FROM generate_series(1, ${s.n}::int) i,
         LATERAL (SELECT ${s.until}::timestamptz - make_interval(secs => (i::float8 / ${s.n}::float8) * ${s.days}::float8 * 86400) AS t) x`.execute(
    db,
  )
}

/**
 * Survey invitations and anonymous responses (version 1's four questions, levels spread over
 * 1–5 and "no opinion"), one month each, spread over `months` months up to `untilMonth` (bench).
 */
export async function seedSurveyResponses(
  db: Kysely<DB>,
  s: { invited: number; answered: number; untilMonth: string; months: number },
): Promise<void> {
  const monthOf = (i: string) =>
    sql`to_char((${`${s.untilMonth}-01`}::date - make_interval(months => (${sql.raw(i)} % ${s.months}::int))), 'YYYY-MM')`
  await sql`INSERT INTO survey_invitations (id, journey_id, token_hash, journey_kind, channel, month, expires_at, used_at)
    SELECT gen_random_uuid(), gen_random_uuid(), sha256(convert_to('bench-inv-' || i, 'UTF8')), 'person', 'online',
           ${monthOf('i')}, now() + interval '30 days', CASE WHEN i <= ${s.answered}::int THEN now() END
    FROM generate_series(1, ${s.invited}::int) i`.execute(db)
  await sql`INSERT INTO survey_responses (id, month, journey_kind, channel, survey_version)
    SELECT uuid_in(md5('bench-resp-' || i)::cstring), ${monthOf('i')}, 'person', 'online', 1
    FROM generate_series(1, ${s.answered}::int) i`.execute(db)
  await sql`INSERT INTO survey_answers (response_id, question, level)
    SELECT uuid_in(md5('bench-resp-' || i)::cstring), q,
           CASE WHEN (i + length(q)) % 23 = 0 THEN NULL ELSE 5 - ((i * 7 + length(q)) % 10) / 3 END
    FROM generate_series(1, ${s.answered}::int) i, unnest(ARRAY['ease', 'clarity', 'speed', 'overall']) q`.execute(
    db,
  )
}
