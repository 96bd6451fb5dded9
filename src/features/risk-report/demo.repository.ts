import { sql, type Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'

// The demo data set's raw records (npm run demo:seed-report), written in bulk with
// generate_series into the same tables, constraints and triggers as the journeys, the survey,
// the staff directory and the campaigns use — no figure is typed: the report computes them.
// Historical registrants have recent activity (no inactivity suspension) and addresses on
// example.invalid; staff have no e-mail (no campaign reminder can reach anyone).

/** Whether the data directory already holds records the demo would add to. */
export async function demoWouldCollide(db: Kysely<DB>): Promise<boolean> {
  const r = await sql<{ n: string }>`SELECT (SELECT count(*) FROM registrations)
      + (SELECT count(*) FROM staff_members) + (SELECT count(*) FROM survey_responses)
      + (SELECT count(*) FROM risk_registers) AS n`.execute(db)
  return Number(r.rows[0]?.n ?? 0) > 0
}

/**
 * `n` registrations of a party through a channel, created evenly from `from` to `to`
 * (instants), keys made from `tag`.
 */
export async function demoRegistrations(
  db: Kysely<DB>,
  s: {
    n: number
    tag: string
    party: 'person' | 'company'
    channel: 'online' | 'counter'
    from: string
    to: string
  },
): Promise<void> {
  const owner =
    s.party === 'person'
      ? sql`INSERT INTO natural_persons (id, national_id_hmac, national_id_hmac_key_id, national_id_enc, national_id_enc_key_id)
          SELECT uuid_in(md5(${s.tag} || '-p-' || i)::cstring), decode(md5(${s.tag} || '-h-' || i), 'hex'), 'demo',
                 decode(md5(${s.tag} || '-e-' || i), 'hex'), 'demo'
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
           'importer_exporter', ${s.channel}, 'ACTIVE', 'demo-' || ${s.tag} || '-' || i || '@example.invalid',
           '0800000000', t, now(), t
    FROM generate_series(1, ${s.n}::int) i,
         LATERAL (SELECT ${s.from}::timestamptz
                  + (${s.to}::timestamptz - ${s.from}::timestamptz) * ((i - 1)::float8 / greatest(${s.n}::int - 1, 1)) AS t) x`.execute(
    db,
  )
}

/** The old channel's rows: one import of `n` historical registrations between two dates. */
export async function demoLegacy(
  db: Kysely<DB>,
  s: { n: number; from: string; to: string; importId: string; officerId: string },
): Promise<void> {
  await sql`INSERT INTO legacy_imports (id, officer_id, file_name, file_sha256, rows_read, rows_added, rows_known)
    VALUES (${s.importId}, ${s.officerId}, 'demo-online-customs-registration.csv', repeat('0', 64), ${s.n}, ${s.n}, 0)`.execute(
    db,
  )
  await sql`INSERT INTO legacy_registrations (key, registered_on, kind, import_id)
    SELECT 'demo-' || lpad(i::text, 6, '0'), (${s.from}::date + ((${s.to}::date - ${s.from}::date) * (i - 1) / greatest(${s.n}::int - 1, 1))),
           'importer_exporter', ${s.importId}
    FROM generate_series(1, ${s.n}::int) i`.execute(db)
}

/**
 * Survey invitations and responses of one month: each response answers the four questions of
 * version 1 at one level; `levels` gives how many responses per level (0 = no opinion).
 */
export async function demoSurvey(
  db: Kysely<DB>,
  s: { month: string; invited: number; levels: Record<0 | 1 | 2 | 3 | 4 | 5, number> },
): Promise<void> {
  const answered = Object.values(s.levels).reduce((a, b) => a + b, 0)
  await sql`INSERT INTO survey_invitations (id, journey_id, token_hash, journey_kind, channel, month, expires_at, used_at)
    SELECT gen_random_uuid(), gen_random_uuid(), sha256(convert_to('demo-inv-' || ${s.month} || '-' || i, 'UTF8')),
           CASE WHEN i % 3 = 0 THEN 'company' ELSE 'person' END, 'online', ${s.month},
           ${`${s.month}-28`}::date + 30, CASE WHEN i <= ${answered}::int THEN ${`${s.month}-28`}::timestamptz END
    FROM generate_series(1, ${s.invited}::int) i`.execute(db)
  let first = 1
  for (const [level, n] of Object.entries(s.levels)) {
    if (n === 0) continue
    await sql`INSERT INTO survey_responses (id, month, journey_kind, channel, survey_version)
      SELECT uuid_in(md5('demo-resp-' || ${s.month} || '-' || i)::cstring), ${s.month},
             CASE WHEN i % 3 = 0 THEN 'company' ELSE 'person' END, 'online', 1
      FROM generate_series(${first}::int, ${first + n - 1}::int) i`.execute(db)
    await sql`INSERT INTO survey_answers (response_id, question, level)
      SELECT uuid_in(md5('demo-resp-' || ${s.month} || '-' || i)::cstring), q, ${level === '0' ? null : Number(level)}::smallint
      FROM generate_series(${first}::int, ${first + n - 1}::int) i, unnest(ARRAY['ease', 'clarity', 'speed', 'overall']) q`.execute(
      db,
    )
    first += n
  }
}

/** The staff directory: a department with `units` customs houses sharing `n` officers. */
export async function demoStaff(db: Kysely<DB>, s: { n: number; units: number }): Promise<void> {
  await sql`INSERT INTO staff_units (code, name_th, name_en, parent_code, kind)
    VALUES ('CUSTOMS', 'กรมศุลกากร', 'Customs Department', NULL, 'department')`.execute(db)
  await sql`INSERT INTO staff_units (code, name_th, name_en, parent_code, kind)
    SELECT 'CH' || lpad(u::text, 3, '0'), 'สำนักงานศุลกากรที่ ' || u, 'Customs house ' || u, 'CUSTOMS', 'customs_house'
    FROM generate_series(1, ${s.units}::int) u`.execute(db)
  await sql`INSERT INTO staff_members (staff_number, title, first_name, last_name, position, unit_code, email, status,
                                       start_date, row_sha256)
    SELECT 'D' || lpad(i::text, 6, '0'), 'คุณ', 'เจ้าหน้าที่' || i, 'ตัวอย่าง', 'นักวิชาการศุลกากร',
           'CH' || lpad((1 + (i % ${s.units}::int))::text, 3, '0'), NULL, 'active', '2015-01-01', md5('demo-staff-' || i)
    FROM generate_series(1, ${s.n}::int) i`.execute(db)
}

/**
 * A campaign launched to the whole department on its first day (the audience frozen then) and
 * the signatures of the first `signed` officers, spread over the window.
 */
export async function demoCampaign(
  db: Kysely<DB>,
  s: {
    id: string
    documentId: string
    sha256: string
    startsOn: string
    endsOn: string
    signed: number
    officerId: string
  },
): Promise<void> {
  await sql`INSERT INTO ethics_campaigns (id, document_id, title_th, title_en, starts_on, ends_on, method_th, method_en,
                                          remind_every_days, remind_days_before_end, launched_by, launched_at)
    VALUES (${s.id}, ${s.documentId}, 'การลงนามรับทราบข้อกำหนดจริยธรรมของกรมศุลกากร พ.ศ. 2566',
            'Acknowledgement of the Customs Code of Ethics 2023', ${s.startsOn}, ${s.endsOn},
            'ลงนามรับทราบผ่านอินทราเน็ต', 'signed on the intranet', NULL, NULL, ${s.officerId}, ${s.startsOn}::timestamptz)`.execute(
    db,
  )
  await sql`INSERT INTO ethics_campaign_units (campaign_id, unit_code) VALUES (${s.id}, 'CUSTOMS')`.execute(
    db,
  )
  await sql`INSERT INTO ethics_campaign_audience (campaign_id, staff_number, unit_code)
    SELECT ${s.id}, staff_number, unit_code FROM staff_members`.execute(db)
  await sql`INSERT INTO ethics_signatures (id, campaign_id, staff_number, signed_at, method, document_id, content_sha256, unit_code)
    SELECT uuid_in(md5('demo-sig-' || m.staff_number)::cstring), ${s.id}, m.staff_number,
           ${s.startsOn}::timestamptz + ((${s.endsOn}::date - ${s.startsOn}::date) * interval '1 day') * (r.n::float8 / ${s.signed}::int),
           'ลงนามรับทราบผ่านอินทราเน็ต', ${s.documentId}, ${s.sha256}, m.unit_code
    FROM (SELECT staff_number, row_number() OVER (ORDER BY staff_number) AS n FROM staff_members) r
    JOIN staff_members m USING (staff_number)
    WHERE r.n <= ${s.signed}::int`.execute(db)
}
