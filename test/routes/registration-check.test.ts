import assert from 'node:assert/strict'
import { Writable } from 'node:stream'
import { Validator } from '@seriousme/openapi-schema-validator'
import { after, before, describe, it } from 'node:test'
import type { FastifyBaseLogger, FastifyInstance } from 'fastify'
import { CHECK_PATHS } from '../../src/features/registration-check/index.js'
import {
  seedCheckCompany,
  seedCheckPerson,
} from '../../src/features/registration-check/test-support/seed.repository.js'
import { createLogger } from '../../src/platform/logger.js'
import { createPiiCrypto, type PiiCrypto } from '../../src/platform/pii-crypto.js'
import { formatThaiId, withCheckDigit } from '../../src/platform/thai-id.js'
import { toThaiDigits } from '../../src/platform/time.js'
import { buildTestApp, cookieJar, csrfFrom, testConfig } from '../helpers/app.js'
import { createTestDatabase, type TestDatabase } from '../helpers/db.js'

// The public check (issue 24) on the real app: a listed company, a cancelled one, a listed
// person, an unlisted person whose answer is byte for byte an unregistered number's, a bad
// check digit, the API's answers against the page's, the listing choice, and the logs.

const lines: string[] = []
const sink = new Writable({
  write(chunk: Buffer, _enc, cb) {
    lines.push(chunk.toString())
    cb()
  },
})
let tdb: TestDatabase
let app: FastifyInstance
let crypto: PiiCrypto

const serial = String(process.pid % 10_000).padStart(4, '0')
const COMPANY = withCheckDigit(`01055${serial}001`)
const CANCELLED = withCheckDigit(`01055${serial}002`)
const LISTED = withCheckDigit(`31000${serial}001`)
const UNLISTED = withCheckDigit(`31000${serial}002`)
const WITHDRAWN = withCheckDigit(`31000${serial}003`)
const NOBODY = withCheckDigit(`31000${serial}009`)
const BAD_DIGIT = `${LISTED.slice(0, 12)}${(Number(LISTED[12]) + 1) % 10}`
const ids: Record<string, string> = {}

async function company(juristicId: string, status: 'ACTIVE' | 'CANCELLED', nameTh: string) {
  await seedCheckCompany(tdb.database.db, crypto, {
    juristicId,
    nameTh,
    nameEn: `${nameTh} Co., Ltd.`,
    status,
  })
}

async function person(nationalId: string, choices: boolean[]) {
  ids[nationalId] = await seedCheckPerson(tdb.database.db, crypto, {
    nationalId,
    firstTh: `สมชาย${nationalId.slice(-3)}`,
    firstEn: 'Somchai',
    choices,
  })
}

before(async () => {
  tdb = await createTestDatabase()
  const config = testConfig({ LOG_LEVEL: 'info' })
  crypto = createPiiCrypto({ encryption: config.secrets.encryption, hmac: config.secrets.hmac })
  app = await buildTestApp(tdb.database, {
    config,
    logger: createLogger({ level: 'info', destination: sink }) as FastifyBaseLogger,
  })
  // Tests sign a person in the way the bank's sign-in ends: their id in the session.
  app.get('/test/sign-in/:id', async (request, reply) => {
    request.session.set('personId', (request.params as { id: string }).id)
    return reply.send('ok')
  })
  await app.ready()
  await company(COMPANY, 'ACTIVE', 'บริษัท ทดสอบการค้า จำกัด')
  await company(CANCELLED, 'CANCELLED', 'บริษัท เลิกกิจการ จำกัด')
  await person(LISTED, [true])
  await person(UNLISTED, [])
  await person(WITHDRAWN, [true, false])
})
after(async () => {
  await app.close()
  await tdb.close()
})

const page = (number: string, lang = 'th') =>
  app.inject(`/check-registration?number=${encodeURIComponent(number)}&lang=${lang}`)
const api = (...numbers: string[]) =>
  app.inject(
    `/api/v1/registration-check?${numbers.map((n) => `number=${encodeURIComponent(n)}`).join('&')}`,
  )

/** A page with what changes per request (nonces, the number asked) taken out. */
function comparable(body: string, number: string): string {
  return body
    .replace(/nonce="[^"]*"/g, 'nonce=""')
    .replaceAll(encodeURIComponent(number), 'N')
    .replaceAll(number, 'N')
}

describe('the public registration check page', () => {
  it('shows a listed company with its name, kind, status and dates, and never its address', async () => {
    const res = await page(COMPANY)
    assert.equal(res.statusCode, 200)
    assert.match(res.body, /data-answer="listed" data-party="company"/)
    assert.match(res.body, /บริษัท ทดสอบการค้า จำกัด/)
    assert.match(res.body, /data-status="ACTIVE"/)
    assert.match(res.body, /ผู้นำเข้าและส่งออก/)
    assert.match(res.body, /15 มกราคม 2569/, 'valid from in the Buddhist Era')
    assert.match(res.body, /ไม่มีวันสิ้นสุด/)
    assert.doesNotMatch(res.body, /someone@example\.com|0812345678/)
    assert.equal(res.headers['x-robots-tag'], 'noindex')
    const en = await page(COMPANY, 'en')
    assert.match(en.body, /Co\., Ltd\./)
    assert.match(en.body, /Valid until<\/dt>\s*<dd[^>]*>No end date/)
  })

  it('shows a cancelled registration as cancelled', async () => {
    const res = await page(CANCELLED, 'en')
    assert.equal(res.statusCode, 200)
    assert.match(res.body, /data-status="CANCELLED">Cancelled</)
  })

  it('shows a listed person by name', async () => {
    const res = await page(LISTED, 'en')
    assert.equal(res.statusCode, 200)
    assert.match(res.body, /data-party="person"/)
    assert.match(res.body, /Mr Somchai Jaidee/)
  })

  it('answers an unlisted person exactly as a number nobody registered, page and API alike', async () => {
    for (const hidden of [UNLISTED, WITHDRAWN]) {
      for (const lang of ['th', 'en']) {
        const a = await page(hidden, lang)
        const b = await page(NOBODY, lang)
        assert.equal(a.statusCode, 200)
        assert.equal(a.statusCode, b.statusCode)
        assert.match(a.body, /data-answer="not_listed"/)
        assert.doesNotMatch(a.body, /สมชาย|Somchai/)
        assert.equal(comparable(a.body, hidden), comparable(b.body, NOBODY))
        assert.equal(a.headers['content-type'], b.headers['content-type'])
      }
      const [x, y] = [await api(hidden), await api(NOBODY)]
      assert.equal(x.statusCode, y.statusCode)
      assert.equal(comparable(x.body, hidden), comparable(y.body, NOBODY))
      assert.deepEqual(x.json(), { answers: [{ number: hidden, result: 'not_listed' }] })
    }
  })

  it('calls a wrong check digit invalid, not "not found"', async () => {
    const res = await page(BAD_DIGIT, 'en')
    assert.equal(res.statusCode, 400)
    assert.match(res.body, /<title>Error: /)
    assert.match(res.body, /data-error-summary/)
    assert.match(res.body, /not valid/)
    assert.doesNotMatch(res.body, /data-answer/)
    assert.deepEqual((await api(BAD_DIGIT)).json(), {
      answers: [{ number: BAD_DIGIT, result: 'invalid' }],
    })
    const empty = await app.inject('/check-registration?number=')
    assert.equal(empty.statusCode, 400)
    assert.match(empty.body, /กรอกเลขทะเบียน 13 หลัก/)
  })

  it('accepts a number typed with dashes, spaces or Thai digits', async () => {
    for (const typed of [
      formatThaiId(COMPANY),
      formatThaiId(COMPANY).replaceAll('-', ' '),
      toThaiDigits(COMPANY),
    ]) {
      const res = await page(typed)
      assert.equal(res.statusCode, 200, typed)
      assert.match(res.body, /data-party="company"/)
    }
  })
})

describe('the check API', () => {
  it('answers up to 100 numbers in order, the same as the page', async () => {
    const numbers = [COMPANY, CANCELLED, LISTED, UNLISTED, NOBODY, BAD_DIGIT]
    const res = await api(...numbers)
    assert.equal(res.statusCode, 200)
    assert.match(String(res.headers['cache-control']), /max-age=30/)
    const answers = (
      res.json() as {
        answers: {
          number: string
          result: string
          registrations?: { status: string }[]
          name?: { en: string } | null
        }[]
      }
    ).answers
    assert.deepEqual(
      answers.map((a) => a.result),
      ['listed', 'listed', 'listed', 'not_listed', 'not_listed', 'invalid'],
    )
    for (const [i, n] of numbers.entries()) {
      const p = await page(n, 'en')
      const a = answers[i]
      assert.ok(a)
      if (a.result === 'invalid') assert.equal(p.statusCode, 400)
      if (a.result === 'not_listed') assert.match(p.body, /data-answer="not_listed"/)
      if (a.result === 'listed') {
        const shown = [...p.body.matchAll(/data-status="([A-Z]+)"/g)].map((m) => m[1])
        assert.deepEqual(
          shown,
          a.registrations?.map((r) => r.status),
        )
        assert.ok(a.name && p.body.includes(a.name.en), 'the same name')
      }
    }
    assert.equal(JSON.stringify(answers).includes('example.com'), false)
    const hundred = await api(...Array.from({ length: 100 }, () => COMPANY))
    assert.equal(hundred.statusCode, 200)
    assert.equal((hundred.json() as { answers: unknown[] }).answers.length, 100)
    const tooMany = await api(...Array.from({ length: 101 }, () => COMPANY))
    assert.equal(tooMany.statusCode, 400)
    assert.match(String(tooMany.headers['content-type']), /application\/problem\+json/)
    assert.equal((await app.inject('/api/v1/registration-check')).statusCode, 400)
  })

  it('is in the portal’s OpenAPI 3.1 document, naming the path and the answer schema', async () => {
    const old = await app.inject('/api/v1/registration-check/openapi.json')
    assert.equal(old.statusCode, 308, 'its own document’s address leads to the one document')
    assert.equal(old.headers.location, CHECK_PATHS.openapi)
    const res = await app.inject(CHECK_PATHS.openapi)
    assert.equal(res.statusCode, 200)
    const doc = res.json() as {
      openapi: string
      paths: Record<string, { get?: { tags?: string[] } }>
      components: { schemas: Record<string, unknown> }
    }
    assert.equal(doc.openapi, '3.1.0')
    const valid = await new Validator().validate(doc)
    assert.equal(valid.valid, true, JSON.stringify(valid.errors))
    assert.deepEqual(doc.paths['/api/v1/registration-check']?.get?.tags, ['registration-check'])
    assert.ok(doc.components.schemas.CheckAnswer)
    assert.ok(doc.components.schemas.CheckResponse)
    assert.ok(doc.components.schemas.CheckProblem)
  })

  it('limits each client address to 60 calls a minute', async () => {
    let last = 0
    for (let i = 0; i < 70 && last !== 429; i++) {
      last = (
        await app.inject({
          url: `/api/v1/registration-check?number=${NOBODY}`,
          remoteAddress: '10.9.9.9',
        })
      ).statusCode
    }
    assert.equal(last, 429)
    const other = await app.inject({
      url: `/api/v1/registration-check?number=${NOBODY}`,
      remoteAddress: '10.9.9.8',
    })
    assert.equal(other.statusCode, 200)
  })
})

describe('a registrant chooses to be listed', () => {
  it('lists and unlists them at once, keeps every choice, audits it and refuses a tampered value', async () => {
    const jar = cookieJar()
    const get = async (url: string) => {
      const r = await app.inject({ url, headers: { cookie: jar.header() } })
      jar.take(r)
      return r
    }
    const post = async (listed: string) => {
      const form = await get('/account/public-listing')
      const r = await app.inject({
        method: 'POST',
        url: '/account/public-listing',
        payload: new URLSearchParams({ _csrf: csrfFrom(form.body), listed }).toString(),
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.header() },
      })
      jar.take(r)
      return r
    }
    assert.equal((await get('/account/public-listing')).headers.location, '/account/sign-in')
    await get(`/test/sign-in/${ids[UNLISTED]}`)
    const form = await get('/account/public-listing?lang=en')
    assert.equal(form.statusCode, 200)
    assert.match(form.body, /data-listed="false"/)
    // The check is asked (and caches its answer) before the choice: the choice still counts at once.
    assert.match((await page(UNLISTED)).body, /data-answer="not_listed"/)
    const saved = await post('yes')
    assert.equal(saved.statusCode, 303)
    assert.match((await get(String(saved.headers.location))).body, /data-saved/)
    assert.match((await page(UNLISTED, 'en')).body, /data-party="person"/)
    await post('no')
    assert.match((await page(UNLISTED)).body, /data-answer="not_listed"/)
    const history = await get('/account/public-listing?lang=en')
    assert.equal([...history.body.matchAll(/<tr>/g)].length, 3, 'a header row and two choices')
    const tampered = await post('maybe')
    assert.equal(tampered.statusCode, 400)
    const missing = await post('')
    assert.equal(missing.statusCode, 400)
    assert.match(missing.body, /data-error-summary/)
    const audit = await tdb.database.db
      .selectFrom('audit_events')
      .select(['action', 'outcome'])
      .where('subject_id', '=', ids[UNLISTED] ?? '')
      .where('action', 'like', 'registration_check.%')
      .orderBy('occurred_at')
      .orderBy('id')
      .execute()
    assert.deepEqual(
      audit.map((a) => `${a.action}:${a.outcome}`),
      [
        'registration_check.listed:ok',
        'registration_check.unlisted:ok',
        'registration_check.listing_tampered:refused',
      ],
    )
  })
})

describe('the logs', () => {
  it('hold no number asked, however it was typed', () => {
    const all = lines.join('')
    assert.ok(all.includes('/check-registration'), 'requests were logged')
    for (const n of [LISTED, UNLISTED, NOBODY, COMPANY]) {
      for (const s of [n, formatThaiId(n), encodeURIComponent(toThaiDigits(n)), n.slice(1, 12)])
        assert.equal(all.includes(s), false, `no ${s} in the logs`)
    }
  })
})
