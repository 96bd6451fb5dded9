import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { slaContext } from '../../src/features/help-desk/index.js'
import {
  addOfficer,
  signIn,
  type OfficerClient,
} from '../../src/features/officers/test-support/officers.js'
import { buildTestApp, testConfig } from '../helpers/app.js'
import { createTestDatabase, type TestDatabase } from '../helpers/db.js'

// The SLA targets' edit page: every category's first-reply and resolution targets, validated
// (whole hours, resolution not shorter than the first reply, a reason), saved with history and
// audit, a stale page refused without losing what was typed; the SLA clocks use the new values.

let tdb: TestDatabase
let app: FastifyInstance
let desk: OfficerClient
let desk2: OfficerClient
let integrity: OfficerClient
const PAGE = '/officer/help-desk/settings/targets'
const CATEGORIES = [
  'registration',
  'identity',
  'company',
  'technical',
  'service_complaint',
  'corruption',
]

before(async () => {
  tdb = await createTestDatabase()
  const config = testConfig()
  process.env.DATA_DIR = config.dataDir
  app = await buildTestApp(tdb.database, { config })
  await app.ready()
  const db = tdb.database.db
  desk = await signIn(app, await addOfficer(app, db, 'tgt.desk', ['help_desk']))
  desk2 = await signIn(app, await addOfficer(app, db, 'tgt.desk2', ['help_desk']))
  integrity = await signIn(app, await addOfficer(app, db, 'tgt.integrity', ['integrity_risk']))
})
after(async () => {
  await app.close()
  await tdb.close()
})

type Row = {
  category: string
  first_response_hours: number
  resolution_hours: number
  version: number
}
async function stored(): Promise<Map<string, Row>> {
  const rows = (await tdb.database.db
    .selectFrom('helpdesk_sla_targets' as never)
    .selectAll()
    .execute()) as Row[]
  return new Map(rows.map((r) => [r.category, r]))
}

/** The form as the page shows it: every field's value. */
function formOf(html: string): Record<string, string> {
  const form: Record<string, string> = {}
  for (const m of html.matchAll(
    /<input[^>]*name="((?:first|resolution|version)-[a-z_]+)"[^>]*value="([^"]*)"/g,
  ))
    form[m[1] as string] = m[2] as string
  return form
}

describe('the SLA targets page', () => {
  it('shows every category’s targets from the table, to configurers only', async () => {
    const page = await desk.get(`${PAGE}?lang=en`)
    assert.equal(page.statusCode, 200)
    const form = formOf(page.body)
    const rows = await stored()
    for (const c of CATEGORIES) {
      assert.equal(form[`first-${c}`], String(rows.get(c)?.first_response_hours))
      assert.equal(form[`resolution-${c}`], String(rows.get(c)?.resolution_hours))
      assert.match(
        page.body,
        new RegExp(`<label class="visually-hidden" for="first-${c}">First reply: `),
      )
    }
    assert.match(page.body, /No changes yet/)
    assert.equal((await integrity.get(PAGE)).statusCode, 403)
  })

  it('refuses bad values with each problem at its field and in the summary, keeping what was typed', async () => {
    const page = await desk.get(`${PAGE}?lang=en`)
    const bad = await desk.post(`${PAGE}?lang=en`, PAGE, {
      ...formOf(page.body),
      'first-technical': '0',
      'resolution-registration': '3',
      'resolution-company': 'eight',
      reason: 'no',
    })
    assert.equal(bad.statusCode, 400)
    assert.match(bad.body, /data-error-summary/)
    for (const [field, message] of [
      ['first-technical', 'Enter a number of hours from 1 to 2,000'],
      ['resolution-registration', 'The resolution target cannot be shorter than the first reply'],
      ['resolution-company', 'Enter a number of hours from 1 to 5,000'],
      ['reason', 'Enter a reason of 5 to 500 characters'],
    ]) {
      assert.match(bad.body, new RegExp(`<a href="#${field}">${message}</a>`))
      assert.match(bad.body, new RegExp(`id="${field}-error">${message}<`))
    }
    assert.match(bad.body, /name="resolution-company" inputmode="numeric" value="eight"/i)
    assert.equal((await stored()).get('technical')?.version, 1, 'nothing saved')
  })

  it('saves a change with its history and audit; a page opened before it is refused, the typing kept', async () => {
    const before = await desk2.get(PAGE) // desk2 opens the page before desk saves
    const page = await desk.get(`${PAGE}?lang=en`)
    const saved = await desk.post(`${PAGE}?lang=en`, PAGE, {
      ...formOf(page.body),
      'first-technical': '๒',
      'resolution-technical': '16',
      reason: 'Faster answers for technical faults (memo 12/2570)',
    })
    assert.equal(saved.statusCode, 303)
    assert.equal(saved.headers.location, `${PAGE}?saved=technical`)
    const row = (await stored()).get('technical')
    assert.deepEqual(
      [row?.first_response_hours, row?.resolution_hours, row?.version],
      [2, 16, 2],
      'Thai digits read as numbers',
    )
    assert.equal((await stored()).get('registration')?.version, 1, 'unchanged rows stay')
    const audit = await tdb.database.db
      .selectFrom('audit_events')
      .select(['subject_id', 'data'])
      .where('action', '=', 'helpdesk.sla_target_changed')
      .execute()
    assert.equal(audit.length, 1)
    assert.equal(audit[0]?.subject_id, 'sla:technical')
    assert.deepEqual((audit[0]?.data as { after: unknown }).after, {
      firstResponseHours: 2,
      resolutionHours: 16,
    })
    const shown = await desk.get(`${saved.headers.location as string}&lang=en`)
    assert.match(shown.body, /data-saved/)
    assert.match(shown.body, /Saved: Technical problem/)
    assert.match(shown.body, /first reply 4 → 2 h, resolution 24 → 16 h/)
    assert.match(shown.body, /Faster answers for technical faults \(memo 12\/2570\)/)
    assert.match(shown.body, /Officer tgt\.desk/)

    // The SLA clocks read the new target at once.
    const { targetOf } = await slaContext({ db: tdb.database.db })
    assert.deepEqual(targetOf('technical'), { firstResponseHours: 2, resolutionHours: 16 })

    const stale = await desk2.postWithToken(PAGE, {
      _csrf: /name="_csrf" value="([^"]+)"/.exec(before.body)?.[1] ?? '',
      ...formOf(before.body),
      'resolution-identity': '48',
      reason: 'Identity checks take longer',
    })
    assert.equal(stale.statusCode, 409)
    assert.match(stale.body, /data-changed-meanwhile/)
    assert.match(stale.body, /name="resolution-identity" inputmode="numeric" value="48"/i)
    assert.match(stale.body, /Identity checks take longer/)
    assert.match(
      stale.body,
      /name="version-technical" value="2"/,
      'the page now carries the current version',
    )
    assert.equal((await stored()).get('identity')?.resolution_hours, 40, 'all or nothing')

    const nothing = await desk.post(PAGE, PAGE, {
      ...formOf((await desk.get(PAGE)).body),
      reason: 'Only looking',
    })
    assert.equal(nothing.headers.location, `${PAGE}?saved=`)
    assert.equal(
      (
        await tdb.database.db
          .selectFrom('audit_helpdesk_sla_target_changes' as never)
          .selectAll()
          .execute()
      ).length,
      1,
      'an unchanged save writes no history',
    )
  })
})
