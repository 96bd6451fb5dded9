import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import type { JuristicPerson } from '../../src/features/registry-dbd/index.js'
import { businessDate } from '../../src/platform/time.js'
import { withCheckDigit } from '../../src/platform/thai-id.js'
import { sampleCompanies } from '../../src/simulators/dbd/samples.js'
import type { EkycSimulator } from '../../src/simulators/ekyc/index.js'
import { companyWalker, INVITE_LINK } from '../helpers/company.js'
import type { TestDatabase } from '../helpers/db.js'
import { Desktop, idFactory, journeyApp } from '../helpers/journey.js'

let tdb: TestDatabase
let app: FastifyInstance
let sim: EkycSimulator
let close: () => Promise<void>

before(async () => {
  ;({ tdb, app, sim, close } = await journeyApp())
})
after(() => close())

const walker = companyWalker({
  get app() {
    return app
  },
  get tdb() {
    return tdb
  },
  get sim() {
    return sim
  },
})
const samples = sampleCompanies(1, 8)
function take(kind: Parameters<typeof samples.get>[0]): JuristicPerson {
  const c = samples.get(kind)?.shift()
  assert.ok(c)
  return c
}
const freshId = idFactory('3')
const ACCEPT_LINK = /https?:\/\/\S+\/authority\/accept\/\S+/
const today = businessDate(new Date())
const nextYear = `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`

/** A director of a registered company signs in and acts for it. */
async function actingDirector(c: JuristicPerson, index: number): Promise<Desktop> {
  const d = await walker.signIn(c.directors[index]?.id ?? '')
  const res = await d.post('/account/company', '/account/company', { juristicId: c.id })
  assert.equal(res.headers.location, '/account/company/view')
  const page = await d.get('/account/company/view')
  assert.match(page.body, /data-acting-role="director"/)
  return d
}

async function grantStatus(granteeEmail: string) {
  const g = await tdb.database.db
    .selectFrom('authority_grants')
    .select(['id', 'status', 'scopes'])
    .where('grantee_email', '=', granteeEmail)
    .orderBy('created_at', 'desc')
    .executeTakeFirstOrThrow()
  return g
}

describe('scoped authority for representatives (Customs Notification 94/2564)', () => {
  it('two directors grant, the grantee accepts after eKYC, acts within the scopes and revokes', async () => {
    const c = take('two-sign')
    await walker.registerTogether(c, `co.${c.id}@example.com`)
    const d = await actingDirector(c, 0)
    const granteeId = freshId()
    const email = `grantee.${c.id}@example.com`

    // Scopes that can never be granted are not offered, and a tampered form is refused.
    const form = await d.get('/account/company/grants/new')
    assert.doesNotMatch(form.body, /sign_registration_forms|appeal_assessments|settle_cases/)
    let res = await d.post('/account/company/grants/new', '/account/company/grants/new', {
      granteeId,
      granteeEmail: email,
      scope: 'settle_cases',
      validFrom: today,
      validUntil: nextYear,
    })
    assert.equal(res.statusCode, 400)
    assert.match(res.body, /href="#scopes"/)
    const refused = await tdb.database.db
      .selectFrom('audit_events')
      .select('outcome')
      .where('action', '=', 'authority.forbidden_scope')
      .execute()
    assert.equal(refused.length, 1)

    const body = new URLSearchParams({
      granteeId,
      granteeEmail: email,
      validFrom: today,
      validUntil: nextYear,
    })
    body.append('scope', 'customs_formalities')
    body.append('scope', 'duty_payment')
    const page = await d.get('/account/company/grants/new')
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1] ?? ''
    body.append('_csrf', csrf)
    res = await app.inject({
      method: 'POST',
      url: '/account/company/grants/new',
      payload: body.toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: d.jar.header() },
    })
    assert.equal(res.statusCode, 303)
    const signersUrl = String(res.headers.location)
    assert.match(signersUrl, /\/account\/company\/grants\/[0-9a-f-]+\/signers$/)
    const secondEmail = `second.grant.${c.id}@example.com`
    res = await d.post(signersUrl, signersUrl, { director: '1', 'email-1': secondEmail })
    assert.equal(res.headers.location, '/account/company/view?done=started')
    assert.equal((await grantStatus(email)).status, 'awaiting_directors')

    // The second director signs from the e-mailed link.
    const link = await walker.linkMailedTo(secondEmail, INVITE_LINK)
    const second = new Desktop(app)
    const landing = await second.get(link)
    assert.match(landing.body, /data-accept-scopes|ดำเนินพิธีการศุลกากร/)
    await walker.verifyIn(second, link, link, c.directors[1]?.id ?? '', '/register/company/signer')
    assert.equal((await grantStatus(email)).status, 'awaiting_grantee')

    // Someone else cannot accept with the grantee's link.
    const accept = await walker.linkMailedTo(email, ACCEPT_LINK)
    const stranger = new Desktop(app)
    await walker.verifyIn(stranger, accept, accept, freshId(), '/authority/accept')
    const strangerPage = await stranger.get('/authority/accept')
    assert.match(strangerPage.body, /data-failure="id_mismatch"/)
    assert.equal((await grantStatus(email)).status, 'awaiting_grantee')

    // The grantee accepts after their own eKYC.
    const grantee = new Desktop(app)
    await walker.verifyIn(grantee, accept, accept, granteeId, '/authority/accept')
    const done = await grantee.get('/authority/accept')
    assert.match(done.body, /data-outcome="accepted"/)
    assert.equal((await grantStatus(email)).status, 'active')

    // The grantee signs in, acts for the company within the scopes, and cannot grant.
    const g = await walker.signIn(granteeId)
    res = await g.post('/account/company', '/account/company', { juristicId: c.id })
    assert.equal(res.headers.location, '/account/company/view')
    const view = await g.get('/account/company/view')
    assert.match(view.body, /data-acting-role="grantee"/)
    const grantPage = await g.get('/account/company/grants/new')
    assert.equal(grantPage.statusCode, 403)
    const held = await g.get('/account/authority')
    assert.match(held.body, /data-grant-status="active"/)

    // The director's company page lists it; the grantee revokes it.
    const listed = await d.get('/account/company/view')
    assert.match(listed.body, /data-grant-status="active"/)
    const { id } = await grantStatus(email)
    res = await g.post('/account/company/view', `/account/company/grants/${id}/revoke`, {})
    assert.equal(res.headers.location, '/account/company/view?done=revoked')
    assert.equal((await grantStatus(email)).status, 'revoked')
    await g.post('/account/company/view', '/account/company/leave', {})
    res = await g.post('/account/company', '/account/company', { juristicId: c.id })
    assert.equal(res.statusCode, 403, 'a revoked grant no longer lets its holder act')
    const events = await tdb.database.db
      .selectFrom('audit_events')
      .select('action')
      .where('action', 'like', 'authority.%')
      .execute()
    for (const a of [
      'authority.grant_started',
      'authority.signed',
      'authority.accepted',
      'authority.revoked',
    ])
      assert.ok(
        events.some((e) => e.action === a),
        a,
      )
  })

  it('a person who is neither a director nor a grantee cannot act for the company, nor revoke its grants', async () => {
    const c = take('one-signs')
    await walker.registerAlone(c, `alone.${c.id}@example.com`)
    const d = await actingDirector(c, 0)
    const granteeId = freshId()
    const email = `g2.${c.id}@example.com`
    let res = await d.post('/account/company/grants/new', '/account/company/grants/new', {
      granteeId,
      granteeEmail: email,
      scope: 'vehicle_reports',
      validFrom: today,
      validUntil: nextYear,
    })
    // One director may sign alone: the grant goes straight to the grantee.
    const signersUrl = String(res.headers.location)
    res = await d.post(signersUrl, signersUrl, {})
    assert.equal((await grantStatus(email)).status, 'awaiting_grantee')
    const accept = await walker.linkMailedTo(email, ACCEPT_LINK)
    await walker.verifyIn(new Desktop(app), accept, accept, granteeId, '/authority/accept')
    const { id } = await grantStatus(email)

    // A registrant with nothing to do with the company.
    const personId = freshId()
    const stranger = new Desktop(app)
    // Signing in needs a registration: the stranger accepts a grant of another company first.
    const c2 = take('one-signs')
    await walker.registerAlone(c2, `alone2.${c2.id}@example.com`)
    const d2 = await actingDirector(c2, 0)
    res = await d2.post('/account/company/grants/new', '/account/company/grants/new', {
      granteeId: personId,
      granteeEmail: `s.${c2.id}@example.com`,
      scope: 'duty_payment',
      validFrom: today,
      validUntil: nextYear,
    })
    await d2.post(String(res.headers.location), String(res.headers.location), {})
    const accept2 = await walker.linkMailedTo(`s.${c2.id}@example.com`, ACCEPT_LINK)
    await walker.verifyIn(stranger, accept2, accept2, personId, '/authority/accept')
    const s = await walker.signIn(personId)
    res = await s.post('/account/company', '/account/company', { juristicId: c.id })
    assert.equal(res.statusCode, 403)
    res = await s.post('/account/authority', `/account/company/grants/${id}/revoke`, {})
    assert.equal(
      (await grantStatus(email)).status,
      'active',
      'another company’s grant is not theirs to revoke',
    )
    const audit = await tdb.database.db
      .selectFrom('audit_events')
      .select('action')
      .where('action', 'in', ['company.acting_refused', 'authority.revoke_refused'])
      .execute()
    assert.ok(audit.some((e) => e.action === 'company.acting_refused'))
    assert.ok(audit.some((e) => e.action === 'authority.revoke_refused'))
  })

  it('the database itself refuses a scope that can never be granted', async () => {
    const c = take('one-signs')
    await walker.registerAlone(c, `db.${c.id}@example.com`)
    const d = await actingDirector(c, 0)
    const email = `g3.${c.id}@example.com`
    await d.post('/account/company/grants/new', '/account/company/grants/new', {
      granteeId: withCheckDigit('310000000001'),
      granteeEmail: email,
      scope: 'loading_responsibility',
      validFrom: today,
      validUntil: today,
    })
    await assert.rejects(
      tdb.database.db
        .updateTable('authority_grants')
        .set({ scopes: JSON.stringify(['settle_cases']) })
        .where('grantee_email', '=', email)
        .execute(),
    )
  })
})
