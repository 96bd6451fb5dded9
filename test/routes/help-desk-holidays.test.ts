import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import {
  addOfficer,
  signIn,
  type OfficerClient,
} from '../../src/features/officers/test-support/officers.js'
import { businessDate } from '../../src/platform/time.js'
import { buildTestApp, testConfig } from '../helpers/app.js'
import { createTestDatabase, type TestDatabase } from '../helpers/db.js'

// The holiday editor: a year's public holidays listed, added and removed by the help desk's
// configurers (helpdesk.configure), validated, audited, behind CSRF; the SLA calendar is data.

let tdb: TestDatabase
let app: FastifyInstance
let desk: OfficerClient
let integrity: OfficerClient
const PAGE = '/officer/help-desk/settings/holidays'
const REMOVE = '/officer/help-desk/settings/holidays/remove'

before(async () => {
  tdb = await createTestDatabase()
  const config = testConfig()
  process.env.DATA_DIR = config.dataDir
  app = await buildTestApp(tdb.database, { config })
  await app.ready()
  const db = tdb.database.db
  desk = await signIn(app, await addOfficer(app, db, 'hol.desk', ['help_desk']))
  integrity = await signIn(app, await addOfficer(app, db, 'hol.integrity', ['integrity_risk']))
})
after(async () => {
  await app.close()
  await tdb.close()
})

async function holidayRows(year: number) {
  const rows = (await tdb.database.db
    .selectFrom('helpdesk_holidays' as never)
    .selectAll()
    .execute()) as { day: string | Date; name_th: string }[]
  return rows
    .map((r) => ({
      day:
        typeof r.day === 'string' ? r.day : businessDate(new Date(r.day.getTime() + 12 * 3600_000)),
      nameTh: r.name_th,
    }))
    .filter((r) => r.day.startsWith(`${year}-`))
}

async function audits(action: string) {
  return tdb.database.db
    .selectFrom('audit_events')
    .select(['subject_id', 'actor_id', 'data'])
    .where('action', '=', action)
    .execute()
}

/** Next year (the jobs' clock's), so that the day added is still to come whenever this runs. */
const NEXT = new Date().getUTCFullYear() + 1
const DAY = `${NEXT}-09-17`

const listedDays = (html: string) => [...html.matchAll(/<tr data-day="([\d-]+)"/g)].map((m) => m[1])

describe('the holiday editor', () => {
  it('lists a year’s holidays from the table, by Gregorian or Buddhist-Era year, to configurers only', async () => {
    const page = await desk.get(`${PAGE}?year=2027&lang=en`)
    assert.equal(page.statusCode, 200)
    assert.match(page.body, /<h1[^>]*>Public holidays 2027<\/h1>/)
    const rows = await holidayRows(2027)
    assert.ok(rows.length > 0, 'the migration seeds 2027')
    assert.deepEqual(listedDays(page.body), rows.map((r) => r.day).sort())
    assert.match(page.body, new RegExp(`${rows.length} days`))
    const th = await desk.get(`${PAGE}?year=2570&lang=th`)
    assert.match(th.body, /<h1[^>]*>วันหยุดราชการ ปี 2570<\/h1>/)
    assert.deepEqual(listedDays(th.body), listedDays(page.body))
    assert.match(th.body, /href="\/officer\/help-desk\/settings\/holidays\?year=2026"/)
    const empty = await desk.get(`${PAGE}?year=2031&lang=en`)
    assert.match(empty.body, /No holidays of 2031 in the calendar yet/)
    assert.equal((await integrity.get(PAGE)).statusCode, 403)
  })

  it('refuses a bad holiday with every problem next to its field and in the summary, keeping what was typed', async () => {
    const bad = await desk.post(`${PAGE}?lang=en`, `${PAGE}?lang=en`, {
      day: '30/2/2570',
      nameTh: 'Makha Bucha',
      nameEn: 'Makha Bucha วันมาฆบูชา',
      source: 'x',
    })
    assert.equal(bad.statusCode, 400)
    assert.match(bad.body, /data-error-summary/)
    for (const f of ['day', 'nameTh', 'nameEn', 'source'])
      assert.match(bad.body, new RegExp(`href="#${f}"`), `${f} in the summary`)
    assert.match(bad.body, /Enter a real date/)
    assert.match(bad.body, /no Thai letters/)
    assert.match(bad.body, /value="30\/2\/2570"/)
    assert.match(bad.body, /value="Makha Bucha"/)
    const far = await desk.post(`${PAGE}?lang=th`, PAGE, {
      day: '1/1/2700',
      nameTh: 'วันหยุด',
      nameEn: 'Holiday',
      source: 'Test source',
    })
    assert.equal(far.statusCode, 400)
    assert.match(far.body, /ใส่วันที่ระหว่างปี 2543 ถึง 2643/)
  })

  it('adds a holiday (Buddhist-Era date), audited; the same day twice is refused', async () => {
    const form = {
      day: `17/9/${NEXT + 543}`,
      nameTh: 'วันหยุดพิเศษ',
      nameEn: 'Special holiday',
      source: 'Cabinet resolution (test)',
    }
    const added = await desk.post(PAGE, PAGE, form)
    assert.equal(added.statusCode, 303)
    assert.equal(added.headers.location, `${PAGE}?year=${NEXT}&added=${DAY}`)
    assert.ok((await holidayRows(NEXT)).some((r) => r.day === DAY))
    assert.ok((await audits('helpdesk.holiday_added')).some((a) => a.subject_id === DAY))
    const shown = await desk.get(`${added.headers.location as string}&lang=en`)
    assert.match(shown.body, /data-done="added"/)
    assert.ok(listedDays(shown.body).includes(DAY))
    const twice = await desk.post(PAGE, PAGE, form)
    assert.equal(twice.statusCode, 400)
    assert.match(twice.body, /This day is already a holiday/)
    assert.match(twice.body, /value="วันหยุดพิเศษ"/)
  })

  it('removes a coming holiday, audited with what it was; a replay, a past day and a forged form are refused', async () => {
    const at = `${PAGE}?year=${NEXT}`
    const removed = await desk.post(at, REMOVE, { day: DAY })
    assert.equal(removed.statusCode, 303)
    assert.equal(removed.headers.location, `${PAGE}?year=${NEXT}&removed=${DAY}`)
    assert.ok(!(await holidayRows(NEXT)).some((r) => r.day === DAY))
    const audit = (await audits('helpdesk.holiday_removed')).find((a) => a.subject_id === DAY)
    assert.ok(audit)
    assert.equal((audit.data as { nameTh: string }).nameTh, 'วันหยุดพิเศษ')

    const replay = await desk.post(at, REMOVE, { day: DAY })
    assert.equal(replay.statusCode, 409)
    assert.match(replay.body, /data-error-summary/)

    // A day already past stays: the SLA clocks have counted it (no remove button either).
    const past = (await holidayRows(2026))[0]
    assert.ok(past && past.day < businessDate(app.jobs.clock.now()))
    const pastPage = await desk.get(`${PAGE}?year=2026`)
    assert.ok(!pastPage.body.includes(`name="day" value="${past.day}"`))
    const refused = await desk.post(`${PAGE}?year=2026`, REMOVE, { day: past.day })
    assert.equal(refused.statusCode, 400)
    assert.match(refused.body, /A holiday already past cannot be removed/)
    assert.ok((await holidayRows(2026)).some((r) => r.day === past.day))

    const coming = (await holidayRows(2027)).at(-1)
    assert.ok(coming)
    const forged = await desk.postWithToken(REMOVE, { _csrf: 'forged', day: coming.day })
    assert.equal(forged.statusCode, 403)
    assert.ok((await holidayRows(2027)).some((r) => r.day === coming.day))
    assert.ok((await audits('security.csrf_refused')).length > 0)
    const token = /name="_csrf" value="([^"]+)"/.exec((await integrity.get('/officer')).body)?.[1]
    const outsider = await integrity.postWithToken(REMOVE, { _csrf: token ?? '', day: coming.day })
    assert.equal(outsider.statusCode, 403)
    assert.ok((await holidayRows(2027)).some((r) => r.day === coming.day))
  })
})
