import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { sql } from 'kysely'
import { SERVICE_QUALITY_PATHS } from '../../src/features/back-office/service-quality/paths.js'
import { seedRegistration } from '../../src/features/lifecycle/test-support/seed.repository.js'
import {
  addOfficer,
  signIn,
  type OfficerClient,
} from '../../src/features/officers/test-support/officers.js'
import { surveyResults } from '../../src/features/survey/index.js'
import { answerMany, testSurveyDeps } from '../../src/features/survey/test-support.js'
import type { HelpDeskTables } from '../../src/platform/db/schema/help-desk.js'
import type { SurveyTables } from '../../src/platform/db/schema/survey.js'
import { newId } from '../../src/platform/ids.js'
import { isMovable, type MovableClock } from '../../src/platform/jobs/index.js'
import { createPiiCrypto } from '../../src/platform/pii-crypto.js'
import { businessDate } from '../../src/platform/time.js'
import { buildTestApp, csrfFrom, testConfig } from '../helpers/app.js'
import { createTestDatabase, type TestDatabase } from '../helpers/db.js'
import { Guest } from './help-desk-support.js'

// The survey after a help-desk ticket is resolved and after a registration is reactivated:
// invited once each by the jobs, answered through the same single-use link, and counted apart
// from the registration's satisfaction (public statistics, risk report, officers' default).

let tdb: TestDatabase
let app: FastifyInstance
let clock: MovableClock
let desk: OfficerClient
let quality: OfficerClient
const JOB = 'survey.invite-resolved-and-reactivated'
const ALL_HIGH = { q_ease: '5', q_clarity: '5', q_speed: '5', q_overall: '5' }
const ALL_LOW = { q_ease: '1', q_clarity: '1', q_speed: '2', q_overall: '1' }

const db = () => tdb.database.db.withTables<HelpDeskTables & SurveyTables>()

before(async () => {
  tdb = await createTestDatabase()
  const config = testConfig()
  process.env.DATA_DIR = config.dataDir
  app = await buildTestApp(tdb.database, { config })
  await app.ready()
  assert.ok(isMovable(app.jobs.clock))
  clock = app.jobs.clock
  desk = await signIn(app, await addOfficer(app, tdb.database.db, 'sv.desk', ['help_desk']))
  quality = await signIn(app, await addOfficer(app, tdb.database.db, 'sv.q', ['service_quality']))
  // Five registration answers this month: the public month is shown (not suppressed).
  await answerMany(
    tdb.database.db,
    testSurveyDeps(),
    clock.now(),
    ['ease', 'overall'],
    [
      [5, 4],
      [4, 4],
      [3, 2],
      [5, 5],
      [2, 1],
    ],
  )
  await tick() // the scheduler's first run of each job
})
after(async () => {
  await app.close()
  await tdb.close()
})

/** Ten minutes later: the jobs that fall due run. */
async function tick(): Promise<string[]> {
  clock.advance(11 * 60_000)
  return app.jobs.scheduler.tick()
}

type Mail = { to: string; subject: string; text: string }
async function surveyMails(to: string): Promise<Mail[]> {
  const rows = await tdb.database.db
    .selectFrom('outbox')
    .select('payload')
    .where(sql<boolean>`payload->>'to' = ${to}`)
    .execute()
  return rows
    .map((r) => r.payload as unknown as Mail)
    .filter((p) => /\/survey\/[A-Za-z0-9_-]{43}/.test(p.text))
}
const linkIn = (m: Mail | undefined) =>
  /https?:\/\/[^\s/]+(\/survey\/[A-Za-z0-9_-]{43})/.exec(m?.text ?? '')?.[1]

async function invitationsOf(journeyId: string) {
  return db()
    .selectFrom('survey_invitations')
    .select(['journey_kind', 'channel', 'struggled_step'])
    .where('journey_id', '=', journeyId)
    .execute()
}

/** What the registration's satisfaction reads: the public CSV, the officers' default, the figures. */
async function registrationFigures() {
  const month = businessDate(clock.now()).slice(0, 7)
  const period = { from: `${month}-01`, to: `${month}-28` }
  const csv = (await app.inject({ url: '/statistics/open-data/satisfaction.csv' })).body
  const page = await quality.get(`${SERVICE_QUALITY_PATHS.surveyResults}?lang=en`)
  assert.equal(page.statusCode, 200)
  return {
    csv,
    officersDefault: /data-top-two="true">([^<]+)</.exec(page.body)?.[1],
    answeredDefault: /data-answered="true">([^<]+)</.exec(page.body)?.[1],
    results: await surveyResults(tdb.database.db, period),
  }
}

/** Answers a survey link through the public pages (a fresh browser), returning the status. */
async function answer(link: string, levels: Record<string, string>) {
  const guest = new Guest(app)
  const form = await guest.get(`${link}?lang=en`)
  assert.equal(form.statusCode, 200)
  const sent = await guest.post(link, link, { version: '1', ...levels })
  return { form, sent }
}

describe('the survey after a help-desk ticket is resolved and after a reactivation', () => {
  const reporter = `sv.reporter.${process.pid}@example.com`
  const owner = `sv.owner.${process.pid}@example.com`
  let ticketId = ''
  let reactivationId = ''
  let before: Awaited<ReturnType<typeof registrationFigures>>

  it('invites a resolved ticket once, by its reporter e-mail, and never before it is resolved', async () => {
    before = await registrationFigures()
    const guest = new Guest(app)
    await guest.postHelp('/help/new', {
      category: 'technical',
      subject: 'Cannot upload',
      message: 'The upload page shows an error every time.',
      email: reporter,
    })
    const reference = /data-reference="true">([^<]+)</.exec((await guest.get('/help/sent')).body)
    assert.ok(reference?.[1])
    const ticket = await db()
      .selectFrom('helpdesk_tickets')
      .select('id')
      .where('reference', '=', reference[1])
      .executeTakeFirstOrThrow()
    ticketId = ticket.id
    assert.ok((await tick()).includes(JOB))
    assert.deepEqual(await invitationsOf(ticketId), [], 'an open ticket is not invited')

    const page = await desk.get(`/officer/help-desk/tickets/${ticketId}`)
    const resolved = await desk.post(
      `/officer/help-desk/tickets/${ticketId}`,
      `/officer/help-desk/tickets/${ticketId}/reply`,
      {
        version: /name="version" value="(\d+)"/.exec(page.body)?.[1] ?? '',
        body: 'Fixed: please try again.',
        then: 'resolved',
      },
    )
    assert.equal(resolved.statusCode, 303)
    assert.ok((await tick()).includes(JOB))
    assert.deepEqual(await invitationsOf(ticketId), [
      { journey_kind: 'helpdesk', channel: 'online', struggled_step: null },
    ])
    const mails = await surveyMails(reporter)
    assert.equal(mails.length, 1)
    assert.match(mails[0]?.subject ?? '', /help desk|บริการช่วยเหลือ/)
    // Later runs (and the ticket closing) invite it no more.
    await tick()
    await tick()
    assert.equal((await invitationsOf(ticketId)).length, 1)
    assert.equal((await surveyMails(reporter)).length, 1)
  })

  it('invites a reactivation once, by the registration e-mail; another ACTIVE line is not one', async () => {
    const crypto = createPiiCrypto({
      encryption: { keyId: 't1', value: Buffer.alloc(32, 1) },
      hmac: { keyId: 't1', value: Buffer.alloc(32, 2) },
    })
    const registrationId = await seedRegistration(tdb.database.db, crypto, {
      number: '1101700203451',
      validFrom: new Date(clock.now().getTime() - 400 * 86_400_000),
      email: owner,
    })
    const other = newId()
    reactivationId = newId()
    await tdb.database.db
      .insertInto('registration_status_history')
      .values([
        {
          id: other,
          registration_id: registrationId,
          status: 'ACTIVE',
          reason: 'details-refreshed',
          changed_at: clock.now(),
        },
        {
          id: reactivationId,
          registration_id: registrationId,
          status: 'ACTIVE',
          reason: 'reactivation',
          changed_at: clock.now(),
        },
      ])
      .execute()
    assert.ok((await tick()).includes(JOB))
    assert.deepEqual(await invitationsOf(reactivationId), [
      { journey_kind: 'reactivation', channel: 'online', struggled_step: null },
    ])
    assert.deepEqual(await invitationsOf(other), [])
    assert.deepEqual(await invitationsOf(registrationId), [])
    await tick()
    assert.equal((await invitationsOf(reactivationId)).length, 1)
    const mails = await surveyMails(owner)
    assert.equal(mails.length, 1)
    assert.match(mails[0]?.subject ?? '', /reactivat|ใช้ทะเบียนอีกครั้ง/)
  })

  it('takes each answer once through the same single-use link, anonymously', async () => {
    const helpLink = linkIn((await surveyMails(reporter))[0])
    const reLink = linkIn((await surveyMails(owner))[0])
    assert.ok(helpLink && reLink)
    // A second tab opened the form before the first answer was sent.
    const tab = new Guest(app)
    const tabForm = await tab.get(helpLink)
    const help = await answer(helpLink, ALL_LOW)
    assert.match(help.form.body, /data-survey-kind="helpdesk"/)
    assert.match(help.form.body, /help desk service/)
    assert.equal(help.sent.statusCode, 303)
    const again = await app.inject({
      method: 'POST',
      url: helpLink,
      payload: new URLSearchParams({
        _csrf: csrfFrom(tabForm.body),
        version: '1',
        ...ALL_HIGH,
      }).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: tab.jar.header() },
    })
    assert.equal(again.statusCode, 409, 'already answered')
    assert.equal((await new Guest(app).get(helpLink)).statusCode, 409)
    const re = await answer(reLink, ALL_LOW)
    assert.match(re.form.body, /data-survey-kind="reactivation"/)
    assert.equal(re.sent.statusCode, 303)

    const responses = await db()
      .selectFrom('survey_responses')
      .selectAll()
      .where('journey_kind', 'in', ['helpdesk', 'reactivation'])
      .execute()
    assert.equal(responses.length, 2)
    for (const r of responses) {
      assert.deepEqual(Object.keys(r).sort(), [
        'channel',
        'comment',
        'id',
        'journey_kind',
        'month',
        'struggled_step',
        'survey_version',
      ])
      const text = JSON.stringify(r)
      for (const secret of [ticketId, reactivationId, reporter, owner])
        assert.ok(!text.includes(secret), 'nothing in the response leads back to the journey')
    }
  })

  it('leaves the registration figures unchanged; the officers read the others by choosing them', async () => {
    const now = await registrationFigures()
    assert.equal(now.csv, before.csv, 'the public satisfaction is the registration only')
    assert.match(now.csv, /,false,5,/, 'the month shows its 5 registration answers')
    assert.equal(now.officersDefault, before.officersDefault)
    assert.equal(now.answeredDefault, '5')
    assert.deepEqual(now.results.overall, before.results.overall)
    assert.equal(now.results.invited, 5)
    const month = businessDate(clock.now()).slice(0, 7)
    const period = { from: `${month}-01`, to: `${month}-28` }
    const helpdesk = await surveyResults(tdb.database.db, period, 'helpdesk')
    assert.deepEqual([helpdesk.invited, helpdesk.answered, helpdesk.overall.topTwo], [1, 1, 0])
    const reactivation = await surveyResults(tdb.database.db, period, 'reactivation')
    assert.deepEqual([reactivation.invited, reactivation.answered], [1, 1])
    const all = await surveyResults(tdb.database.db, period, 'all')
    assert.deepEqual([all.invited, all.answered], [7, 7])

    const chosen = await quality.get(`${SERVICE_QUALITY_PATHS.surveyResults}?kind=helpdesk&lang=en`)
    assert.equal(chosen.statusCode, 200)
    assert.match(chosen.body, /data-answered="true">1</)
    assert.match(chosen.body, /data-footnote-kind="helpdesk"/)
    assert.match(chosen.body, /<option value="helpdesk" selected/)
    assert.match(chosen.body, /results\.csv\?from=[0-9-]+&amp;to=[0-9-]+&amp;kind=helpdesk/)
    const csv = await quality.get(
      `${SERVICE_QUALITY_PATHS.surveyResultsCsv}?from=${period.from}&to=${period.to}&kind=helpdesk`,
    )
    assert.match(csv.body, /Journeys counted: Help desk/)
    const plain = await quality.get(`${SERVICE_QUALITY_PATHS.surveyResults}?lang=en`)
    assert.match(plain.body, /data-footnote-kind="registration"/)
  })
})
