import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import {
  registerThroughJourney,
  registrantSignedIn,
} from '../../src/features/back-office/test-support/journey.js'
import type { EkycSimulator } from '../../src/simulators/ekyc/index.js'
import { csrfFrom } from '../helpers/app.js'
import type { TestDatabase } from '../helpers/db.js'
import { idFactory, journeyApp } from '../helpers/journey.js'
import { Guest, multipartBody } from './help-desk-support.js'

let tdb: TestDatabase
let app: FastifyInstance
let sim: EkycSimulator
let close: () => Promise<void>
const nationalId = idFactory('9')()

before(async () => {
  ;({ tdb, app, sim, close } = await journeyApp())
  await registerThroughJourney(
    app,
    tdb.database,
    sim.url,
    nationalId,
    'account.tickets@example.com',
  )
})
after(() => close())

describe('a signed-in registrant’s tickets', () => {
  it('are listed on /account and open without a follow code', async () => {
    const d = await registrantSignedIn(app, sim.url, nationalId)
    const form = await d.get('/help/new')
    const body = multipartBody({
      _csrf: csrfFrom(form.body),
      category: 'company',
      subject: 'Director not found',
      message: 'The registry does not list my co-director yet.',
      email: 'account.tickets@example.com',
    })
    const sent = await app.inject({
      method: 'POST',
      url: '/help/new',
      payload: body.payload,
      headers: { 'content-type': body.contentType, cookie: d.jar.header() },
    })
    d.jar.take(sent)
    assert.equal(sent.statusCode, 303)
    const reference =
      /data-reference="true">([^<]+)</.exec((await d.get('/help/sent')).body)?.[1] ?? ''
    const account = await d.get('/account')
    assert.ok(account.body.includes(`href="/help/tickets/${reference}"`))
    assert.match(account.body, /Director not found/)
    assert.equal((await d.get(`/help/tickets/${reference}`)).statusCode, 200)
    assert.equal((await new Guest(app).get(`/help/tickets/${reference}`)).statusCode, 404)
  })
})
