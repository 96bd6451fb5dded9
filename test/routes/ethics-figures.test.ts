import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { sql } from 'kysely'
import { ETHICS_PATHS } from '../../src/features/back-office/ethics/paths.js'
import { campaignFigures } from '../../src/features/ethics/index.js'
import {
  sampleStaffCsv,
  sampleUnitsCsv,
  uploadCsv,
} from '../../src/features/ethics/test-support/directory-files.js'
import {
  addOfficer,
  signIn,
  type OfficerClient,
} from '../../src/features/officers/test-support/officers.js'
import { figuresRounding, writeSetting } from '../../src/features/settings/index.js'
import { businessDate } from '../../src/platform/time.js'
import { buildTestApp } from '../helpers/app.js'
import { createTestDatabase, type TestDatabase } from '../helpers/db.js'

let tdb: TestDatabase
let app: FastifyInstance
let integrity: OfficerClient
let officerId = ''

before(async () => {
  tdb = await createTestDatabase()
  app = await buildTestApp(tdb.database)
  await app.ready()
  const officer = await addOfficer(app, tdb.database.db, 'fig.integrity', ['integrity_risk'])
  officerId = officer.id
  integrity = await signIn(app, officer)
})
after(async () => {
  await app.close()
  await tdb.close()
})

describe("the seed's figures from the records", () => {
  it('imports 6,229 officers, and 5,963 signatures give 95.72 % truncated, 95.73 % rounded', async () => {
    const page = ETHICS_PATHS.directory
    await uploadCsv(app, integrity, page, ETHICS_PATHS.importUnits, 'unitsFile', sampleUnitsCsv())
    const res = await uploadCsv(
      app,
      integrity,
      page,
      ETHICS_PATHS.importStaff,
      'staffFile',
      sampleStaffCsv(6229),
    )
    assert.equal(res.statusCode, 200)
    assert.match(res.body, /6,229 แถว เพิ่ม 6,229/)
    // How fast is measured in `npm run bench`, never asserted here: these machines are shared.
    const code = await integrity.post(ETHICS_PATHS.codes, ETHICS_PATHS.codes, {
      titleTh: 'ประมวลจริยธรรมข้าราชการกรมศุลกากร พ.ศ. 2565',
      titleEn: 'Customs Code of Ethics B.E. 2565',
      effectiveOn: '2022-12-23',
      bodyTh: 'ข้าราชการกรมศุลกากรพึงยึดมั่นในความซื่อสัตย์สุจริตและประโยชน์ของทางราชการ',
      bodyEn: 'Customs officers shall act with integrity and in the public interest.',
    })
    assert.equal(code.statusCode, 303)
    const doc = await tdb.database.db
      .selectFrom('documents')
      .select(['id', 'content_sha256'])
      .where('kind', '=', 'ethics_code')
      .executeTakeFirstOrThrow()
    const today = businessDate(app.jobs.clock.now())
    const launched = await integrity.post(ETHICS_PATHS.newCampaign, ETHICS_PATHS.newCampaign, {
      documentId: doc.id,
      titleTh: 'รับทราบประมวลจริยธรรม',
      titleEn: 'Acknowledge the code',
      startsOn: today,
      endsOn: today,
      methodTh: 'รับทราบและถือปฏิบัติ',
      methodEn: 'acknowledge and will comply',
      units: 'DG',
      confirm: 'yes',
    })
    assert.equal(launched.statusCode, 303, launched.body.slice(0, 300))
    const id = String(launched.headers.location).split('/').pop() ?? ''
    // 5,963 of the snapshot sign (the first by staff number), straight into the table.
    await sql`
      INSERT INTO ethics_signatures (id, campaign_id, staff_number, signed_at, method, document_id, content_sha256, unit_code)
      SELECT gen_random_uuid(), a.campaign_id, a.staff_number, now(), 'รับทราบและถือปฏิบัติ', ${doc.id}, ${doc.content_sha256}, a.unit_code
      FROM (SELECT * FROM ethics_campaign_audience WHERE campaign_id = ${id} ORDER BY staff_number LIMIT 5963) a`.execute(
      tdb.database.db,
    )
    const truncated = await campaignFigures(tdb.database.db, id)
    assert.equal(truncated.overall.eligible, 6229)
    assert.equal(truncated.overall.signed, 5963)
    assert.equal(truncated.overall.percent, 95.72)
    assert.equal(truncated.units[0]?.code, 'DG')
    assert.equal(truncated.units[0]?.eligible, 6229)
    const shown = await integrity.get(ETHICS_PATHS.campaign(id))
    assert.match(shown.body, /ลงนามแล้ว 5,963 จาก 6,229 คน คิดเป็นร้อยละ 95.72/)
    await writeSetting(tdb.database.db, figuresRounding, 'round', {
      officerId,
      reason: 'ทดสอบการปัดเศษ',
    })
    assert.equal((await campaignFigures(tdb.database.db, id)).overall.percent, 95.73)
  })
})
