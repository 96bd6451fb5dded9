import assert from 'node:assert/strict'
import { Writable } from 'node:stream'
import { after, before, describe, it } from 'node:test'
import type { FastifyBaseLogger, FastifyInstance } from 'fastify'
import { createLogger } from '../../src/platform/logger.js'
import { formatThaiId } from '../../src/platform/thai-id.js'
import { toThaiDigits } from '../../src/platform/time.js'
import type { EkycSimulator } from '../../src/simulators/ekyc/index.js'
import { sampleCompanies } from '../../src/simulators/dbd/samples.js'
import { companyWalker } from '../helpers/company.js'
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

// Every log line the application writes during whole journeys, at the production level.
const lines: string[] = []
const sink = new Writable({
  write(chunk: Buffer, _enc, cb) {
    lines.push(chunk.toString())
    cb()
  },
})
let tdb: TestDatabase
let app: FastifyInstance
let sim: EkycSimulator
let close: () => Promise<void>
const freshId = idFactory('4')
const PATH = '/register/person'

before(async () => {
  ;({ tdb, app, sim, close } = await journeyApp({
    logger: createLogger({ level: 'info', destination: sink }) as FastifyBaseLogger,
  }))
})
after(() => close())

/** Every way a national ID can be written. */
function spellings(id: string): string[] {
  const dashed = formatThaiId(id)
  return [id, dashed, dashed.replaceAll('-', ' '), toThaiDigits(id), toThaiDigits(dashed)]
}

describe('no national ID in the logs', () => {
  it('whole journeys, with invalid posts, leave no national ID, one-time link or code in any log line', async () => {
    const ids: string[] = []
    for (const typed of ['plain', 'spaced', 'thai'] as const) {
      const id = freshId()
      ids.push(id)
      const asTyped =
        typed === 'plain'
          ? id
          : typed === 'spaced'
            ? formatThaiId(id).replaceAll('-', ' ')
            : toThaiDigits(id)
      const email = `logs-${typed}@example.com`
      const d = new Desktop(app)
      await d.post(PATH, PATH, { accept: 'yes' })
      // An invalid post first: the typed ID comes back in the page, never in the logs.
      await d.post(`${PATH}/details`, `${PATH}/details`, {
        nationalId: asTyped,
        email: 'bad',
        mobile: '1',
      })
      await d.post(`${PATH}/details`, `${PATH}/details`, {
        nationalId: asTyped,
        email,
        mobile: '0812345678',
      })
      await d.post(`${PATH}/confirm-email`, `${PATH}/confirm-email`, {
        code: await lastCode(tdb.database, email),
      })
      await d.post(`${PATH}/verify`, `${PATH}/verify/start`, {})
      const page = await d.get(`${PATH}/verify`)
      const handle = handleFrom(page.body)
      const callback = await approveOnPhone(app, sim.url, handle, { national_id: id })
      assert.ok(callback)
      await finishOnPhone(app, callback, bindingCodeFrom(page.body))
      await d.get(`/ekyc/continue/${handle}`)
      await d.post(`${PATH}/your-details`, `${PATH}/your-details`, {
        mailingSame: 'yes',
        action: 'save',
      })
      const check = await d.get(`${PATH}/check`)
      const submitKey = /name="submitKey" value="([^"]+)"/.exec(check.body)?.[1] ?? ''
      await d.post(`${PATH}/check`, `${PATH}/submit`, { submitKey })
      const done = await d.get(`${PATH}/done`)
      assert.match(done.body, new RegExp(id), 'the journey really ran')
      const leak = lines.find((l) => l.includes(handle))
      assert.equal(leak, undefined, 'no verification handle in the logs')
    }
    const all = lines.join('')
    assert.ok(lines.length > 50, 'the requests were logged')
    for (const id of ids)
      for (const s of spellings(id)) assert.ok(!all.includes(s), `found ${s} in the logs`)
    assert.doesNotMatch(all, /code=[A-Za-z0-9_-]{10,}/, 'no authorization code in the logs')
  })

  it('a company registered by two directors leaves no director ID or invitation link in the logs', async () => {
    const c = sampleCompanies(1, 1).get('two-sign')?.[0]
    assert.ok(c)
    const from = lines.length
    await companyWalker({ app, tdb, sim }).registerTogether(c, 'logs-company@example.com')
    const company = lines.slice(from).join('')
    assert.ok(lines.length - from > 20, 'the company journey was logged')
    for (const d of c.directors)
      for (const s of spellings(d.id)) assert.ok(!company.includes(s), `found ${s} in the logs`)
    const leaked = /\/company\/sign\/(?!\[token\]|:token).{0,60}/.exec(company)?.[0]
    assert.equal(leaked, undefined, 'no invitation token in the logs')
  })
})
