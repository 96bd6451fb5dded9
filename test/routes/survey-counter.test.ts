import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { sql } from 'kysely'
import { OFFICER_PATHS } from '../../src/features/back-office/index.js'
import {
  addOfficer,
  signIn,
  type OfficerClient,
} from '../../src/features/officers/test-support/officers.js'
import { formatThaiId } from '../../src/platform/thai-id.js'
import { buildTestApp } from '../helpers/app.js'
import { createTestDatabase, type TestDatabase } from '../helpers/db.js'
import { Desktop, idFactory } from '../helpers/journey.js'
import { csrfFrom } from '../helpers/app.js'

let tdb: TestDatabase
let app: FastifyInstance
let maker: OfficerClient
let checker: OfficerClient
const freshId = idFactory('8')
const email = `survey.counter.${process.pid}@example.com`

before(async () => {
  tdb = await createTestDatabase()
  app = await buildTestApp(tdb.database)
  await app.ready()
  maker = await signIn(
    app,
    await addOfficer(app, tdb.database.db, 'sqc.maker', ['registry_officer']),
  )
  checker = await signIn(
    app,
    await addOfficer(app, tdb.database.db, 'sqc.checker', ['registry_officer']),
  )
})
after(async () => {
  await app.close()
  await tdb.close()
})

describe('the survey after a counter registration', () => {
  it('invites the person by e-mail when the second officer confirms, and counts the answer as counter', async () => {
    const entered = await maker.post(OFFICER_PATHS.newCounter, OFFICER_PATHS.newCounter, {
      nationalId: formatThaiId(freshId()),
      titleTh: 'นาย',
      firstNameTh: 'สำรวจ',
      middleNameTh: '',
      lastNameTh: 'เคาน์เตอร์',
      titleEn: 'Mr.',
      firstNameEn: 'Samruat',
      middleNameEn: '',
      lastNameEn: 'Counter',
      birthDate: '1/1/2520',
      houseNo: '1',
      moo: '',
      soi: '',
      road: 'เจริญกรุง',
      subdistrict: 'แขวงบางรัก',
      postcode: '10500',
      email,
      mobile: '081-234-5678',
      documents: ['id_card', 'house_registration'],
      ekycReason: 'no_smartphone',
      seen: 'yes',
    })
    assert.equal(entered.statusCode, 303, entered.body.slice(0, 500))
    const id = /\/officer\/counter\/([0-9a-f-]{36})/.exec(String(entered.headers.location))?.[1]
    assert.ok(id)
    const done = await checker.post(
      OFFICER_PATHS.counterEntry(id),
      OFFICER_PATHS.confirmCounter(id),
      {
        matches: 'yes',
      },
    )
    assert.equal(done.statusCode, 303)
    const mails = await tdb.database.db
      .selectFrom('outbox')
      .select('payload')
      .where(sql<boolean>`payload->>'to' = ${email}`)
      .execute()
    const link = mails
      .map(
        (m) => /https?:\/\/[^\s/]+(\/survey\/[A-Za-z0-9_-]{43})/.exec(String(m.payload.text))?.[1],
      )
      .find(Boolean)
    assert.ok(link, 'the invitation is e-mailed with the confirmation')
    const respondent = new Desktop(app)
    const form = await respondent.get(link)
    assert.equal(form.statusCode, 200)
    const sent = await respondent.postWithToken(link, {
      _csrf: csrfFrom(form.body),
      version: '1',
      q_ease: '5',
      q_clarity: '5',
      q_speed: '4',
      q_overall: '5',
    })
    assert.equal(sent.statusCode, 303)
    const rows = await tdb.database.db
      .selectFrom('survey_responses' as never)
      .select(['channel' as never, 'journey_kind' as never, 'struggled_step' as never])
      .execute()
    assert.deepEqual(rows, [{ channel: 'counter', journey_kind: 'person', struggled_step: null }])
  })
})
