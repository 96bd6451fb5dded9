import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { buildApp } from '../../src/app.js'
import {
  addOfficer,
  signIn,
  type OfficerClient,
  type TestOfficer,
} from '../../src/features/officers/test-support/officers.js'
import { movableClock, type MovableClock } from '../../src/platform/jobs/index.js'
import { testConfig } from '../helpers/app.js'
import { createTestDatabase, type TestDatabase } from '../helpers/db.js'
import { Guest } from './help-desk-support.js'

// The SLA job e-mails what it records (a warning, a breach) to the officer the ticket is assigned
// to, or to the officers of its queue, each once, through the outbox, audited. The jobs' clock
// starts on Monday 8 March 2027, 09:00 Bangkok (no holiday near), so business hours are exact.

const MONDAY_0900_BKK = new Date('2027-03-08T02:00:00Z')
const MINUTE = 60_000
const HOUR = 60 * MINUTE

let tdb: TestDatabase
let app: FastifyInstance
let clock: MovableClock
let desk: TestOfficer
let deskClient: OfficerClient
let desk2: TestOfficer
let integrity: TestOfficer

before(async () => {
  tdb = await createTestDatabase()
  const config = testConfig()
  process.env.DATA_DIR = config.dataDir
  clock = movableClock(MONDAY_0900_BKK)
  app = await buildApp({
    config,
    database: tdb.database,
    clock,
    limits: { postsPerMinute: 10_000, readsPerMinute: 10_000, postsPerMinutePerAddress: 10_000 },
  })
  await app.ready()
  const db = tdb.database.db
  desk = await addOfficer(app, db, 'sla.desk', ['help_desk'])
  desk2 = await addOfficer(app, db, 'sla.desk2', ['help_desk'])
  integrity = await addOfficer(app, db, 'sla.integrity', ['integrity_risk'])
  deskClient = await signIn(app, desk)
  await app.jobs.scheduler.tick() // the jobs are scheduled from the clock's start
})
after(async () => {
  await app.close()
  await tdb.close()
})

type Mail = { to: string; subject: string; text: string }
const addressOf = (o: TestOfficer) => `${o.username}@customs.example`

async function mailsTo(o: TestOfficer): Promise<Mail[]> {
  const rows = await tdb.database.db
    .selectFrom('outbox')
    .select(['payload'])
    .orderBy('created_at')
    .execute()
  return rows.map((r) => r.payload as unknown as Mail).filter((p) => p.to === addressOf(o))
}

async function openTicket(category: string, email?: string): Promise<{ id: string; ref: string }> {
  const g = new Guest(app)
  const res = await g.postHelp('/help/new', {
    category,
    subject: 'Secret subject words',
    message: 'Something went wrong with my registration, please help.',
    ...(email ? { email } : {}),
  })
  assert.equal(res.statusCode, 303)
  const ref = /data-reference="true">([^<]+)</.exec((await g.get('/help/sent')).body)?.[1] ?? ''
  const row = (await tdb.database.db
    .selectFrom('helpdesk_tickets' as never)
    .select('id' as never)
    .where('reference' as never, '=', ref as never)
    .executeTakeFirstOrThrow()) as { id: string }
  return { id: row.id, ref }
}

/** Moves the jobs' clock and runs what is due; the SLA job must be among it. */
async function later(ms: number): Promise<void> {
  clock.advance(ms)
  const ran = await app.jobs.scheduler.tick()
  assert.ok(ran.includes('helpdesk.sla'), `the SLA job ran (${ran.join(', ')})`)
}

async function mailedAudits(ticketId: string) {
  return tdb.database.db
    .selectFrom('audit_events')
    .select(['action', 'data'])
    .where('action', '=', 'helpdesk.sla_mailed')
    .where('subject_id', '=', ticketId)
    .execute()
}

describe('the SLA e-mails to officers', () => {
  it('tells the assignee, the queue when nobody is assigned, the integrity officers for sealed complaints — each notice once', async () => {
    // Technical: first reply in 4 business hours (warning at 3); registration: 8 (warning at 6);
    // corruption: 16 (warning at 12).
    const tech = await openTicket('technical', 'tech.reporter@example.com')
    const reg = await openTicket('registration', 'reg.reporter@example.com')
    const sealed = await openTicket('corruption')

    const at = `/officer/help-desk/tickets/${tech.id}`
    const page = await deskClient.get(at)
    const version = /name="version" value="(\d+)"/.exec(page.body)?.[1] ?? ''
    const assigned = await deskClient.post(at, `${at}/assign`, { version, assignee: desk.id })
    assert.equal(assigned.statusCode, 303)

    // 12:15: the technical ticket has used 3¼ of its 4 hours — its assignee is warned, alone.
    await later(3 * HOUR + 15 * MINUTE)
    let own = await mailsTo(desk)
    assert.equal(own.length, 1)
    const warning = own[0] as Mail
    assert.match(warning.subject, /^ใกล้ครบกำหนดเวลาให้บริการ: เรื่อง .+ \/ Service target nearing: /)
    assert.ok(warning.subject.includes(tech.ref))
    assert.match(warning.text, /ซึ่งมอบหมายให้คุณ/)
    assert.match(warning.text, /assigned to you/)
    assert.match(warning.text, /first reply \(4 business hours\) is nearly due: due [^\n]*2027/)
    assert.match(warning.text, /ใกล้ครบกำหนดตอบครั้งแรก \(4 ชั่วโมงทำการ\)/)
    assert.ok(
      warning.text.includes(`/officer/help-desk/tickets/${tech.id}`),
      'links the ticket in the back office',
    )
    assert.ok(!warning.text.includes('Secret subject'), 'never the reporter’s words')
    assert.ok(!warning.text.includes('tech.reporter'), 'never the reporter’s address')
    assert.equal((await mailsTo(desk2)).length, 0, 'an assigned ticket is the assignee’s')
    const link = /(\/officer\/help-desk\/tickets\/[0-9a-f-]{36})/.exec(warning.text)?.[1] ?? ''
    const again = await signIn(app, desk2) // the hours moved on ended the first session
    assert.equal((await again.get(link)).statusCode, 200, 'the link opens the ticket')
    const audits = await mailedAudits(tech.id)
    assert.equal(audits.length, 1)
    assert.deepEqual((audits[0]?.data as { recipients: string[] }).recipients, [desk.id])

    // 12:35: nothing new; 13:05: the first reply is overdue — one breach e-mail.
    await later(20 * MINUTE)
    assert.equal((await mailsTo(desk)).length, 1, 'a warning is e-mailed once')
    await later(30 * MINUTE)
    own = await mailsTo(desk)
    assert.equal(own.length, 2)
    assert.match(own[1]?.subject ?? '', /เกินกำหนดเวลาให้บริการ.*Service target passed/)
    assert.match(own[1]?.text ?? '', /the first reply target \(4 business hours\) has passed/)

    // 15:05: the unassigned registration ticket has used 6 of its 8 hours: the whole desk hears.
    await later(2 * HOUR)
    for (const o of [desk, desk2]) {
      const m = (await mailsTo(o)).filter((x) => x.subject.includes(reg.ref))
      assert.equal(m.length, 1, `${o.username} is told once`)
      assert.match(m[0]?.text ?? '', /not assigned to anyone yet/)
    }
    assert.equal((await mailsTo(integrity)).length, 0, 'the desk’s tickets are not theirs')

    // Tuesday 13:30: the sealed complaint has used 12½ of 16 hours: the integrity officers only.
    await later(22 * HOUR + 25 * MINUTE)
    const theirs = await mailsTo(integrity)
    assert.equal(theirs.length, 1)
    assert.ok(theirs[0]?.subject.includes(sealed.ref))
    assert.ok(theirs[0]?.text.includes(`/officer/help-desk/sealed/tickets/${sealed.id}`))
    assert.ok(
      !(await mailsTo(desk)).some((m) => m.subject.includes(sealed.ref)),
      'the help desk never hears of a sealed complaint',
    )

    // The unique key holds even if the ticket's own mark were lost: no second warning.
    await tdb.database.db
      .updateTable('helpdesk_tickets' as never)
      .set({ warned_at: null } as never)
      .where('id' as never, '=', sealed.id as never)
      .execute()
    await later(20 * MINUTE)
    assert.equal((await mailsTo(integrity)).length, 1, 'the notice is keyed by ticket and kind')
  })
})
