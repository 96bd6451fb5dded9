// The officers' manual: signed-in officers read it whatever their role; the public manual neither
// lists nor serves its topics; a visitor who is not signed in is sent to the officers' sign-in.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import {
  addOfficer,
  signIn,
  type OfficerClient,
} from '../../src/features/officers/test-support/officers.js'
import { buildTestApp } from '../helpers/app.js'
import { createTestDatabase, type TestDatabase } from '../helpers/db.js'

let tdb: TestDatabase
let app: FastifyInstance
let auditor: OfficerClient

before(async () => {
  tdb = await createTestDatabase()
  app = await buildTestApp(tdb.database)
  await app.ready()
  auditor = await signIn(app, await addOfficer(app, tdb.database.db, 'manual.reader', ['auditor']))
})
after(async () => {
  await app.close()
  await tdb.close()
})

describe("the officers' manual", () => {
  it('is listed on a signed-in officer’s start page and readable in both languages', async () => {
    const home = await auditor.get('/officer')
    assert.match(home.body, /href="\/officer\/manual"/)
    const index = await auditor.get('/officer/manual?lang=en')
    assert.equal(index.statusCode, 200)
    assert.match(index.body, /href="\/officer\/manual\/officers-back-office"/)
    const topic = await auditor.get('/officer/manual/officers-back-office?lang=en')
    assert.equal(topic.statusCode, 200)
    assert.match(topic.body, /<h2 id="signing-in"/)
    const th = await auditor.get('/officer/manual/officers-back-office?lang=th')
    assert.match(th.body, /คู่มือเจ้าหน้าที่/)
  })

  it('is not served to a visitor who is not signed in', async () => {
    const res = await app.inject('/officer/manual/officers-back-office')
    assert.notEqual(res.statusCode, 200)
    assert.doesNotMatch(res.body, /TOTP/)
  })

  it('is neither listed, searched nor served in the public manual', async () => {
    const index = await app.inject('/manual?lang=en')
    assert.doesNotMatch(index.body, /officers-back-office/)
    assert.equal((await app.inject('/manual/officers-back-office')).statusCode, 404)
    const search = await app.inject('/manual/search?lang=en&q=TOTP')
    assert.doesNotMatch(search.body, /officers-back-office/)
    const print = await app.inject('/manual/print?lang=en')
    assert.doesNotMatch(print.body, /authenticator app/)
  })
})
