import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { sql } from 'kysely'
import { surveyResults } from '../../src/features/survey/index.js'
import { isMovable } from '../../src/platform/jobs/index.js'
import { businessDate } from '../../src/platform/time.js'
import { csrfFrom } from '../helpers/app.js'
import {
  approveOnPhone,
  bindingCodeFrom,
  Desktop,
  finishOnPhone,
  handleFrom,
  idFactory,
  journeyApp,
  lastCode,
} from '../helpers/journey.js'
import type { TestDatabase } from '../helpers/db.js'

const PATH = '/register/person'
let env: Awaited<ReturnType<typeof journeyApp>>
let app: FastifyInstance
let tdb: TestDatabase
const freshId = idFactory('5')
const thisMonth = businessDate(new Date()).slice(0, 7)
const period = { from: `${thisMonth}-01`, to: `${thisMonth}-28` }

/** The person journey to its submit; `stumble` first sends the details form with a bad ID. */
async function register(email: string, stumble = false): Promise<Desktop> {
  const nationalId = freshId()
  const d = new Desktop(app)
  await d.post(PATH, PATH, { accept: 'yes' })
  if (stumble) {
    const bad = await d.post(`${PATH}/details`, `${PATH}/details`, {
      nationalId: '1234567890123',
      email,
      mobile: '0812345678',
    })
    assert.equal(bad.statusCode, 400)
  }
  await d.post(`${PATH}/details`, `${PATH}/details`, { nationalId, email, mobile: '0812345678' })
  await d.post(`${PATH}/confirm-email`, `${PATH}/confirm-email`, {
    code: await lastCode(tdb.database, email),
  })
  await d.post(`${PATH}/verify`, `${PATH}/verify/start`, {})
  const waiting = await d.get(`${PATH}/verify`)
  const handle = handleFrom(waiting.body)
  const callback = await approveOnPhone(app, env.config.idp.issuer, handle, {
    national_id: nationalId,
  })
  assert.ok(callback)
  await finishOnPhone(app, callback, bindingCodeFrom(waiting.body))
  await d.get(`/ekyc/continue/${handle}`)
  await d.post(`${PATH}/your-details`, `${PATH}/your-details`, {
    mailingSame: 'yes',
    action: 'save',
  })
  const check = await d.get(`${PATH}/check`)
  const submitKey = /name="submitKey" value="([^"]+)"/.exec(check.body)?.[1] ?? ''
  const submit = await d.postWithToken(`${PATH}/submit`, { _csrf: csrfFrom(check.body), submitKey })
  assert.equal(submit.headers.location, `${PATH}/done`)
  return d
}

/** The survey link in the newest invitation e-mail to this address. */
async function mailedLink(to: string): Promise<string | undefined> {
  const rows = await tdb.database.db
    .selectFrom('outbox')
    .select('payload')
    .where(sql<boolean>`payload->>'to' = ${to}`)
    .execute()
  for (const r of rows) {
    const m = /https?:\/\/[^\s/]+(\/survey\/[A-Za-z0-9_-]{43})/.exec(String(r.payload.text))
    if (m?.[1]) return m[1]
  }
  return undefined
}

const ALL_HIGH = { q_ease: '5', q_clarity: '4', q_speed: '5', q_overall: '4' }

before(async () => {
  env = await journeyApp()
  app = env.app
  tdb = env.tdb
})
after(async () => env.close())

describe('the satisfaction survey after a finished journey', () => {
  it('invites on the done page and by e-mail; the answer is counted once, a second is refused', async () => {
    const email = `survey.one.${process.pid}@example.com`
    const d = await register(email)
    const before = await surveyResults(tdb.database.db, period)
    const done = await d.get(`${PATH}/done`)
    const link = /data-survey-invitation[\s\S]*?href="(\/survey\/[A-Za-z0-9_-]{43})"/.exec(
      done.body,
    )?.[1]
    assert.ok(link, 'the done page links to the survey')
    assert.equal(await mailedLink(email), link, 'the e-mail carries the same link')
    await d.get(`${PATH}/done`)
    const mails = await tdb.database.db
      .selectFrom('outbox')
      .select('id')
      .where(sql<boolean>`payload->>'to' = ${email} AND payload->>'text' LIKE '%/survey/%'`)
      .execute()
    assert.equal(mails.length, 1, 'one invitation however often the done page is seen')

    const respondent = new Desktop(app)
    const form = await respondent.get(link)
    assert.equal(form.statusCode, 200)
    assert.match(
      form.body,
      /มากที่สุด[\s\S]*มาก[\s\S]*ปานกลาง[\s\S]*น้อย[\s\S]*น้อยที่สุด[\s\S]*ไม่มีความเห็น/,
    )
    assert.doesNotMatch(form.body, /data-step-question/, 'a smooth journey gets no step question')

    const empty = await respondent.postWithToken(link, { _csrf: csrfFrom(form.body), version: '1' })
    assert.equal(empty.statusCode, 400)
    assert.match(empty.body, /<title>ข้อผิดพลาด:/)
    assert.match(empty.body, /href="#q_ease">เลือกระดับสำหรับข้อนี้/)

    const sent = await respondent.postWithToken(link, {
      _csrf: csrfFrom(form.body),
      version: '1',
      ...ALL_HIGH,
      q_overall: 'none',
      comment: 'ดีมาก ติดต่อ 081-234-5678 หรือ a.b@example.com เลข 1101700230705',
    })
    assert.equal(sent.statusCode, 303, sent.body.slice(0, 500))
    assert.equal(sent.headers.location, '/survey/thanks')
    const after = await surveyResults(tdb.database.db, period)
    assert.equal(after.answered, before.answered + 1)
    assert.equal(after.invited, before.invited + 1)
    const ease = after.questions.find((q) => q.id === 'ease')
    assert.equal(ease?.figures.counts.levels[5], 1)
    assert.equal(after.questions.find((q) => q.id === 'overall')?.figures.counts.noOpinion, 1)

    const again = await respondent.postWithToken(link, {
      _csrf: csrfFrom(form.body),
      version: '1',
      ...ALL_HIGH,
    })
    assert.equal(again.statusCode, 409)
    assert.match(again.body, /ตอบแบบสำรวจนี้แล้ว/)
    assert.equal((await surveyResults(tdb.database.db, period)).answered, after.answered)
    assert.equal((await respondent.get(link)).statusCode, 409)
    assert.doesNotMatch((await d.get(`${PATH}/done`)).body, /data-survey-invitation/)
  })

  it('keeps nothing in a response that leads back to the invitation or the person', async () => {
    const rows = await tdb.database.db
      .selectFrom('survey_responses' as never)
      .selectAll()
      .execute()
    const row = rows[0] as Record<string, unknown>
    assert.deepEqual(Object.keys(row).sort(), [
      'channel',
      'comment',
      'id',
      'journey_kind',
      'month',
      'struggled_step',
      'survey_version',
    ])
    assert.match(String(row.id), /^[0-9a-f]{8}-[0-9a-f]{4}-4/, 'a random (v4) id, not time-ordered')
    assert.equal(row.comment, 'ดีมาก ติดต่อ [โทรศัพท์/phone] หรือ [อีเมล/e-mail] เลข [เลขประจำตัว/ID]')
    const used = await tdb.database.db
      .selectFrom('audit_events')
      .select(['subject_type', 'data'])
      .where('action', '=', 'survey.invitation_used')
      .execute()
    assert.equal(used.length, 1)
    assert.equal(used[0]?.subject_type, 'survey_invitation')
    assert.ok(!JSON.stringify(used).includes(String(row.id)), 'no audit row names the response')
  })

  it('asks a journey that stumbled on a step how easy that step was, and counts it per step', async () => {
    const email = `survey.stumble.${process.pid}@example.com`
    const d = await register(email, true)
    const done = await d.get(`${PATH}/done`)
    const link = /href="(\/survey\/[A-Za-z0-9_-]{43})"/.exec(done.body)?.[1]
    assert.ok(link)
    const respondent = new Desktop(app)
    const form = await respondent.get(link)
    assert.match(form.body, /data-step-question="details"/)
    assert.match(form.body, /ขั้นตอน &quot;ข้อมูลผู้ลงทะเบียน&quot; ใช้งานง่ายเพียงใด/)
    const missing = await respondent.postWithToken(link, {
      _csrf: csrfFrom(form.body),
      version: '1',
      ...ALL_HIGH,
    })
    assert.equal(missing.statusCode, 400)
    assert.match(missing.body, /href="#q_step"/)
    const sent = await respondent.postWithToken(link, {
      _csrf: csrfFrom(form.body),
      version: '1',
      ...ALL_HIGH,
      q_step: '2',
    })
    assert.equal(sent.statusCode, 303)
    const results = await surveyResults(tdb.database.db, period)
    const details = results.steps.find((s) => s.step === 'details')
    assert.equal(details?.figures.counts.levels[2], 1)
  })

  it('refuses a forged answer (audited), and says so for an unknown link', async () => {
    const email = `survey.forged.${process.pid}@example.com`
    const d = await register(email)
    const link = /href="(\/survey\/[A-Za-z0-9_-]{43})"/.exec(
      (await d.get(`${PATH}/done`)).body,
    )?.[1]
    assert.ok(link)
    const respondent = new Desktop(app)
    const form = await respondent.get(link)
    const forged = await respondent.postWithToken(link, {
      _csrf: csrfFrom(form.body),
      version: '1',
      ...ALL_HIGH,
      q_ease: '9',
    })
    assert.equal(forged.statusCode, 400)
    const audit = await tdb.database.db
      .selectFrom('audit_events')
      .select('outcome')
      .where('action', '=', 'survey.forged_refused')
      .execute()
    assert.deepEqual(audit, [{ outcome: 'refused' }])
    assert.equal((await respondent.get(`/survey/${'x'.repeat(43)}`)).statusCode, 404)
    assert.equal((await respondent.get('/survey/short')).statusCode, 404)
  })

  it('invites a decided journey whose done page was never seen, from the jobs', async () => {
    const email = `survey.job.${process.pid}@example.com`
    await register(email)
    assert.equal(await mailedLink(email), undefined)
    await app.jobs.scheduler.tick()
    const clock = app.jobs.clock
    assert.ok(isMovable(clock))
    clock.advance(11 * 60_000)
    const ran = await app.jobs.scheduler.tick()
    assert.ok(ran.includes('survey.invite-decided'))
    assert.ok(await mailedLink(email), 'the invitation is e-mailed')
  })
})
