// Property-based fuzzing of the person journey's forms over HTTP (inject), each at the step where
// it does real work, with a valid CSRF token so that the values themselves are what is tested:
// hostile strings, wrong types, arrays for strings, stray fields. Never a 500, never an injected tag
// in the page, and a refused request changes nothing stored.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import fc from 'fast-check'
import type { FastifyInstance } from 'fastify'
import { areasForPostcode } from '../../src/features/address/index.js'
import { VERIFIED_FIELDS } from '../../src/features/registration-person/steps/your-details/your-details.schema.js'
import type { EkycSimulator } from '../../src/simulators/ekyc/index.js'
import type { TestDatabase } from '../helpers/db.js'
import { Desktop, idFactory, journeyApp } from '../helpers/journey.js'
import { encoding, fieldValue, formOf, hostileString } from './arbitraries.js'
import {
  assertSafeAnswer,
  atConfirm,
  atDetails,
  atYourDetails,
  draftId,
  PATH,
  pathSegment,
  postAs,
  RUNS,
  storedState,
  tokenOf,
} from './support.js'

let tdb: TestDatabase
let app: FastifyInstance
let sim: EkycSimulator
let close: () => Promise<void>
const freshId = idFactory('7')

before(async () => {
  ;({ tdb, app, sim, close } = await journeyApp())
})
after(() => close())

/** Refused: invalid values (400) or a body over the 100 KB limit (413). */
function assertRefused(status: number, what: string): void {
  assert.ok(status === 400 || status === 413, `${what}: HTTP ${status}`)
}

/** A refused request leaves the counts and the draft as they were (fields named may differ). */
function assertUnchanged(
  before: Awaited<ReturnType<typeof storedState>>,
  after: Awaited<ReturnType<typeof storedState>>,
  what: string,
  ignore: string[] = [],
): void {
  assert.deepEqual(after.counts, before.counts, `${what}: row counts changed`)
  const strip = (json: string | null) => {
    if (json === null) return null
    const row = JSON.parse(json) as Record<string, unknown>
    return Object.fromEntries(Object.entries(row).filter(([k]) => !ignore.includes(k)))
  }
  assert.deepEqual(strip(after.draft), strip(before.draft), `${what}: the draft changed`)
}

describe('fuzz: the start form', () => {
  it('only accept=yes starts an application', async () => {
    const d = new Desktop(app)
    await fc.assert(
      fc.asyncProperty(formOf(['accept']), encoding, async (body, enc) => {
        const token = await tokenOf(d, PATH)
        const state = await storedState(tdb.database)
        const res = await postAs(app, d, PATH, { ...body, _csrf: token }, enc)
        assertSafeAnswer(res, 'start')
        if (body.accept === 'yes') return
        assertRefused(res.statusCode, 'start')
        assertUnchanged(state, await storedState(tdb.database), 'start')
      }),
      { numRuns: RUNS },
    )
  })
})

describe('fuzz: the details form', () => {
  it('stores only a valid ID, e-mail and mobile, normalised', async () => {
    const d = await atDetails(app)
    const token = await tokenOf(d, `${PATH}/details`)
    const valid = { id: freshId(), email: 'fuzz.details@example.com', mobile: '0812345678' }
    // The first valid save names the draft; find it by the session's own page afterwards.
    let id: string | undefined
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          nationalId: fc.oneof(fc.constant(valid.id), fieldValue),
          email: fc.oneof(fc.constant(valid.email), fieldValue),
          mobile: fc.oneof(fc.constant(valid.mobile), fieldValue),
        }),
        fc.dictionary(fc.constantFrom('status', 'step', 'person_id', 'extra'), hostileString, {
          maxKeys: 1,
        }),
        encoding,
        async (fields, stray, enc) => {
          const state = await storedState(tdb.database, id)
          const res = await postAs(
            app,
            d,
            `${PATH}/details`,
            { ...stray, ...fields, _csrf: token },
            enc,
          )
          assertSafeAnswer(res, 'details')
          const allValid =
            fields.nationalId === valid.id &&
            fields.email === valid.email &&
            fields.mobile === valid.mobile
          // A stray field of thousands of Thai letters can take a form-encoded body past the
          // 100 KB limit: then the whole request is refused (413) and nothing stored, below.
          const tooLarge =
            res.statusCode === 413 && Object.values(stray).some((v) => v.length >= 300)
          if (allValid && !tooLarge) {
            assert.equal(res.statusCode, 303)
            id = await draftId(tdb.database, valid.email)
            const row = await tdb.database.db
              .selectFrom('applications')
              .select(['email', 'mobile', 'status'])
              .where('id', '=', id)
              .executeTakeFirstOrThrow()
            assert.deepEqual(row, { email: valid.email, mobile: valid.mobile, status: 'draft' })
            return
          }
          assertRefused(res.statusCode, 'details')
          assertUnchanged(state, await storedState(tdb.database, id), 'details')
        },
      ),
      { numRuns: RUNS * 2 },
    )
  })
})

describe('fuzz: the e-mail code form', () => {
  it('a malformed or wrong code confirms nothing and adds nothing', async () => {
    const email = 'fuzz.code@example.com'
    const d = await atConfirm(app, freshId(), email)
    const token = await tokenOf(d, `${PATH}/confirm-email`)
    const id = await draftId(tdb.database, email)
    await fc.assert(
      fc.asyncProperty(formOf(['code']), encoding, async (body, enc) => {
        const state = await storedState(tdb.database, id)
        const res = await postAs(app, d, `${PATH}/confirm-email`, { ...body, _csrf: token }, enc)
        assertSafeAnswer(res, 'confirm-email')
        assertRefused(res.statusCode, 'confirm-email')
        // Wrong codes of the right shape are counted (five tries at most): that is the point.
        assertUnchanged(state, await storedState(tdb.database, id), 'confirm-email', [
          'email_code_attempts',
          'updated_at',
        ])
      }),
      { numRuns: RUNS },
    )
    const row = await tdb.database.db
      .selectFrom('applications')
      .select(['email_confirmed_at', 'email_code_attempts'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow()
    assert.equal(row.email_confirmed_at, null)
    assert.ok(row.email_code_attempts <= 5)
  })
})

describe('fuzz: the mailing-address form and the submit', () => {
  it('refuses a bad address, a tampered verified field and a forged submit key, storing nothing', async () => {
    const email = 'fuzz.address@example.com'
    const d = await atYourDetails(app, tdb.database, sim.url, freshId(), email)
    const id = await draftId(tdb.database, email)
    const token = await tokenOf(d, `${PATH}/your-details`)
    const area = areasForPostcode('10200')[0]?.subdistrictCode ?? ''
    const fields = {
      mailingSame: fc.oneof(fc.constantFrom('yes', 'no'), fieldValue),
      houseNo: fc.oneof(fc.constant('12/3'), fieldValue),
      moo: fc.oneof(fc.constant('4'), fieldValue),
      soi: fieldValue,
      road: fieldValue,
      postcode: fc.oneof(fc.constant('10200'), fieldValue),
      area: fc.oneof(fc.constant(area), fieldValue),
      action: fc.oneof(fc.constantFrom('save', 'find'), fieldValue),
    }
    await fc.assert(
      fc.asyncProperty(
        fc.record(fields, { requiredKeys: [] }),
        fc.option(fc.tuple(fc.constantFrom(...VERIFIED_FIELDS), hostileString), {
          freq: 3,
        }),
        encoding,
        async (body, tamper, enc) => {
          const sent: Record<string, unknown> = { ...body, _csrf: token }
          if (tamper) sent[tamper[0]] = tamper[1]
          // Nothing is saved yet: a valid save would move on to the check step.
          const state = await storedState(tdb.database, id)
          const res = await postAs(app, d, `${PATH}/your-details`, sent, enc)
          assertSafeAnswer(res, 'your-details')
          if (res.statusCode === 303) {
            assert.equal(tamper, null, 'a verified field is never accepted')
            assert.ok(body.mailingSame === 'yes' || body.mailingSame === 'no')
            // Put the draft back on this step for the next run (as the browser's Back would).
            await tdb.database.db
              .updateTable('applications')
              .set({ step: 'your-details', mailing_address: null })
              .where('id', '=', id)
              .execute()
            return
          }
          if (res.statusCode !== 200) assertRefused(res.statusCode, 'your-details')
          assertUnchanged(state, await storedState(tdb.database, id), 'your-details')
        },
      ),
      { numRuns: RUNS * 2 },
    )

    // On to the check step; then forged submits: wrong key, wrong type, stray fields.
    await d.post(`${PATH}/your-details`, `${PATH}/your-details`, { mailingSame: 'yes' })
    const check = await d.get(`${PATH}/check`)
    assert.equal(check.statusCode, 200)
    const realKey = /name="submitKey" value="([^"]+)"/.exec(check.body)?.[1]
    assert.ok(realKey)
    const submitToken = await tokenOf(d, `${PATH}/check`)
    await fc.assert(
      fc.asyncProperty(
        formOf(['submitKey', 'decision', 'outcome']),
        encoding,
        async (body, enc) => {
          fc.pre(body.submitKey !== realKey)
          const state = await storedState(tdb.database, id)
          const res = await postAs(app, d, `${PATH}/submit`, { ...body, _csrf: submitToken }, enc)
          assertSafeAnswer(res, 'submit')
          assert.notEqual(res.headers.location, `${PATH}/done`)
          assertUnchanged(state, await storedState(tdb.database, id), 'submit')
        },
      ),
      { numRuns: RUNS },
    )
    const real = await postAs(
      app,
      d,
      `${PATH}/submit`,
      { submitKey: realKey, _csrf: submitToken },
      'form',
    )
    assert.equal(real.headers.location, `${PATH}/done`, 'the real key still works')
  })
})

describe('fuzz: identity binding, resume links and the session touch', () => {
  it('never a 500, and a bad binding or resume changes nothing', async () => {
    const d = new Desktop(app)
    const token = await tokenOf(d, PATH)
    await fc.assert(
      fc.asyncProperty(
        formOf(['handle', 'choice']),
        fc.oneof(hostileString, fc.string({ unit: 'binary', maxLength: 80 })),
        encoding,
        async (body, pathToken, enc) => {
          const state = await storedState(tdb.database)
          const bind = await postAs(app, d, '/ekyc/bind', { ...body, _csrf: token }, enc)
          assertSafeAnswer(bind, 'bind')
          assert.ok(bind.statusCode >= 400, `bind answered ${bind.statusCode}`)
          const url = `${PATH}/resume/${pathSegment(pathToken)}`
          assertSafeAnswer(await d.get(url), 'resume page')
          const resume = await postAs(app, d, url, { _csrf: token }, enc)
          assertSafeAnswer(resume, 'resume')
          const extend = await postAs(app, d, '/session/extend', { ...body, _csrf: token }, enc)
          assertSafeAnswer(extend, 'session/extend')
          assert.deepEqual((await storedState(tdb.database)).counts, state.counts)
        },
      ),
      { numRuns: RUNS },
    )
  })
})
