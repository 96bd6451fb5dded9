import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import {
  SIMULATOR_PEOPLE,
  syntheticPersonFor,
  type EkycSimulator,
} from '../../src/simulators/ekyc/index.js'
import type { Config } from '../../src/config.js'
import { InvalidMailError } from '../../src/features/mail/index.js'
import { createReceiptSigner, type ReceiptTables } from '../../src/features/receipts/index.js'
import { personMessages } from '../../src/features/registration-person/messages.js'
import { submitApplication } from '../../src/features/registration-person/submit/queue.js'
import { createPiiCrypto } from '../../src/platform/pii-crypto.js'
import { formatThaiId } from '../../src/platform/thai-id.js'
import type { TestDatabase } from '../helpers/db.js'
import {
  approveOnPhone,
  bindingCodeFrom,
  Desktop,
  finishOnPhone,
  handleFrom,
  lastCode,
  idFactory,
  journeyApp,
} from '../helpers/journey.js'

let tdb: TestDatabase
let app: FastifyInstance
let sim: EkycSimulator
let close: () => Promise<void>
let config: Config
const freshId = idFactory('1')

before(async () => {
  ;({ tdb, app, sim, close, config } = await journeyApp())
})
after(() => close())

const PATH = '/register/person'

/** Walks the journey up to the verification page; returns the desktop and its handle. */
async function upToVerification(nationalId: string) {
  const d = new Desktop(app)
  let res = await d.post(PATH, PATH, { accept: 'yes' })
  assert.equal(res.headers.location, `${PATH}/details`)
  res = await d.post(`${PATH}/details`, `${PATH}/details`, {
    nationalId,
    email: 'somchai@example.com',
    mobile: '081-234-5678',
  })
  assert.equal(res.headers.location, `${PATH}/confirm-email`)
  res = await d.post(`${PATH}/confirm-email`, `${PATH}/confirm-email`, {
    code: await lastCode(tdb.database),
  })
  assert.equal(res.headers.location, `${PATH}/verify`)
  res = await d.post(`${PATH}/verify`, `${PATH}/verify/start`, {})
  assert.equal(res.statusCode, 303)
  const page = await d.get(`${PATH}/verify`)
  assert.match(page.body, /<img class="qr" src="data:image\/png;base64,/)
  return { d, handle: handleFrom(page.body), code: bindingCodeFrom(page.body) }
}

async function verifiedAndSubmitted(
  nationalId: string,
  choices: { national_id?: string; outcome?: string } = {},
) {
  const { d, handle, code } = await upToVerification(nationalId)
  const callback = await approveOnPhone(app, sim.url, handle, {
    national_id: nationalId,
    ...choices,
  })
  assert.ok(callback)
  const phoneDone = await finishOnPhone(app, callback, code)
  assert.equal(phoneDone.statusCode, 200)
  assert.match(phoneDone.body, /ยืนยันตัวตนเรียบร้อย/)
  const status = await app.inject(`/ekyc/status/${handle}`)
  assert.equal(status.json().status, 'verified')
  const cont = await d.get(`/ekyc/continue/${handle}`)
  assert.equal(cont.headers.location, `${PATH}/your-details`)
  const mailing = await d.post(`${PATH}/your-details`, `${PATH}/your-details`, {
    mailingSame: 'yes',
    action: 'save',
  })
  assert.equal(mailing.headers.location, `${PATH}/check`)
  const check = await d.get(`${PATH}/check`)
  const submitKey = /name="submitKey" value="([^"]+)"/.exec(check.body)?.[1] ?? ''
  const token = /name="_csrf" value="([^"]+)"/.exec(check.body)?.[1] ?? ''
  return { d, submitKey, token, handle, check }
}

/** n new people, each at the check page with the form's submit key and token. */
async function peopleAtCheck(n: number) {
  const people: Awaited<ReturnType<typeof verifiedAndSubmitted>>[] = []
  // One after another: each reads the e-mail code last sent.
  for (let i = 0; i < n; i++) people.push(await verifiedAndSubmitted(freshId()))
  return people
}

describe('a Thai citizen registers as importer/exporter', () => {
  it('goes from the start page to an ACTIVE registration with a signed receipt', async () => {
    const id = freshId()
    const { d, submitKey, token, check } = await verifiedAndSubmitted(id)
    assert.match(check.body, new RegExp(syntheticPersonFor(id).firstNameTh))
    assert.match(check.body, new RegExp(formatThaiId(id)), 'the owner sees their full ID')
    const submit = await d.postWithToken(`${PATH}/submit`, { _csrf: token, submitKey })
    assert.equal(submit.headers.location, `${PATH}/done`)
    const done = await d.get(`${PATH}/done`)
    assert.match(done.body, /ลงทะเบียนสำเร็จ/)
    assert.match(done.body, new RegExp(`data-registration-number="true">${id}<`))
    const receipt = /href="(\/verify\/[^"/]+)"/.exec(done.body)?.[1]
    assert.ok(receipt)
    const verify = await app.inject(receipt)
    assert.equal(verify.statusCode, 200)
    assert.doesNotMatch(verify.body, new RegExp(id))
    const reg = await tdb.database.db
      .selectFrom('registrations')
      .select(['status', 'channel', 'last_activity_at'])
      .where('email', '=', 'somchai@example.com')
      .execute()
    assert.ok(reg.some((r) => r.status === 'ACTIVE'))
    const events = await tdb.database.db
      .selectFrom('journey_events')
      .select(['event', 'step'])
      .orderBy('occurred_at')
      .execute()
    assert.ok(events.some((e) => e.event === 'decision' && e.step === 'approved'))
  })

  it('signs in again through the bank, in a new session, and sees the status page with the full number', async () => {
    const id = freshId()
    const first = await verifiedAndSubmitted(id)
    await first.d.postWithToken(`${PATH}/submit`, {
      _csrf: first.token,
      submitKey: first.submitKey,
    })
    const d = new Desktop(app)
    assert.equal((await d.get('/account')).headers.location, '/account/sign-in')
    await d.post('/account/sign-in', '/account/sign-in', {})
    const page = await d.get('/account/sign-in')
    const handle = handleFrom(page.body)
    const before = d.jar.get('ctp_sid')
    const callback = await approveOnPhone(app, sim.url, handle, { national_id: id })
    assert.ok(callback)
    // The bank app returns to this same browser: no number to pick, the result applies at once.
    const back = await d.get(callback)
    assert.equal(back.headers.location, `/ekyc/continue/${handle}`)
    assert.equal((await d.get(back.headers.location as string)).headers.location, '/account')
    assert.notEqual(d.jar.get('ctp_sid'), before, 'a new session id at sign-in')
    const account = await d.get('/account')
    assert.match(account.body, new RegExp(`data-registration-number="true">${id}<`))
    assert.match(account.body, /data-status="ACTIVE"/)
    const notice = await tdb.database.db
      .selectFrom('outbox')
      .select('payload')
      .orderBy('created_at', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow()
    assert.match(String(notice.payload.subject), /มีการเข้าสู่ระบบ/)
  })

  it('refuses to sign in a verified person who has no registration', async () => {
    const d = new Desktop(app)
    await d.post('/account/sign-in', '/account/sign-in', {})
    const handle = handleFrom((await d.get('/account/sign-in')).body)
    const callback = await approveOnPhone(app, sim.url, handle, { national_id: freshId() })
    assert.ok(callback)
    const back = await d.get(callback)
    await d.get(back.headers.location as string)
    const page = await d.get('/account/sign-in')
    assert.match(page.body, /data-failure="not_registered"/)
    assert.equal((await d.get('/account')).headers.location, '/account/sign-in')
  })

  it('refuses a submit from a stale form back to the check page, audited, without a decision', async () => {
    const { d, submitKey, token } = await verifiedAndSubmitted(freshId())
    const stale = await d.postWithToken(`${PATH}/submit`, { _csrf: token, submitKey: 'stale' })
    assert.equal(stale.statusCode, 303)
    assert.equal(stale.headers.location, `${PATH}/check`)
    // The check page says, once, why the applicant is back there.
    const back = await d.get(`${PATH}/check`)
    assert.match(back.body, /data-notice="submit-refused"/)
    assert.match(back.body, /ใบสมัครของคุณยังไม่ได้ส่ง/)
    assert.doesNotMatch((await d.get(`${PATH}/check`)).body, /data-notice=/)
    const applicationId = await tdb.database.db
      .selectFrom('applications')
      .select('id')
      .where('submit_key', '=', submitKey)
      .executeTakeFirstOrThrow()
    const refused = await tdb.database.db
      .selectFrom('audit_events')
      .select(['outcome', 'data'])
      .where('action', '=', 'application.submit_refused')
      .where('subject_id', '=', applicationId.id)
      .execute()
    assert.equal(refused.length, 1)
    assert.equal(refused[0]?.outcome, 'refused')
    assert.deepEqual(refused[0]?.data, { reason: 'not at the check step' })
    const decided = await tdb.database.db
      .selectFrom('decisions')
      .select('id')
      .where('application_id', '=', applicationId.id)
      .execute()
    assert.equal(decided.length, 0)
    // The form as served still submits.
    const ok = await d.postWithToken(`${PATH}/submit`, { _csrf: token, submitKey })
    assert.equal(ok.headers.location, `${PATH}/done`)
  })

  it('answers a submit without an application in the session with the start page message', async () => {
    const d = new Desktop(app)
    const start = await d.get(PATH)
    const token = /name="_csrf" value="([^"]+)"/.exec(start.body)?.[1] ?? ''
    const res = await d.postWithToken(`${PATH}/submit`, { _csrf: token, submitKey: 'x' })
    assert.equal(res.statusCode, 200)
    assert.equal(res.headers.location, undefined)
    assert.match(res.body, new RegExp(personMessages('th')('session.noApplication').slice(0, 20)))
  })

  it('returns the same decision for a double-clicked or retried submit, and makes one registration', async () => {
    const id = freshId()
    const { d, submitKey, token } = await verifiedAndSubmitted(id)
    const [a, b] = await Promise.all([
      d.postWithToken(`${PATH}/submit`, { _csrf: token, submitKey }),
      d.postWithToken(`${PATH}/submit`, { _csrf: token, submitKey }),
    ])
    assert.equal(a.headers.location, `${PATH}/done`)
    assert.equal(b.headers.location, `${PATH}/done`)
    const again = await d.postWithToken(`${PATH}/submit`, { _csrf: token, submitKey })
    assert.equal(again.headers.location, `${PATH}/done`)
    const count = await tdb.database.db
      .selectFrom('registrations as r')
      .innerJoin('applications as a', 'a.id', 'r.application_id')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('a.person_id', 'in', (eb) =>
        eb
          .selectFrom('applications')
          .select('person_id')
          .where('id', '=', eb.ref('r.application_id')),
      )
      .where('a.national_id_hmac', 'is not', null)
      .executeTakeFirstOrThrow()
    assert.ok(Number(count.n) >= 1)
    const decisions = await tdb.database.db
      .selectFrom('decisions')
      .select('id')
      .where('submit_key', '=', submitKey)
      .execute()
    assert.equal(decisions.length, 1)
  })

  it('decides concurrent submits of different people each on its own: one decision, registration, receipt, mail and audit event each', async () => {
    const people = await peopleAtCheck(5)
    // Every form sent at once, the first one twice (a double click).
    const sent = [...people, people[0] as (typeof people)[0]].map((p) =>
      p.d.postWithToken(`${PATH}/submit`, { _csrf: p.token, submitKey: p.submitKey }),
    )
    const answers = await Promise.all(sent)
    for (const a of answers) assert.equal(a.headers.location, `${PATH}/done`)
    const db = tdb.database.db
    const keys = people.map((p) => p.submitKey)
    const decisions = await db
      .selectFrom('decisions as d')
      .innerJoin('applications as a', 'a.id', 'd.application_id')
      .select(['d.id', 'd.application_id', 'd.outcome', 'd.receipt_id', 'a.status', 'a.reference'])
      .where('d.submit_key', 'in', keys)
      .execute()
    assert.equal(decisions.length, 5, 'one decision per application, the double click included')
    assert.equal(new Set(decisions.map((d) => d.application_id)).size, 5)
    for (const d of decisions) {
      assert.equal(d.outcome, 'approved')
      assert.equal(d.status, 'approved')
    }
    const applicationIds = decisions.map((d) => d.application_id)
    const registrations = await db
      .selectFrom('registrations as r')
      .innerJoin('registration_status_history as h', 'h.registration_id', 'r.id')
      .select(['r.application_id', 'r.decision_id'])
      .where('r.application_id', 'in', applicationIds)
      .execute()
    assert.deepEqual(
      registrations.map((r) => r.decision_id).sort(),
      decisions.map((d) => d.id).sort(),
      'one registration with its status line per decision',
    )
    const receipts = await db
      .withTables<ReceiptTables>()
      .selectFrom('decision_receipts')
      .select(['id', 'decision_id'])
      .where(
        'decision_id',
        'in',
        decisions.map((d) => d.id),
      )
      .execute()
    assert.deepEqual(receipts.map((r) => r.id).sort(), decisions.map((d) => d.receipt_id).sort())
    const mails = await db.selectFrom('outbox').select('payload').execute()
    for (const d of decisions) {
      const mine = mails.filter((m) =>
        String((m.payload as { text?: string }).text).includes(`/verify/${d.receipt_id}`),
      )
      assert.equal(mine.length, 1, `one result mail for ${d.reference}`)
      assert.match(String((mine[0]?.payload as { text?: string }).text), new RegExp(d.reference))
    }
    const events = await db
      .selectFrom('audit_events')
      .select(['subject_id', 'request_id', 'data'])
      .where('action', '=', 'registration.decided')
      .where('subject_id', 'in', applicationIds)
      .execute()
    assert.equal(events.length, 5, 'one audit event per decision')
    const requestIds = new Set(answers.map((a) => a.headers['x-request-id']))
    for (const e of events) {
      assert.ok(requestIds.has(e.request_id ?? ''), 'the event names the request that decided it')
      const data = e.data as { decisionId: string }
      assert.equal(decisions.find((d) => d.application_id === e.subject_id)?.id, data.decisionId)
    }
  })

  it('decides submits that arrive while others are decided together, and fails only the one whose result mail cannot be sent', async () => {
    const people = await peopleAtCheck(5)
    const db = tdb.database.db
    const apps = await db
      .selectFrom('applications')
      .select(['id', 'submit_key'])
      .where(
        'submit_key',
        'in',
        people.map((p) => p.submitKey),
      )
      .execute()
    const idOf = (key: string) => apps.find((a) => a.submit_key === key)?.id ?? ''
    const broken = idOf(people[2]?.submitKey ?? '')
    await db
      .updateTable('applications')
      .set({ email: 'not an address' })
      .where('id', '=', broken)
      .execute()
    const deps = {
      db,
      crypto: createPiiCrypto({ encryption: config.secrets.encryption, hmac: config.secrets.hmac }),
      idp: config.idp,
      publicBaseUrl: config.publicBaseUrl,
      signer: await createReceiptSigner({
        db,
        signing: config.secrets.signing,
        publicBaseUrl: config.publicBaseUrl,
      }),
    }
    // All at once: the first two start a batch each (two are decided at a time); the other
    // three wait and are decided together, in one statement.
    const settled = await Promise.allSettled(
      people.map((p, i) => submitApplication(deps, idOf(p.submitKey), p.submitKey, `batch-${i}`)),
    )
    assert.equal(settled[2]?.status, 'rejected')
    assert.ok((settled[2] as PromiseRejectedResult).reason instanceof InvalidMailError)
    for (const i of [0, 1, 3, 4]) assert.equal(settled[i]?.status, 'fulfilled', `submit ${i}`)
    const decisions = await db
      .selectFrom('decisions')
      .select(['application_id', 'decided_at'])
      .where(
        'application_id',
        'in',
        apps.map((a) => a.id),
      )
      .execute()
    assert.equal(decisions.length, 4, 'no decision for the broken one, one for each other')
    assert.ok(!decisions.some((d) => d.application_id === broken))
    const at = (i: number) =>
      decisions
        .find((d) => d.application_id === idOf(people[i]?.submitKey ?? ''))
        ?.decided_at.getTime()
    assert.equal(at(3), at(4), 'the two that waited were decided in one batch')
    const status = await db
      .selectFrom('applications')
      .select('status')
      .where('id', '=', broken)
      .executeTakeFirstOrThrow()
    assert.equal(status.status, 'draft', 'the broken one is still a draft, nothing of it written')
  })

  it('signs a registered person in right after eKYC instead of refusing a second registration', async () => {
    const id = freshId()
    const first = await verifiedAndSubmitted(id)
    await first.d.postWithToken(`${PATH}/submit`, {
      _csrf: first.token,
      submitKey: first.submitKey,
    })
    const { d, handle, code } = await upToVerification(id)
    const callback = await approveOnPhone(app, sim.url, handle, { national_id: id })
    assert.ok(callback)
    await finishOnPhone(app, callback, code)
    const cont = await d.get(`/ekyc/continue/${handle}`)
    assert.equal(cont.headers.location, '/account')
    const account = await d.get('/account')
    assert.match(account.body, /data-notice="already-registered"/)
    assert.doesNotMatch(account.body, /data-failed-rule/)
  })

  it('refuses a non-Thai resident by the nationality rule', async () => {
    const foreigner = SIMULATOR_PEOPLE.find((p) => p.nationality !== 'THA')
    assert.ok(foreigner)
    const r = await verifiedAndSubmitted(foreigner.nationalId)
    await r.d.postWithToken(`${PATH}/submit`, { _csrf: r.token, submitKey: r.submitKey })
    const done = await r.d.get(`${PATH}/done`)
    assert.match(done.body, /data-failed-rule="thai_national"/)
    assert.doesNotMatch(done.body, /data-registration-number/)
  })
})

describe('identity verification failures keep what was typed', () => {
  for (const [outcome, failure] of [
    ['decline', 'declined'],
    ['low', 'low_assurance'],
  ] as const) {
    it(`shows its own message when the bank answers "${outcome}"`, async () => {
      const id = freshId()
      const { d, handle, code } = await upToVerification(id)
      const callback = await approveOnPhone(app, sim.url, handle, { national_id: id, outcome })
      assert.ok(callback)
      await finishOnPhone(app, callback, code)
      const cont = await d.get(`/ekyc/continue/${handle}`)
      assert.equal(cont.headers.location, `${PATH}/verify`)
      const page = await d.get(`${PATH}/verify`)
      assert.match(page.body, new RegExp(`data-failure="${failure}"`))
      const details = await d.get(`${PATH}/details`)
      assert.match(details.body, new RegExp(`value="${id}"`))
      assert.match(details.body, /value="somchai@example.com"/)
    })
  }

  it('refuses a verified ID that is not the typed one', async () => {
    const typed = freshId()
    const { d, handle, code } = await upToVerification(typed)
    const callback = await approveOnPhone(app, sim.url, handle, { national_id: freshId() })
    assert.ok(callback)
    const phone = await finishOnPhone(app, callback, code)
    assert.match(phone.body, /data-failure="id_mismatch"/)
    const page = await d.get(`${PATH}/verify`)
    assert.match(page.body, /data-failure="id_mismatch"/)
    const persons = await tdb.database.db
      .selectFrom('applications')
      .select('person_id')
      .where('step', '=', 'verify')
      .where('status', '=', 'draft')
      .execute()
    assert.ok(
      persons.every((p) => p.person_id === null),
      'nothing of the mismatched person is attached',
    )
  })

  it('refuses and audits a replayed callback and a callback with an unknown state', async () => {
    const id = freshId()
    const { handle, code } = await upToVerification(id)
    const callback = await approveOnPhone(app, sim.url, handle, { national_id: id })
    assert.ok(callback)
    assert.equal((await finishOnPhone(app, callback, code)).statusCode, 200)
    const replay = await app.inject(callback)
    assert.equal(replay.statusCode, 400)
    const forged = await app.inject('/ekyc/callback?code=abc&state=forged-state')
    assert.equal(forged.statusCode, 400)
    const refusals = await tdb.database.db
      .selectFrom('audit_events')
      .select('data')
      .where('action', '=', 'identity.callback_refused')
      .execute()
    const reasons = refusals.map((r) => r.data.reason)
    assert.ok(reasons.includes('replayed') && reasons.includes('unknown_state'))
  })

  it('refuses a relayed link: the phone does not know the starting screen’s number, so nothing is applied', async () => {
    const id = freshId()
    const { d, handle, code } = await upToVerification(id)
    const callback = await approveOnPhone(app, sim.url, handle, { national_id: id })
    assert.ok(callback)
    const status = await app.inject(`/ekyc/status/${handle}`)
    assert.equal(status.json().status, 'pending')
    const phone = new Desktop(app)
    const bindPage = await phone.get(callback)
    assert.match(bindPage.body, /เลือกตัวเลขที่แสดงบนหน้าจอที่ท่านเริ่มทำรายการ/)
    const afterCallback = await app.inject(`/ekyc/status/${handle}`)
    assert.equal(
      afterCallback.json().status,
      'authenticated',
      'the bank answered, but nothing is applied yet',
    )
    const wrong = String(((Number(code) - 10 + 1) % 90) + 10)
    const res = await phone.postWithToken('/ekyc/bind', {
      _csrf: /name="_csrf" value="([^"]+)"/.exec(bindPage.body)?.[1] ?? '',
      handle,
      choice: wrong,
    })
    assert.match(res.body, /data-failure="not_bound"/)
    assert.equal((await d.get(`/ekyc/continue/${handle}`)).headers.location, `${PATH}/verify`)
    const app_ = await tdb.database.db
      .selectFrom('identity_verifications')
      .select(['status', 'failure', 'person_id'])
      .where('handle', '=', handle)
      .executeTakeFirstOrThrow()
    assert.deepEqual(app_, { status: 'failed', failure: 'not_bound', person_id: null })
    const refused = await tdb.database.db
      .selectFrom('audit_events')
      .select('id')
      .where('action', '=', 'identity.verification_failed')
      .where('outcome', '=', 'refused')
      .execute()
    assert.ok(refused.length >= 1)
  })

  it('refuses the starter’s own bind of a relayed registration link, audited, and nothing of the victim is applied', async () => {
    const victim = freshId()
    // The attacker types the victim's ID and relays the QR link; the victim approves in the bank.
    const { d: attacker, handle, code } = await upToVerification(victim)
    const callback = await approveOnPhone(app, sim.url, handle, { national_id: victim })
    assert.ok(callback)
    const phone = new Desktop(app)
    const bindPage = await phone.get(callback)
    assert.match(bindPage.body, /name="handle"/, 'the victim sees the bind page')
    // The attacker knows the handle (from the link) and the number (from their own screen),
    // and takes a valid CSRF token of their own session from any form page.
    const res = await attacker.post(PATH, '/ekyc/bind', { handle, choice: code })
    assert.equal(res.statusCode, 403)
    assert.equal((await app.inject(`/ekyc/status/${handle}`)).json().status, 'authenticated')
    const cont = await attacker.get(`/ekyc/continue/${handle}`)
    assert.equal(cont.headers.location, `${PATH}/verify?waiting=1`, 'the attacker is not verified')
    const draft = await tdb.database.db
      .selectFrom('identity_verifications')
      .select('person_id')
      .where('handle', '=', handle)
      .executeTakeFirstOrThrow()
    assert.equal(draft.person_id, null, 'no bank identity attached to the attacker’s draft')
    const refused = await tdb.database.db
      .selectFrom('audit_events')
      .select(['outcome', 'data'])
      .where('action', '=', 'identity.bind_refused')
      .execute()
    assert.ok(
      refused.some(
        (r) =>
          r.outcome === 'refused' &&
          r.data.reason === 'not_callback_browser' &&
          r.data.purpose === 'registration' &&
          r.data.startingBrowser === true,
      ),
    )
    // The victim's own browser still decides: "I did not start this" ends it.
    const none = await phone.postWithToken('/ekyc/bind', {
      _csrf: /name="_csrf" value="([^"]+)"/.exec(bindPage.body)?.[1] ?? '',
      handle,
      choice: 'none',
    })
    assert.match(none.body, /data-failure="not_bound"/)
  })

  it('refuses the starter’s own bind of a relayed sign-in link: the account is not handed over', async () => {
    const victim = freshId()
    const first = await verifiedAndSubmitted(victim)
    await first.d.postWithToken(`${PATH}/submit`, {
      _csrf: first.token,
      submitKey: first.submitKey,
    })
    const attacker = new Desktop(app)
    await attacker.post('/account/sign-in', '/account/sign-in', {})
    const page = await attacker.get('/account/sign-in')
    const handle = handleFrom(page.body)
    const code = bindingCodeFrom(page.body)
    const callback = await approveOnPhone(app, sim.url, handle, { national_id: victim })
    assert.ok(callback)
    await new Desktop(app).get(callback)
    const res = await attacker.post(PATH, '/ekyc/bind', { handle, choice: code })
    assert.equal(res.statusCode, 403)
    assert.match(res.body, /เลือกตัวเลขได้เฉพาะในเบราว์เซอร์ที่แอปธนาคารพาท่านกลับมาเท่านั้น/)
    await attacker.get(`/ekyc/continue/${handle}`)
    assert.equal((await attacker.get('/account')).headers.location, '/account/sign-in')
    const exported = await attacker.get('/account/my-data/export.json')
    assert.notEqual(exported.statusCode, 200)
    assert.doesNotMatch(exported.body, new RegExp(victim))
    const refused = await tdb.database.db
      .selectFrom('audit_events')
      .select('data')
      .where('action', '=', 'identity.bind_refused')
      .execute()
    assert.ok(refused.some((r) => r.data.purpose === 'sign-in'))
  })

  it('does not let another browser continue from someone else’s verification', async () => {
    const id = freshId()
    const { handle } = await upToVerification(id)
    const stranger = new Desktop(app)
    const res = await stranger.get(`/ekyc/continue/${handle}`)
    assert.equal(res.statusCode, 404)
  })
})

describe('journey guards', () => {
  it('sends a skip-ahead back to the allowed step and audits it', async () => {
    const d = new Desktop(app)
    await d.post(PATH, PATH, { accept: 'yes' })
    const res = await d.get(`${PATH}/check`)
    assert.equal(res.headers.location, `${PATH}/details`)
    const audited = await tdb.database.db
      .selectFrom('audit_events')
      .select('id')
      .where('action', '=', 'journey.skip_refused')
      .execute()
    assert.ok(audited.length >= 1)
  })

  it('asks to accept the terms, with an error summary', async () => {
    const d = new Desktop(app)
    const res = await d.post(PATH, PATH, {})
    assert.equal(res.statusCode, 400)
    assert.match(res.body, /<title>ข้อผิดพลาด: /)
    assert.match(res.body, /href="#accept"/)
  })

  it('names each invalid field and keeps what was typed', async () => {
    const d = new Desktop(app)
    await d.post(PATH, PATH, { accept: 'yes' })
    const res = await d.post(`${PATH}/details`, `${PATH}/details`, {
      nationalId: '1234567890123',
      email: 'x@',
      mobile: '12',
    })
    assert.equal(res.statusCode, 400)
    assert.match(res.body, /href="#nationalId"/)
    assert.match(res.body, /href="#email"/)
    assert.match(res.body, /href="#mobile"/)
    assert.match(res.body, /value="1234567890123"/)
  })

  it('limits wrong e-mail codes', async () => {
    const d = new Desktop(app)
    await d.post(PATH, PATH, { accept: 'yes' })
    await d.post(`${PATH}/details`, `${PATH}/details`, {
      nationalId: freshId(),
      email: 'a@example.com',
      mobile: '0812345678',
    })
    const right = await lastCode(tdb.database)
    const wrong = right === '000000' ? '111111' : '000000'
    let res
    for (let i = 0; i < 5; i++)
      res = await d.post(`${PATH}/confirm-email`, `${PATH}/confirm-email`, { code: wrong })
    assert.match(res?.body ?? '', /กรอกรหัสผิดหลายครั้งเกินไป/)
    res = await d.post(`${PATH}/confirm-email`, `${PATH}/confirm-email`, { code: right })
    assert.equal(res.statusCode, 400, 'even the right code is refused once locked')
  })

  it('refuses a mailing-address post that changes bank-verified data, and audits it', async () => {
    const id = freshId()
    const { d, handle, code } = await upToVerification(id)
    const callback = await approveOnPhone(app, sim.url, handle, { national_id: id })
    assert.ok(callback)
    await finishOnPhone(app, callback, code)
    await d.get(`/ekyc/continue/${handle}`)
    const res = await d.post(`${PATH}/your-details`, `${PATH}/your-details`, {
      mailingSame: 'yes',
      firstNameTh: 'ปลอม',
      action: 'save',
    })
    assert.equal(res.statusCode, 400)
    const tampered = await tdb.database.db
      .selectFrom('audit_events')
      .select('id')
      .where('action', '=', 'journey.tampered')
      .execute()
    assert.ok(tampered.length >= 1)
  })
})
