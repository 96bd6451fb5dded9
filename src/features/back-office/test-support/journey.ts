import assert from 'node:assert/strict'
import type { FastifyInstance } from 'fastify'
import type { Database } from '../../../platform/db/database.js'
import {
  approveOnPhone,
  bindingCodeFrom,
  Desktop,
  finishOnPhone,
  handleFrom,
  lastCode,
} from '../../../../test/helpers/journey.js'

const PATH = '/register/person'

/**
 * A person registered through the real journey (details, e-mail code, the bank simulator on a
 * second device, mailing address, submit); returns their person id.
 */
export async function registerThroughJourney(
  app: FastifyInstance,
  database: Database,
  issuer: string,
  nationalId: string,
  email: string,
): Promise<string> {
  const d = new Desktop(app)
  await d.post(PATH, PATH, { accept: 'yes' })
  await d.post(`${PATH}/details`, `${PATH}/details`, { nationalId, email, mobile: '0812345678' })
  await d.post(`${PATH}/confirm-email`, `${PATH}/confirm-email`, {
    code: await lastCode(database, email),
  })
  await d.post(`${PATH}/verify`, `${PATH}/verify/start`, {})
  const waiting = await d.get(`${PATH}/verify`)
  const handle = handleFrom(waiting.body)
  const callback = await approveOnPhone(app, issuer, handle, { national_id: nationalId })
  assert.ok(callback, 'the bank redirects back')
  await finishOnPhone(app, callback, bindingCodeFrom(waiting.body))
  await d.get(`/ekyc/continue/${handle}`)
  await d.post(`${PATH}/your-details`, `${PATH}/your-details`, {
    mailingSame: 'yes',
    action: 'save',
  })
  const check = await d.get(`${PATH}/check`)
  const submitKey = /name="submitKey" value="([^"]+)"/.exec(check.body)?.[1] ?? ''
  const token = /name="_csrf" value="([^"]+)"/.exec(check.body)?.[1] ?? ''
  const submit = await d.postWithToken(`${PATH}/submit`, { _csrf: token, submitKey })
  assert.equal(submit.headers.location, `${PATH}/done`, 'the registration is submitted')
  const row = await database.db
    .selectFrom('registrations')
    .select('person_id')
    .where('email', '=', email)
    .executeTakeFirstOrThrow()
  assert.ok(row.person_id)
  return row.person_id
}

/** A registrant signed in through the bank in the same browser; returns that browser. */
export async function registrantSignedIn(
  app: FastifyInstance,
  issuer: string,
  nationalId: string,
): Promise<Desktop> {
  const d = new Desktop(app)
  await d.post('/account/sign-in', '/account/sign-in', {})
  const handle = handleFrom((await d.get('/account/sign-in')).body)
  const callback = await approveOnPhone(app, issuer, handle, { national_id: nationalId })
  assert.ok(callback)
  const back = await d.get(callback)
  await d.get(back.headers.location as string)
  assert.equal((await d.get('/account')).statusCode, 200, 'the registrant is signed in')
  return d
}
