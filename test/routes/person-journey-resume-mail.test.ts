import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { isMovable } from '../../src/platform/jobs/index.js'
import type { TestDatabase } from '../helpers/db.js'
import { Desktop, idFactory, journeyApp, lastCode } from '../helpers/journey.js'

// Issue 17 #10: the "continue your application" e-mail goes out when the applicant leaves (their
// session has timed out) or asks for it — never while they are still typing.

let tdb: TestDatabase
let app: FastifyInstance
let close: () => Promise<void>
const freshId = idFactory('5')
const PATH = '/register/person'
const MINUTE = 60_000

before(async () => {
  ;({ tdb, app, close } = await journeyApp())
})
after(() => close())

function clock() {
  const c = app.jobs.clock
  assert.ok(isMovable(c))
  return c
}

/** The resume links e-mailed to this address so far. */
async function resumeLinks(email: string): Promise<string[]> {
  const rows = await tdb.database.db.selectFrom('outbox').select('payload').execute()
  return rows
    .filter((r) => r.payload.to === email)
    .map((r) => /(\/register\/person\/resume\/[A-Za-z0-9_-]+)/.exec(String(r.payload.text))?.[1])
    .filter((l): l is string => l !== undefined)
}

/** A new applicant who has typed their details and confirmed the e-mail code. */
async function typing(email: string) {
  const d = new Desktop(app)
  await d.post(PATH, PATH, { accept: 'yes' })
  const res = await d.post(`${PATH}/details`, `${PATH}/details`, {
    nationalId: freshId(),
    email,
    mobile: '0812345678',
  })
  assert.equal(res.headers.location, `${PATH}/confirm-email`)
  return d
}

describe('the "continue your application" e-mail', () => {
  it('is not sent while the applicant is there, and is sent once after their session times out', async () => {
    const email = `leaves.${process.pid}@example.com`
    const d = await typing(email)
    assert.deepEqual(await resumeLinks(email), [], 'nothing mid-step')
    await d.post(`${PATH}/confirm-email`, `${PATH}/confirm-email`, {
      code: await lastCode(tdb.database, email),
    })
    // Saved long ago but still here (the session is alive): no e-mail.
    await tdb.database.db
      .updateTable('applications')
      .set({ updated_at: new Date(Date.now() - 30 * MINUTE) })
      .where('email', '=', email)
      .execute()
    clock().advance(2 * MINUTE)
    await app.jobs.scheduler.tick()
    assert.deepEqual(await resumeLinks(email), [], 'a live session means they are still there')

    // The session's idle time passes by the jobs' clock: they have left.
    clock().advance(16 * MINUTE)
    const ran = await app.jobs.scheduler.tick()
    assert.ok(ran.includes('person.resume-links'))
    const links = await resumeLinks(email)
    assert.equal(links.length, 1, 'one e-mail once they have left')
    clock().advance(30 * MINUTE)
    await app.jobs.scheduler.tick()
    assert.equal((await resumeLinks(email)).length, 1, 'not again for the same absence')

    const link = links[0] as string
    const other = new Desktop(app)
    assert.equal((await other.get(link)).statusCode, 200, 'the link works')
    const audit = await tdb.database.db
      .selectFrom('audit_events')
      .select('actor_type')
      .where('action', '=', 'application.resume_link_sent')
      .execute()
    assert.ok(audit.length >= 1 && audit.every((a) => a.actor_type === 'system'))
  })

  it('is sent at once when the applicant asks for it, and the newest link is the one that works', async () => {
    const email = `asks.${process.pid}@example.com`
    const d = await typing(email)
    const res = await d.post(`${PATH}/details`, `${PATH}/continue-later`, {})
    assert.equal(res.statusCode, 200)
    assert.match(res.body, /data-link-sent/)
    assert.match(res.body, /<a href="\/register\/person\/confirm-email">/)
    const first = await resumeLinks(email)
    assert.equal(first.length, 1)
    await d.post(`${PATH}/details`, `${PATH}/continue-later`, {})
    const both = await resumeLinks(email)
    assert.equal(both.length, 2)
    assert.equal((await new Desktop(app).get(first[0] as string)).statusCode, 404)
    assert.equal((await new Desktop(app).get(both[1] as string)).statusCode, 200)
  })
})
