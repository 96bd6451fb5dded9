import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { OFFICER_PATHS } from '../../src/features/back-office/index.js'
import { ETHICS_PATHS } from '../../src/features/back-office/ethics/paths.js'
import {
  sampleStaffCsv,
  sampleUnitsCsv,
  staffNumber,
  staffRow,
  STAFF_HEADER,
  uploadCsv,
  UNITS_HEADER,
} from '../../src/features/ethics/test-support/directory-files.js'
import {
  addOfficer,
  signIn,
  type OfficerClient,
} from '../../src/features/officers/test-support/officers.js'
import type { EthicsTables } from '../../src/platform/db/schema.js'
import { buildTestApp } from '../helpers/app.js'
import { createTestDatabase, type TestDatabase } from '../helpers/db.js'

let tdb: TestDatabase
let app: FastifyInstance
let integrity: OfficerClient
let helpDesk: OfficerClient

const db = () => tdb.database.db.withTables<EthicsTables>()
const count = async (table: 'staff_members' | 'staff_member_history' | 'staff_units') =>
  Number(
    (
      await db()
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  )
const upload = (action: string, field: string, csv: string, client = integrity) =>
  uploadCsv(
    app,
    client,
    client === integrity ? ETHICS_PATHS.directory : OFFICER_PATHS.home,
    action,
    field,
    csv,
  )

before(async () => {
  tdb = await createTestDatabase()
  app = await buildTestApp(tdb.database)
  await app.ready()
  integrity = await signIn(
    app,
    await addOfficer(app, tdb.database.db, 'dir.integrity', ['integrity_risk']),
  )
  helpDesk = await signIn(
    app,
    await addOfficer(app, tdb.database.db, 'dir.helpdesk', ['help_desk']),
  )
})
after(async () => {
  await app.close()
  await tdb.close()
})

describe('the staff directory import', () => {
  it('imports the units tree, then the officers, and the same files again change nothing', async () => {
    const units = await upload(ETHICS_PATHS.importUnits, 'unitsFile', sampleUnitsCsv())
    assert.equal(units.statusCode, 200, units.body.slice(0, 400))
    assert.match(units.body, /data-imported="units"/)
    assert.equal(await count('staff_units'), 9)
    const staff = await upload(ETHICS_PATHS.importStaff, 'staffFile', sampleStaffCsv(40))
    assert.equal(staff.statusCode, 200)
    assert.match(staff.body, /data-imported="staff"/)
    assert.equal(await count('staff_members'), 40)
    assert.equal(await count('staff_member_history'), 40, 'forty joined')
    const history = await count('staff_member_history')
    const again = await upload(ETHICS_PATHS.importStaff, 'staffFile', sampleStaffCsv(40))
    assert.equal(again.statusCode, 200)
    assert.match(again.body, /40 แถว เพิ่ม 0 เปลี่ยน 0 \(ย้ายหน่วย 0, พ้นสภาพ 0\) ไม่เปลี่ยน 40/)
    assert.equal(await count('staff_member_history'), history, 'no history from the same file')
    const unitsAgain = await upload(ETHICS_PATHS.importUnits, 'unitsFile', sampleUnitsCsv())
    assert.match(unitsAgain.body, /เพิ่ม 0 เปลี่ยน 0/)
    const page = await integrity.get(ETHICS_PATHS.directory)
    assert.match(page.body, /data-unit="DG"/)
    assert.match(page.body, /data-unit="B2-H1"/)
  })

  it('keeps moves and leavers in the history, and leavers in the directory', async () => {
    const csv = sampleStaffCsv(40, (i) =>
      i === 1
        ? staffRow(1, { unit: 'B3-O1' })
        : i === 2
          ? staffRow(2, { status: 'left' })
          : staffRow(i),
    )
    const res = await upload(ETHICS_PATHS.importStaff, 'staffFile', csv)
    assert.equal(res.statusCode, 200)
    assert.match(res.body, /ย้ายหน่วย 1, พ้นสภาพ 1/)
    const changes = await db()
      .selectFrom('staff_member_history')
      .select(['staff_number', 'change', 'unit_from', 'unit_to'])
      .where('change', 'in', ['moved', 'left'])
      .orderBy('staff_number')
      .execute()
    assert.deepEqual(changes, [
      { staff_number: staffNumber(1), change: 'moved', unit_from: 'B1-O1', unit_to: 'B3-O1' },
      { staff_number: staffNumber(2), change: 'left', unit_from: 'B1-O2', unit_to: 'B1-O2' },
    ])
    const leaver = await db()
      .selectFrom('staff_members')
      .select('status')
      .where('staff_number', '=', staffNumber(2))
      .executeTakeFirstOrThrow()
    assert.equal(leaver.status, 'left')
  })

  it('reports every bad row with its line and imports nothing of such a file', async () => {
    const before = await count('staff_members')
    const csv = [
      STAFF_HEADER,
      staffRow(901),
      staffRow(902, { unit: 'NOPE' }),
      '"S000903",นาย,"สมศักดิ์, ""ใหม่""",ใจงาม,นักวิชาการ,B1-O1,B1-O1,x@customs.example,active,2026-02-30',
      staffRow(901),
      staffRow(905, { status: 'retired', email: 'not-an-address' }),
    ].join('\r\n')
    const res = await upload(ETHICS_PATHS.importStaff, 'staffFile', csv)
    assert.equal(res.statusCode, 400)
    assert.match(res.body, /ข้อผิดพลาด/)
    const lines = [...res.body.matchAll(/data-line="(\d+)"/g)].map((m) => Number(m[1]))
    assert.deepEqual(lines, [3, 4, 5, 6, 6])
    assert.equal(await count('staff_members'), before, 'nothing imported')
  })

  it('refuses a units file whose parents are unknown or loop, naming the lines', async () => {
    const csv = [
      UNITS_HEADER,
      'X1,หน่วยหนึ่ง,One,X2,office',
      'X2,หน่วยสอง,Two,X1,office',
      'X3,สาม,Three,ZZ,office',
    ].join('\n')
    const res = await upload(ETHICS_PATHS.importUnits, 'unitsFile', csv)
    assert.equal(res.statusCode, 400)
    const lines = [...res.body.matchAll(/data-line="(\d+)"/g)].map((m) => Number(m[1]))
    assert.deepEqual(lines, [2, 3, 4])
    assert.equal(await count('staff_units'), 9)
  })

  it('asks for a file when none was chosen, and refuses an officer without ethics.directory', async () => {
    const none = await upload(ETHICS_PATHS.importStaff, 'staffFile', '')
    assert.equal(none.statusCode, 400)
    assert.match(none.body, /เลือกไฟล์ CSV/)
    const refused = await helpDesk.get(ETHICS_PATHS.directory)
    assert.equal(refused.statusCode, 403)
    const post = await upload(ETHICS_PATHS.importStaff, 'staffFile', sampleStaffCsv(1), helpDesk)
    assert.equal(post.statusCode, 403)
  })
})
