import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { buildTestApp, testConfig } from '../helpers/app.js'
import { createTestDatabase, type TestDatabase } from '../helpers/db.js'
import { Guest, PNG } from './help-desk-support.js'

let tdb: TestDatabase
let app: FastifyInstance
let dataDir = ''

before(async () => {
  tdb = await createTestDatabase()
  const config = testConfig()
  dataDir = config.dataDir
  process.env.DATA_DIR = dataDir
  app = await buildTestApp(tdb.database, { config })
  await app.ready()
})
after(async () => {
  await app.close()
  await tdb.close()
})

async function mailsTo(to: string) {
  const rows = await tdb.database.db
    .selectFrom('outbox')
    .select(['payload'])
    .orderBy('created_at')
    .execute()
  return rows
    .map((r) => r.payload as unknown as { to: string; subject: string; text: string })
    .filter((p) => p.to === to)
}

const valid = (email: string) => ({
  category: 'registration',
  subject: 'ลงทะเบียนไม่ผ่าน',
  message: 'กดยืนยันแล้วหน้าจอค้าง ลองหลายครั้งแล้ว',
  email,
})

describe('the contact page and the links to help', () => {
  it('shows the contact channels as data, and every page links to it and to the help form', async () => {
    const g = new Guest(app)
    const contact = await g.get('/contact?lang=en')
    assert.equal(contact.statusCode, 200)
    assert.match(contact.body, /Call 1164/)
    assert.match(contact.body, /ctp@customs\.go\.th/)
    const home = await g.get('/')
    assert.match(home.body, /href="\/contact"/)
    assert.match(home.body, /href="\/help\/new"/)
  })

  it('links a journey step to the help form with the step, and an error page with its reference', async () => {
    const g = new Guest(app)
    const step = await g.get('/register/person')
    assert.match(step.body, /href="\/help\/new\?step=person\.start"/)
    const missing = await g.get('/no-such-page')
    const ref = /data-reference="true">([^<]+)</.exec(missing.body)?.[1]
    assert.ok(ref)
    assert.ok(missing.body.includes(`href="/help/new?ref=${ref}"`))
    const form = await g.get(`/help/new?ref=${ref}&step=person.details`)
    assert.ok(form.body.includes(`name="ref" value="${ref}"`))
    assert.match(form.body, /data-origin/)
  })
})

describe('the help form', () => {
  it('names every problem at its field and in the summary, keeping what was typed', async () => {
    const g = new Guest(app)
    const res = await g.postHelp('/help/new?lang=en', {
      category: '',
      subject: 'Hello',
      message: 'short',
      email: 'not-an-email',
    })
    assert.equal(res.statusCode, 400)
    assert.match(res.body, /<title>Error:/)
    assert.match(res.body, /data-error-summary/)
    assert.match(res.body, /href="#category"/)
    assert.match(res.body, /id="message-error"/)
    assert.match(res.body, /id="email-error"/)
    assert.match(res.body, /value="Hello"/)
    assert.match(res.body, /value="not-an-email"/)
  })

  it('refuses an attachment whose content is not a PDF, JPEG or PNG, whatever its name', async () => {
    const g = new Guest(app)
    const res = await g.postHelp('/help/new?lang=en', valid('fake.pdf@example.com'), [
      {
        name: 'attachment',
        fileName: 'report.pdf',
        type: 'application/pdf',
        data: Buffer.from('MZ not a pdf at all'),
      },
    ])
    assert.equal(res.statusCode, 400)
    assert.match(res.body, /must be a PDF, JPEG or PNG file \(checked from its content\)/)
    assert.equal((await mailsTo('fake.pdf@example.com')).length, 0)
  })

  it('refuses a category the page never offered and records it as tampering', async () => {
    const g = new Guest(app)
    const res = await g.postHelp('/help/new', { ...valid('tamper@example.com'), category: 'vip' })
    assert.equal(res.statusCode, 400)
    const rows = await tdb.database.db
      .selectFrom('audit_events')
      .select(['outcome'])
      .where('action', '=', 'helpdesk.form_tampered')
      .execute()
    assert.deepEqual(
      rows.map((r) => r.outcome),
      ['refused'],
    )
  })

  it('refuses a second attachment (one file per message)', async () => {
    const g = new Guest(app)
    const file = { name: 'attachment', fileName: 'a.png', type: 'image/png', data: PNG }
    const res = await g.postHelp('/help/new', valid('two.files@example.com'), [
      file,
      { ...file, name: 'other' },
    ])
    assert.equal(res.statusCode, 413)
    assert.equal((await mailsTo('two.files@example.com')).length, 0)
  })

  it('refuses an attachment over 5 MB', async () => {
    const g = new Guest(app)
    const big = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(5 * 1024 * 1024, 32)])
    const res = await g.postHelp('/help/new?lang=en', valid('big@example.com'), [
      { name: 'attachment', fileName: 'big.pdf', type: 'application/pdf', data: big },
    ])
    assert.equal(res.statusCode, 400)
    assert.match(res.body, /5 MB or smaller/)
  })

  it('gives a reference with a check character, e-mails it, stores the file outside the web root', async () => {
    const g = new Guest(app)
    const email = 'guest.one@example.com'
    const res = await g.postHelp(
      '/help/new?ref=ABC123&lang=en',
      { ...valid(email), ref: 'ABC123' },
      [{ name: 'attachment', fileName: 'screen.png', type: 'image/png', data: PNG }],
    )
    assert.equal(res.statusCode, 303)
    assert.equal(res.headers.location, '/help/sent')
    const sent = await g.get('/help/sent')
    const reference = /data-reference="true">([^<]+)</.exec(sent.body)?.[1] ?? ''
    assert.match(reference, /^[0-9A-HJKMNP-TV-Z]{8}-[0-9A-HJKMNP-TV-Z]$/)
    const [mail] = await mailsTo(email)
    assert.ok(mail?.text.includes(reference))
    const row = (await tdb.database.db
      .selectFrom('helpdesk_tickets' as never)
      .selectAll()
      .where('reference' as never, '=', reference as never)
      .executeTakeFirstOrThrow()) as { id: string; origin_error_ref: string }
    assert.equal(row.origin_error_ref, 'ABC123')
    const file = (await tdb.database.db
      .selectFrom('helpdesk_attachments' as never)
      .selectAll()
      .executeTakeFirstOrThrow()) as { id: string }
    assert.ok(existsSync(join(dataDir, 'help-desk', file.id)))
    // The confirmation is shown once.
    assert.equal((await g.get('/help/sent')).statusCode, 303)
  })
})

describe('following a ticket without an account', () => {
  it('sends a code for the right reference and address, and opens the ticket with it', async () => {
    const email = 'follow.me@example.com'
    const g = new Guest(app)
    await g.postHelp('/help/new', valid(email))
    const reference =
      /data-reference="true">([^<]+)</.exec((await g.get('/help/sent')).body)?.[1] ?? ''
    const other = new Guest(app)
    assert.equal((await other.get(`/help/tickets/${reference}`)).statusCode, 404)
    const wrong = await other.post('/help/follow', '/help/follow', {
      reference,
      email: 'someone.else@example.com',
    })
    assert.equal(wrong.statusCode, 200, 'the same answer whatever the address')
    const page = await other.post('/help/follow', '/help/follow', { reference, email })
    assert.equal(page.statusCode, 200)
    const codeMail = (await mailsTo(email)).find(
      (m) => /\b\d{6}\b/.test(m.text) && m.subject.includes('Code'),
    )
    const code = /\b(\d{6})\b/.exec(codeMail?.text ?? '')?.[1] ?? ''
    const bad = await other.post('/help/follow', '/help/follow/code', {
      reference,
      code: '000000' === code ? '111111' : '000000',
    })
    assert.equal(bad.statusCode, 400)
    const ok = await other.post('/help/follow', '/help/follow/code', { reference, code })
    assert.equal(ok.statusCode, 303)
    const ticket = await other.get(`/help/tickets/${reference}`)
    assert.equal(ticket.statusCode, 200)
    assert.match(ticket.body, /กดยืนยันแล้วหน้าจอค้าง/)
  })

  it('opens a ticket from the signed link of its e-mail, and not with a forged one', async () => {
    const email = 'link.me@example.com'
    const g = new Guest(app)
    await g.postHelp('/help/new', valid(email))
    const [mail] = await mailsTo(email)
    const link = /(\/help\/t\/[^\s]+)/.exec(mail?.text ?? '')?.[1] ?? ''
    const other = new Guest(app)
    assert.equal((await other.get(`${link.slice(0, -2)}xx`)).statusCode, 404)
    const res = await other.get(link)
    assert.equal(res.statusCode, 303)
    assert.equal((await other.get(res.headers.location as string)).statusCode, 200)
  })
})

describe('an anonymous corruption complaint', () => {
  it('shows a secret phrase once, stores no address, and the phrase opens it', async () => {
    const g = new Guest(app)
    const res = await g.postHelp('/help/new?lang=en', {
      category: 'corruption',
      subject: 'Officer asked for money',
      message: 'At the counter an officer asked for a fee that is not in the rules.',
      email: '',
    })
    assert.equal(res.statusCode, 303)
    const sent = await g.get('/help/sent')
    const reference = /data-reference="true">([^<]+)</.exec(sent.body)?.[1] ?? ''
    const phrase = /data-phrase="true">([^<]+)</.exec(sent.body)?.[1] ?? ''
    assert.match(phrase, /^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/)
    const row = (await tdb.database.db
      .selectFrom('helpdesk_tickets' as never)
      .selectAll()
      .where('reference' as never, '=', reference as never)
      .executeTakeFirstOrThrow()) as { email: string | null; secret_hash: Buffer | null }
    assert.equal(row.email, null)
    assert.ok(row.secret_hash && !row.secret_hash.toString('utf8').includes(phrase))
    const other = new Guest(app)
    const wrong = await other.post('/help/follow', '/help/follow', {
      reference,
      phrase: 'AAAA-BBBB-CCCC-DDDD',
    })
    assert.equal(wrong.statusCode, 400)
    const ok = await other.post('/help/follow', '/help/follow', {
      reference,
      phrase: phrase.toLowerCase(),
    })
    assert.equal(ok.statusCode, 303)
    assert.equal((await other.get(`/help/tickets/${reference}`)).statusCode, 200)
  })
})
