import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import {
  addOfficer,
  signIn,
  type OfficerClient,
} from '../../src/features/officers/test-support/officers.js'
import { isMovable } from '../../src/platform/jobs/index.js'
import { buildTestApp, testConfig } from '../helpers/app.js'
import { createTestDatabase, type TestDatabase } from '../helpers/db.js'
import { Guest } from './help-desk-support.js'

let tdb: TestDatabase
let app: FastifyInstance
let desk: OfficerClient
let desk2: OfficerClient
let integrity: OfficerClient
const DAY = 86_400_000

before(async () => {
  tdb = await createTestDatabase()
  const config = testConfig()
  process.env.DATA_DIR = config.dataDir
  app = await buildTestApp(tdb.database, { config })
  await app.ready()
  const db = tdb.database.db
  desk = await signIn(app, await addOfficer(app, db, 'hd.desk', ['help_desk']))
  desk2 = await signIn(app, await addOfficer(app, db, 'hd.desk2', ['help_desk']))
  integrity = await signIn(app, await addOfficer(app, db, 'hd.integrity', ['integrity_risk']))
})
after(async () => {
  await app.close()
  await tdb.close()
})

type Mail = { to: string; subject: string; text: string }
async function mailsTo(to: string): Promise<Mail[]> {
  const rows = await tdb.database.db
    .selectFrom('outbox')
    .select(['payload'])
    .orderBy('created_at')
    .execute()
  return rows.map((r) => r.payload as unknown as Mail).filter((p) => p.to === to)
}

async function audits(action: string) {
  return tdb.database.db
    .selectFrom('audit_events as e')
    .leftJoin('audit_event_details as d', 'd.event_id', 'e.id')
    .select(['e.subject_id', 'e.actor_id', 'd.reason'])
    .where('e.action', '=', action)
    .execute()
}

async function statusOf(id: string): Promise<string> {
  const row = (await tdb.database.db
    .selectFrom('helpdesk_tickets' as never)
    .select('status' as never)
    .where('id' as never, '=', id as never)
    .executeTakeFirstOrThrow()) as { status: string }
  return row.status
}

const ref = (html: string) => /data-reference="true">([^<]+)</.exec(html)?.[1] ?? ''
const ticketId = (html: string, reference: string) =>
  new RegExp(`href="/officer/help-desk(?:/sealed)?/tickets/([0-9a-f-]{36})">${reference}<`).exec(
    html,
  )?.[1] ?? ''
const version = (html: string) => /name="version" value="(\d+)"/.exec(html)?.[1] ?? ''

describe('the sealed corruption queue', () => {
  it('is hidden from the help desk (404) and open to the integrity role, whose reveal is audited', async () => {
    const guest = new Guest(app)
    await guest.postHelp('/help/new', {
      category: 'corruption',
      subject: 'Bribe asked',
      message: 'An officer asked for money to speed up my registration.',
      email: 'brave.reporter@example.com',
    })
    const reference = ref((await guest.get('/help/sent')).body)
    const deskInbox = await desk.get('/officer/help-desk')
    assert.ok(!deskInbox.body.includes(reference), 'not in the help desk inbox')
    assert.equal((await desk.get('/officer/help-desk/sealed')).statusCode, 403)

    const sealed = await integrity.get('/officer/help-desk/sealed?lang=en')
    assert.equal(sealed.statusCode, 200)
    const id = ticketId(sealed.body, reference)
    assert.ok(id)
    assert.equal((await desk.get(`/officer/help-desk/tickets/${id}`)).statusCode, 404)
    const page = await integrity.get(`/officer/help-desk/sealed/tickets/${id}?lang=en`)
    assert.equal(page.statusCode, 200)
    assert.ok(!page.body.includes('brave.reporter'), 'sealed until revealed')

    const noReason = await integrity.post(
      `/officer/help-desk/sealed/tickets/${id}`,
      `/officer/help-desk/sealed/tickets/${id}/reveal`,
      { reason: '' },
    )
    assert.equal(noReason.statusCode, 400)
    const reveal = await integrity.post(
      `/officer/help-desk/sealed/tickets/${id}`,
      `/officer/help-desk/sealed/tickets/${id}/reveal`,
      {
        reason: 'Need to interview the reporter as a witness',
      },
    )
    assert.equal(reveal.statusCode, 200)
    assert.match(reveal.body, /brave\.reporter@example\.com/)
    const rows = await audits('helpdesk.reporter_revealed')
    assert.ok(
      rows.some(
        (a) => a.subject_id === id && a.reason === 'Need to interview the reporter as a witness',
      ),
    )
  })
})

describe('notes, assignment and merging', () => {
  it('keeps notes from the reporter, assigns, and merges a duplicate into its main ticket', async () => {
    const email = 'dup.reporter@example.com'
    const open = async (subject: string) => {
      const g = new Guest(app)
      await g.postHelp('/help/new', {
        category: 'identity',
        subject,
        message: 'Pao Tang says my identity cannot be checked.',
        email,
      })
      return { g, reference: ref((await g.get('/help/sent')).body) }
    }
    const main = await open('Pao Tang fails')
    const dup = await open('Pao Tang fails again')
    const inboxPage = await desk.get('/officer/help-desk')
    const dupId = ticketId(inboxPage.body, dup.reference)
    const mainId = ticketId(inboxPage.body, main.reference)
    const at = `/officer/help-desk/tickets/${dupId}`
    const v = async () => version((await desk.get(at)).body)
    assert.equal(
      (
        await desk.post(at, `${at}/note`, {
          version: await v(),
          body: 'Internal: same caller as before',
        })
      ).statusCode,
      303,
    )
    const own =
      /<option value="([0-9a-f-]{36})"[^>]*>Officer hd\.desk</.exec(
        (await desk.get(at)).body,
      )?.[1] ?? ''
    assert.ok(own)
    assert.equal(
      (await desk.post(at, `${at}/assign`, { version: await v(), assignee: own })).statusCode,
      303,
    )
    assert.ok((await desk.get('/officer/help-desk?assignee=me')).body.includes(dup.reference))
    assert.ok(
      !(await dup.g.get(`/help/tickets/${dup.reference}`)).body.includes('same caller'),
      'a note stays internal',
    )
    const bad = await desk.post(at, `${at}/merge`, { version: await v(), into: 'NOTAREF1-0' })
    assert.equal(bad.statusCode, 400)
    assert.match(bad.body, /id="into-error"/)
    assert.equal(
      (await desk.post(at, `${at}/merge`, { version: await v(), into: main.reference })).statusCode,
      303,
    )
    assert.equal(await statusOf(dupId), 'closed')
    assert.ok(
      !(await desk.get('/officer/help-desk')).body.includes(dup.reference),
      'a merged ticket leaves the inbox',
    )
    assert.ok((await desk.get(`/officer/help-desk/tickets/${mainId}`)).statusCode === 200)
  })

  it('lets the reporter close their ticket, after which it takes no reply', async () => {
    const g = new Guest(app)
    await g.postHelp('/help/new', {
      category: 'registration',
      subject: 'Solved myself',
      message: 'Never mind, it works now. Thank you.',
      email: 'closer@example.com',
    })
    const reference = ref((await g.get('/help/sent')).body)
    const closed = await g.post(
      `/help/tickets/${reference}`,
      `/help/tickets/${reference}/close`,
      {},
    )
    assert.equal(closed.statusCode, 303)
    const page = await g.get(`/help/tickets/${reference}`)
    assert.match(page.body, /data-status="closed"/)
    assert.ok(!page.body.includes(`action="/help/tickets/${reference}/reply"`))
  })
})

describe('the statistics', () => {
  it('match the ticket rows, as the page, the CSV and the XLSX', async () => {
    const rows = (await tdb.database.db
      .selectFrom('helpdesk_tickets' as never)
      .select(['category' as never])
      .where('merged_into' as never, 'is', null)
      .execute()) as { category: string }[]
    const page = await desk.get('/officer/help-desk/statistics?from=1/1/2000&to=31/12/2100&lang=en')
    assert.equal(page.statusCode, 200)
    const tickets = [...page.body.matchAll(/<th scope="row">(\d{4})<\/th><td>(\d+)<\/td>/g)].reduce(
      (n, m) => n + Number(m[2]),
      0,
    )
    assert.equal(tickets, rows.length)
    const csv = await desk.get(
      '/officer/help-desk/statistics.csv?from=1/1/2000&to=31/12/2100&lang=en',
    )
    assert.equal(csv.statusCode, 200)
    assert.match(csv.headers['content-type'] as string, /text\/csv/)
    const corruption = rows.filter((r) => r.category === 'corruption').length
    assert.ok(csv.body.includes('Complaint about corruption or misconduct'))
    assert.ok(corruption >= 1)
    const xlsx = await desk.get('/officer/help-desk/statistics.xlsx')
    assert.equal(xlsx.statusCode, 200)
    assert.equal(xlsx.rawPayload.subarray(0, 2).toString(), 'PK')
    assert.equal((await integrity.get('/officer/help-desk/statistics')).statusCode, 403)
  })
})

describe('the help desk settings', () => {
  it('saves the contact page as a new version with its history, and adds a holiday', async () => {
    const page = await desk.get('/officer/help-desk/settings?lang=en')
    assert.equal(page.statusCode, 200)
    const bad = await desk.post(
      '/officer/help-desk/settings',
      '/officer/help-desk/settings/contact',
      { after: '1', phone: 'call us' },
    )
    assert.equal(bad.statusCode, 400)
    assert.match(bad.body, /data-error-summary/)
    const fields = {
      after: '1',
      phone: '1164',
      email: 'help@customs.go.th',
      addressTh: 'ที่อยู่ใหม่',
      addressEn: 'New address',
      hoursTh: '08.30–16.30 น.',
      hoursEn: '08:30–16:30',
      sectionsTh: 'ฝ่ายทะเบียน',
      sectionsEn: 'Registration',
    }
    assert.equal(
      (
        await desk.post(
          '/officer/help-desk/settings',
          '/officer/help-desk/settings/contact',
          fields,
        )
      ).statusCode,
      303,
    )
    const stale = await desk2.post(
      '/officer/help-desk/settings',
      '/officer/help-desk/settings/contact',
      fields,
    )
    assert.equal(stale.statusCode, 409, 'a save over version 1 after version 2 exists is refused')
    assert.match(stale.body, /value="New address"/, 'what was typed is kept')
    const again = await desk2.post(
      '/officer/help-desk/settings',
      '/officer/help-desk/settings/contact',
      { ...fields, after: '2' },
    )
    assert.equal(again.statusCode, 303)
    const contact = await new Guest(app).get('/contact?lang=en')
    assert.match(contact.body, /help@customs\.go\.th/)
    assert.match((await desk.get('/officer/help-desk/settings?lang=en')).body, /Version 3/)
    const added = await desk.post(
      '/officer/help-desk/settings',
      '/officer/help-desk/settings/holidays',
      {
        day: '22/2/2570',
        nameTh: 'ชดเชยวันมาฆบูชา',
        nameEn: 'Makha Bucha Day (substitution)',
        source: 'Cabinet resolution',
      },
    )
    assert.equal(added.statusCode, 303)
    const row = await tdb.database.db
      .selectFrom('helpdesk_holidays' as never)
      .selectAll()
      .where('day' as never, '=', '2027-02-22' as never)
      .executeTakeFirst()
    assert.ok(row)
  })
})

// Last: it moves the jobs clock days ahead, beyond the officers' sessions.
describe('a ticket from an error page to closed', () => {
  it('is answered with a canned answer, replied to, resolved, and closed 7 days later by the job', async () => {
    const email = 'walk.guest@example.com'
    const guest = new Guest(app)
    await guest.postHelp('/help/new?ref=Q7K3M9QX-4', {
      category: 'technical',
      subject: 'Page failed',
      message: 'The check page showed an error when I pressed send.',
      email,
      ref: 'Q7K3M9QX-4',
    })
    const reference = ref((await guest.get('/help/sent')).body)
    // Another ticket nobody answers: its first-response target (8 business hours) is breached.
    const ignored = new Guest(app)
    await ignored.postHelp('/help/new', {
      category: 'registration',
      subject: 'Nobody answers',
      message: 'I have been waiting for an answer for a long time.',
      email: 'ignored@example.com',
    })
    const ignoredRef = ref((await ignored.get('/help/sent')).body)

    const inbox = await desk.get('/officer/help-desk?lang=en')
    assert.equal(inbox.statusCode, 200)
    const id = ticketId(inbox.body, reference)
    assert.ok(id, 'the ticket is in the inbox')
    const page = await desk.get(`/officer/help-desk/tickets/${id}?lang=en`)
    assert.match(page.body, /Q7K3M9QX-4/)
    assert.match(page.body, /wa•••@example\.com/, 'the address is masked')
    assert.ok((await audits('helpdesk.ticket_viewed')).some((a) => a.subject_id === id))

    const canned = await desk.get(
      `/officer/help-desk/tickets/${id}?canned=01890000-0000-7000-8000-000000000001`,
    )
    assert.match(canned.body, /Please tell us more|กรุณาแจ้งรายละเอียดเพิ่มเติม/)
    const body = /<textarea[^>]*name="body"[^>]*>([^<]*)</.exec(canned.body)?.[1] ?? ''
    const replied = await desk.postWithToken(`/officer/help-desk/tickets/${id}/reply`, {
      _csrf: /name="_csrf" value="([^"]+)"/.exec(canned.body)?.[1] ?? '',
      version: version(canned.body),
      body,
      then: 'pending',
    })
    assert.equal(replied.statusCode, 303)
    const answer = (await mailsTo(email)).find((m) => m.subject.includes('answer'))
    assert.ok(answer?.text.includes('กรุณาแจ้งรายละเอียดเพิ่มเติม'))

    // The reporter follows the signed link in the answer and replies: the ticket opens again.
    const link = /(\/help\/t\/\S+)/.exec(answer?.text ?? '')?.[1] ?? ''
    const follower = new Guest(app)
    await follower.get(link)
    const stale = await desk2.get(`/officer/help-desk/tickets/${id}`)
    const r = await follower.post(
      `/help/tickets/${reference}`,
      `/help/tickets/${reference}/reply`,
      {
        message: 'It happened at 10:15 on the check page.',
      },
    )
    assert.equal(r.statusCode, 303)
    const reopened = await desk.get(`/officer/help-desk/tickets/${id}?lang=en`)
    assert.match(reopened.body, /data-status="open"/)

    // A second officer answering from the page they opened before gets "changed meanwhile".
    const late = await desk2.postWithToken(`/officer/help-desk/tickets/${id}/reply`, {
      _csrf: /name="_csrf" value="([^"]+)"/.exec(stale.body)?.[1] ?? '',
      version: version(stale.body),
      body: 'My answer',
      then: 'resolved',
    })
    assert.equal(late.statusCode, 409)
    assert.match(late.body, /data-changed-meanwhile/)
    assert.match(late.body, />My answer</, 'the text typed is kept')

    const resolved = await desk.post(
      `/officer/help-desk/tickets/${id}`,
      `/officer/help-desk/tickets/${id}/reply`,
      {
        version: version(reopened.body),
        body: 'Fixed: try again now.',
        then: 'resolved',
      },
    )
    assert.equal(resolved.statusCode, 303)

    const clock = app.jobs.clock
    assert.ok(isMovable(clock))
    clock.advance(6 * DAY)
    await app.jobs.scheduler.tick()
    assert.match(
      (await desk.get(`/officer/help-desk/tickets/${id}`)).body,
      /data-status="resolved"/,
    )
    clock.advance(1 * DAY + 3600_000)
    const ran = await app.jobs.scheduler.tick()
    assert.ok(ran.includes('helpdesk.sla'))
    assert.equal(await statusOf(id), 'closed')

    const breached = await audits('helpdesk.sla_breached')
    const ignoredId = (
      (await tdb.database.db
        .selectFrom('helpdesk_tickets' as never)
        .select('id' as never)
        .where('reference' as never, '=', ignoredRef as never)
        .executeTakeFirstOrThrow()) as { id: string }
    ).id
    assert.equal(breached.filter((b) => b.subject_id === ignoredId).length, 1, 'recorded once')
    assert.ok(!breached.some((b) => b.subject_id === id), 'the answered ticket met its targets')
    assert.equal((await app.jobs.scheduler.tick()).length, 0)
    const again = await signIn(
      app,
      await addOfficer(app, tdb.database.db, 'hd.desk3', ['help_desk']),
    )
    const list = await again.get('/officer/help-desk?sla=breached&lang=en')
    assert.ok(list.body.includes(ignoredRef))
    assert.ok(!list.body.includes(reference))
    assert.match(list.body, /data-breaches="[1-9]/)
    assert.ok((await mailsTo(email)).some((m) => m.subject.includes('is closed')))
  })
})
