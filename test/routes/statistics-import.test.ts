import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { sql } from 'kysely'
import { STATISTICS_OFFICER_PATHS } from '../../src/features/back-office/statistics/paths.js'
import {
  addOfficer,
  signIn,
  type OfficerClient,
} from '../../src/features/officers/test-support/officers.js'
import { STATISTICS_PATHS } from '../../src/features/statistics/index.js'
import { buildTestApp, csrfFrom } from '../helpers/app.js'
import { createTestDatabase, type TestDatabase } from '../helpers/db.js'

// The old channel's CSV import: accepted whole, refused whole with every bad line named, and the
// same file a second time adds nothing; the public figures count what it added.

let tdb: TestDatabase
let app: FastifyInstance
let quality: OfficerClient
let registry: OfficerClient
const path = STATISTICS_OFFICER_PATHS.import
const k = `k${process.pid}`

before(async () => {
  tdb = await createTestDatabase()
  app = await buildTestApp(tdb.database)
  await app.ready()
  quality = await signIn(
    app,
    await addOfficer(app, tdb.database.db, 'stat.import', ['service_quality']),
  )
  registry = await signIn(
    app,
    await addOfficer(app, tdb.database.db, 'stat.registry', ['registry_officer']),
  )
})
after(async () => {
  await app.close()
  await tdb.close()
})

/** Posts the file from the import page, with that page's CSRF token, as a browser would. */
async function upload(
  client: OfficerClient,
  file: string | Buffer | null,
  name = 'old.csv',
  token?: string,
) {
  const page = await client.get(path)
  const csrf = token ?? csrfFrom(page.body)
  const boundary = `----ctp${Math.random().toString(16).slice(2)}`
  const text = (t: string) => Buffer.from(t, 'utf8')
  const parts = [
    text(`--${boundary}\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${csrf}\r\n`),
    ...(file === null
      ? []
      : [
          text(
            `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: text/csv\r\n\r\n`,
          ),
          typeof file === 'string' ? text(file) : file,
          text('\r\n'),
        ]),
    text(`--${boundary}--\r\n`),
  ]
  const res = await app.inject({
    method: 'POST',
    url: path,
    payload: Buffer.concat(parts),
    headers: {
      'content-type': `multipart/form-data; boundary=${boundary}`,
      cookie: client.jar.header(),
    },
  })
  client.jar.take(res)
  return res
}

const legacyCount = async () =>
  Number(
    (
      await sql<{ n: string }>`SELECT count(*) AS n FROM legacy_registrations`.execute(
        tdb.database.db,
      )
    ).rows[0]?.n,
  )

const good = [
  'date,type,key',
  `2022-12-30,importer_exporter,${k}-0001`,
  `31/12/2565,importer_exporter,${k}-0002`,
  `"2022-12-31","customs_broker","${k}-0003"`,
  '',
  `1/1/2023,ผู้นำเข้า/ส่งออก,${k}-0004`,
].join('\r\n')

describe('the old channel import', () => {
  it('imports a good file whole, and the public figures count it as the old channel', async () => {
    const res = await upload(quality, good)
    assert.equal(res.statusCode, 303, res.body)
    const done = await quality.get(res.headers.location as string)
    assert.match(done.body, /นำเข้าแล้ว: อ่าน 4 บรรทัด เพิ่ม 4 รายการ มีอยู่แล้ว 0 รายการ/)
    assert.equal(await legacyCount(), 4)
    const s = await app.inject({
      method: 'GET',
      url: `${STATISTICS_PATHS.summaryJson}?from=2022-12-01&to=2023-01-31`,
    })
    assert.equal(
      s.json<{ registrations_in_range: { legacy: number } }>().registrations_in_range.legacy,
      4,
    )
    const csv = await app.inject({
      method: 'GET',
      url: `${STATISTICS_PATHS.registrationsCsv}?from=2022-12-31&to=2022-12-31`,
    })
    assert.match(csv.body, /2022-12-31,unknown,customs_broker,legacy,1/)
    assert.match(csv.body, /2022-12-31,unknown,importer_exporter,legacy,1/)
    const audit = await sql<{ outcome: string; data: { rows_added: number } }>`
      SELECT outcome, data FROM audit_events WHERE action = 'statistics.legacy_import'
      ORDER BY seq DESC LIMIT 1`.execute(tdb.database.db)
    assert.equal(audit.rows[0]?.outcome, 'ok')
    assert.equal(audit.rows[0]?.data.rows_added, 4)
  })

  it('adds nothing when the same file is imported again', async () => {
    const res = await upload(quality, good)
    assert.equal(res.statusCode, 303)
    const done = await quality.get(`${res.headers.location as string}&lang=en`)
    assert.match(done.body, /Imported: 4 lines read, 0 added, 4 already there/)
    assert.equal(await legacyCount(), 4)
  })

  it('refuses a file with bad lines, naming each line and why, and imports none of it', async () => {
    const bad = [
      'date,type,key',
      `2023-01-02,importer_exporter,${k}-0100`,
      `2023-02-30,importer_exporter,${k}-0101`,
      `2023-01-02,exporter,${k}-0102`,
      '2023-01-02,importer_exporter,3101700123457',
      `2023-01-02,importer_exporter,${k}-0100`,
      `2023-01-02,importer_exporter`,
      `2099-01-01,customs_broker,${k}-0103`,
      `2023-01-05,customs_broker,${k}-0001`,
      `2023-01-02,importer_exporter,"${k}-0104`,
      `2023-01-02,importer_exporter,a@b.example`,
    ].join('\n')
    const res = await upload(quality, bad, 'bad.csv')
    assert.equal(res.statusCode, 400)
    assert.match(res.body, /<title>Error: /)
    assert.match(res.body, /href="#file">The file has 9 wrong lines\. Nothing was imported/)
    const rows = [...res.body.matchAll(/<tr><td>(\d+)<\/td><td>([^<]+)<\/td><\/tr>/g)].map((m) => [
      Number(m[1]),
      m[2],
    ])
    assert.deepEqual(rows, [
      [3, 'Not a valid date'],
      [4, 'type must be importer_exporter or customs_broker'],
      [5, 'key looks like a national ID: a pseudonymous key is needed (not stored)'],
      [6, 'key repeats line 2'],
      [7, 'Needs 3 fields (date, type, key); found 2'],
      [8, 'The date is in the future'],
      [9, 'key already imported with another date or type (2022-12-30)'],
      [10, 'A quotation mark is not closed'],
      [11, 'key must be 6–64 characters A–Z a–z 0–9 _ -'],
    ])
    assert.doesNotMatch(res.body, /3101700123457/, 'a national ID is never shown back')
    assert.equal(await legacyCount(), 4)
    const audit = await sql<{ outcome: string }>`
      SELECT outcome FROM audit_events WHERE action = 'statistics.legacy_import'
      ORDER BY seq DESC LIMIT 1`.execute(tdb.database.db)
    assert.equal(audit.rows[0]?.outcome, 'refused')
  })

  it('asks for a file, and refuses a wrong header, a file that is not UTF-8 and a forged token', async () => {
    const none = await upload(quality, null)
    assert.equal(none.statusCode, 400)
    assert.match(none.body, /href="#file">Choose the CSV file to import/)
    const header = await upload(quality, 'day,kind,id\n2023-01-01,importer_exporter,abcdef')
    assert.match(header.body, /<tr><td>1<\/td><td>The first line must be date,type,key<\/td><\/tr>/)
    const latin1 = Buffer.from(
      'date,type,key\n2023-01-01,importer_exporter,caf\xe9\xe9\xe9',
      'latin1',
    )
    const notUtf8 = await upload(quality, latin1)
    assert.equal(notUtf8.statusCode, 400)
    assert.match(notUtf8.body, /<tr><td>1<\/td><td>The file is not UTF-8 text<\/td><\/tr>/)
    const forged = await upload(quality, good, 'old.csv', 'not-the-token')
    assert.equal(forged.statusCode, 403)
    assert.equal(await legacyCount(), 4)
  })

  it('is only for officers with statistics.import: refused and audited for others, not in their menu', async () => {
    const page = await registry.get(path)
    assert.equal(page.statusCode, 403)
    const refusal = await sql<{ n: string }>`
      SELECT count(*) AS n FROM audit_events
      WHERE action = 'officer.access_refused' AND data ->> 'permission' = 'statistics.import'`.execute(
      tdb.database.db,
    )
    assert.ok(Number(refusal.rows[0]?.n) >= 1)
    const home = await registry.get('/officer')
    assert.doesNotMatch(home.body, new RegExp(path))
    const mine = await quality.get('/officer')
    assert.match(mine.body, new RegExp(`href="${path}"`))
  })
})
