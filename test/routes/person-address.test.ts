import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { sql } from 'kysely'
import type { EkycSimulator } from '../../src/simulators/ekyc/index.js'
import { areasForPostcode } from '../../src/features/address/index.js'
import { PDPA_PATHS } from '../../src/features/pdpa/index.js'
import type { TestDatabase } from '../helpers/db.js'
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

// Issue 17, points 1 and 7: the words people type before a soi or road are said once, and an
// English page lists the areas with English names.

let tdb: TestDatabase
let app: FastifyInstance
let sim: EkycSimulator
let close: () => Promise<void>
const freshId = idFactory('3')
const PATH = '/register/person'

before(async () => {
  ;({ tdb, app, sim, close } = await journeyApp())
})
after(() => close())

const khlongToeiNuea = () => {
  const area = areasForPostcode('10110').find((a) => a.subdistrict === 'คลองเตยเหนือ')
  assert.ok(area)
  return area
}

/** A new applicant, verified by the bank, at the mailing-address step. */
async function atYourDetails(nationalId: string, email: string) {
  const d = new Desktop(app)
  await d.post(PATH, PATH, { accept: 'yes' })
  await d.post(`${PATH}/details`, `${PATH}/details`, {
    nationalId,
    email,
    mobile: '081-234-5678',
  })
  await d.post(`${PATH}/confirm-email`, `${PATH}/confirm-email`, {
    code: await lastCode(tdb.database, email),
  })
  await d.post(`${PATH}/verify`, `${PATH}/verify/start`, {})
  const page = await d.get(`${PATH}/verify`)
  const handle = handleFrom(page.body)
  const callback = await approveOnPhone(app, sim.url, handle, { national_id: nationalId })
  assert.ok(callback)
  await finishOnPhone(app, callback, bindingCodeFrom(page.body))
  const cont = await d.get(`/ekyc/continue/${handle}`)
  assert.equal(cont.headers.location, `${PATH}/your-details`)
  return d
}

const typed = {
  mailingSame: 'no',
  houseNo: '99/1',
  moo: 'หมู่ที่ 4',
  soi: 'ซอยสุขุมวิท 11',
  road: 'ถนนสุขุมวิท',
  postcode: '10110',
}
const EXPECTED = '99/1 หมู่ 4 ซอยสุขุมวิท 11 ถนนสุขุมวิท แขวงคลองเตยเหนือ เขตวัฒนา กรุงเทพมหานคร 10110'

async function mailingOf(email: string) {
  const row = await tdb.database.db
    .selectFrom('applications')
    .select(['id', 'mailing_address'])
    .where('email', '=', email)
    .executeTakeFirstOrThrow()
  return row
}

describe('the mailing address says each word once', () => {
  it('stores the bare soi, road and moo, and the check page and my data show them once', async () => {
    const nationalId = freshId()
    const email = `address.a.${process.pid}@example.com`
    const d = await atYourDetails(nationalId, email)
    const saved = await d.post(`${PATH}/your-details`, `${PATH}/your-details`, {
      ...typed,
      area: khlongToeiNuea().subdistrictCode,
      action: 'save',
    })
    assert.equal(saved.headers.location, `${PATH}/check`)
    const stored = (await mailingOf(email)).mailing_address
    assert.ok(stored?.kind === 'other')
    assert.deepEqual([stored.moo, stored.soi, stored.road], ['4', 'สุขุมวิท 11', 'สุขุมวิท'])

    const check = await d.get(`${PATH}/check`)
    assert.ok(check.body.includes(EXPECTED), 'the check page says each word once')
    assert.doesNotMatch(check.body, /ซอยซอย|ถนนถนน|หมู่ หมู่/)

    const token = /name="_csrf" value="([^"]+)"/.exec(check.body)?.[1] ?? ''
    const submitKey = /name="submitKey" value="([^"]+)"/.exec(check.body)?.[1] ?? ''
    const submit = await d.postWithToken(`${PATH}/submit`, { _csrf: token, submitKey })
    assert.equal(submit.headers.location, `${PATH}/done`)
    assert.match((await d.get(`${PATH}/done`)).body, /data-registration-number/)

    // The registration keeps the same address: the account's data page says it once too.
    const account = new Desktop(app)
    await account.post('/account/sign-in', '/account/sign-in', {})
    const handle = handleFrom((await account.get('/account/sign-in')).body)
    const callback = await approveOnPhone(app, sim.url, handle, { national_id: nationalId })
    assert.ok(callback)
    const back = await account.get(callback)
    assert.equal((await account.get(String(back.headers.location))).headers.location, '/account')
    const myData = await account.get(PDPA_PATHS.myData)
    assert.equal(myData.statusCode, 200)
    assert.ok(myData.body.includes(EXPECTED), 'my data says each word once')
    assert.doesNotMatch(myData.body, /ซอยซอย|ถนนถนน/)
    // On the English page the Thai address is marked as Thai for screen readers.
    const english = await account.get(`${PDPA_PATHS.myData}?lang=en`)
    assert.match(english.body, /data-field="mailingAddress">99\/1 <span lang="th">หมู่ 4 ซอยสุขุมวิท/)
    await account.get(`${PDPA_PATHS.myData}?lang=th`)
  })

  it('says each word once for an address stored with its prefixes before this change', async () => {
    const email = `address.b.${process.pid}@example.com`
    const d = await atYourDetails(freshId(), email)
    await d.post(`${PATH}/your-details`, `${PATH}/your-details`, {
      mailingSame: 'yes',
      action: 'save',
    })
    const { id } = await mailingOf(email)
    const old = {
      kind: 'other',
      houseNo: '99/1',
      moo: '4',
      soi: 'ซอยสุขุมวิท 11',
      road: 'ถนนสุขุมวิท',
      ...khlongToeiNuea(),
    }
    await sql`update applications set mailing_address = ${JSON.stringify(old)}::jsonb where id = ${id}`.execute(
      tdb.database.db,
    )
    const check = await d.get(`${PATH}/check`)
    assert.ok(check.body.includes(EXPECTED), 'the stored prefixes are not doubled')
    assert.doesNotMatch(check.body, /ซอยซอย|ถนนถนน/)

    // In English: English place names, Soi and Rd, and the Thai road name marked as Thai.
    const english = await d.get(`${PATH}/check?lang=en`)
    assert.ok(
      english.body.includes(
        '99/1 Moo 4, Soi <span lang="th">สุขุมวิท</span> 11, <span lang="th">สุขุมวิท</span> Rd, Khwaeng Khlong Toei Nuea, Khet Watthana, Bangkok 10110',
      ),
      'the English check page writes the address in English',
    )
    await d.get(`${PATH}/check?lang=th`)
  })

  it('lists the areas of a postcode with English names on the English page', async () => {
    const d = await atYourDetails(freshId(), `address.c.${process.pid}@example.com`)
    await d.get(`${PATH}/your-details?lang=en`)
    const found = await d.post(`${PATH}/your-details`, `${PATH}/your-details`, {
      ...typed,
      action: 'find',
    })
    assert.equal(found.statusCode, 200)
    assert.match(found.body, /<html lang="en"/)
    assert.match(found.body, />Khwaeng Khlong Toei Nuea, Khet Watthana, Bangkok 10110</)
    assert.match(found.body, />Khwaeng Khlong Toei, Khet Khlong Toei, Bangkok 10110</)
    assert.doesNotMatch(found.body, /<option[^>]*>แขวง/)
    // The bank's Thai name and address are marked Thai for screen readers.
    assert.match(found.body, /<span lang="th">/)

    const thai = await d.get(`${PATH}/your-details?lang=th`)
    assert.match(thai.body, /<html lang="th"/)
  })

  it('saves the area chosen among those the data has without a code (Bueng Kan)', async () => {
    const email = `address.d.${process.pid}@example.com`
    const d = await atYourDetails(freshId(), email)
    const form = { mailingSame: 'no', houseNo: '1', postcode: '38000' }
    const found = await d.post(`${PATH}/your-details`, `${PATH}/your-details`, {
      ...form,
      action: 'find',
    })
    const value = /<option value="([^"]*)"[^>]*>ตำบลหอคำ /.exec(found.body)?.[1]
    assert.ok(value, 'หอคำ is in the list')
    const saved = await d.post(`${PATH}/your-details`, `${PATH}/your-details`, {
      ...form,
      area: value,
      action: 'save',
    })
    assert.equal(saved.headers.location, `${PATH}/check`)
    const stored = (await mailingOf(email)).mailing_address
    assert.ok(stored?.kind === 'other')
    assert.equal(stored.subdistrict, 'หอคำ')
    // Coming back to the step, the same area is selected.
    const again = await d.get(`${PATH}/your-details`)
    assert.match(again.body, /<option value="[^"]*" selected[^>]*>ตำบลหอคำ /)
  })
})
