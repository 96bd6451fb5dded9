import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import Fastify, { type FastifyInstance } from 'fastify'
import { buildTestApp } from '../../../test/helpers/app.js'
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/db.js'
import { devMailRoutes } from './dev-mail.routes.js'
import { linkify } from './dev-mail.views.js'
import { enqueueMail, type MailMessage } from './mail.outbox.js'
import { startOutboxWorker } from './mail.worker.js'
import { capturingLogger, mailboxEntries } from './test-support/fixtures.js'

let tdb: TestDatabase
let app: FastifyInstance

async function deliver(message: MailMessage): Promise<string> {
  const db = tdb.database.db
  const outboxId = await db.transaction().execute((trx) => enqueueMail(trx, message))
  const worker = startOutboxWorker({
    db,
    mailer: { from: 'no-reply@customs.example', devMailbox: true },
    logger: capturingLogger().logger,
    intervalMs: 3_600_000,
  })
  try {
    await worker.drainOnce()
  } finally {
    await worker.stop()
  }
  const [entry] = await mailboxEntries(db, outboxId)
  if (!entry) throw new Error('not delivered')
  return entry.id
}

before(async () => {
  tdb = await createTestDatabase()
  // The application registers the viewer itself whenever the simulators are on.
  app = await buildTestApp(tdb.database)
  await app.ready()
})
after(async () => {
  await app.close()
  await tdb.close()
})

describe('development mail viewer', () => {
  it('lists messages newest first, in a table with headers, labelled as a simulator', async () => {
    await deliver({ to: 'first@example.test', subject: 'First message', text: 'one' })
    await deliver({ to: 'second@example.test', subject: 'ยืนยันอีเมล', text: 'two' })
    const res = await app.inject('/dev/mail')
    assert.equal(res.statusCode, 200)
    assert.equal(res.headers['x-robots-tag'], 'noindex, nofollow')
    assert.match(res.body, /<html lang="th">/)
    assert.match(res.body, /<h1[^>]*>กล่องจดหมายสำหรับทดสอบ<\/h1>/)
    assert.match(res.body, /SIMULATOR/)
    assert.match(res.body, /<caption[^>]*>/)
    assert.equal(res.body.match(/<th scope="col">/g)?.length, 3)
    const newer = res.body.indexOf('ยืนยันอีเมล')
    const older = res.body.indexOf('First message')
    assert.ok(newer > 0 && older > newer, 'newest first')
    assert.match(res.body, /<a href="\/dev\/mail\/[0-9a-f-]{36}">First message<\/a>/)
    assert.match(res.body, /second@example\.test/)
  })

  it('shows one message with its headers, clickable links and the HTML body only as text', async () => {
    const id = await deliver({
      to: 'reader@example.test',
      subject: 'ยืนยันตัวตนกับธนาคาร',
      text: 'เปิดลิงก์นี้ในโทรศัพท์ https://ctp.example/verify?t=abc&x=1.\nแล้วกดยืนยัน',
      html: '<p>Hello</p><script>alert(1)</script><a href="javascript:alert(2)">x</a>',
    })
    const res = await app.inject(`/dev/mail/${id}?lang=en`)
    assert.equal(res.statusCode, 200)
    assert.match(res.body, /<html lang="en">/)
    assert.match(res.body, /<h1[^>]*>ยืนยันตัวตนกับธนาคาร<\/h1>/)
    assert.match(res.body, /reader@example\.test/)
    assert.match(res.body, /no-reply@customs\.example/)
    assert.match(res.body, /&lt;[0-9a-f-]{36}@customs-trader-portal>/)
    assert.match(
      res.body,
      /<a href="https:\/\/ctp\.example\/verify\?t=abc&amp;x=1">https:\/\/ctp\.example\/verify\?t=abc&amp;x=1<\/a>\./,
    )
    assert.match(res.body, /เปิดลิงก์นี้ในโทรศัพท์ /)
    assert.match(res.body, /<br\/?>แล้วกดยืนยัน/)
    assert.doesNotMatch(res.body, /<script>alert|href="javascript:/)
    assert.match(
      res.body,
      /&lt;script>alert\(1\)&lt;\/script>|&lt;script&gt;alert\(1\)&lt;\/script&gt;/,
    )
    assert.match(res.body, /HTML version \(shown as source, not rendered\)/)
    assert.match(res.body, /MIME source/)
  })

  it('answers 404 for an unknown or malformed message id', async () => {
    const unknown = await app.inject('/dev/mail/01930000-0000-7000-8000-00000000ffff')
    assert.equal(unknown.statusCode, 404)
    const malformed = await app.inject('/dev/mail/not-a-uuid')
    assert.equal(malformed.statusCode, 404)
  })

  it('refuses to be registered when the simulators are off', async () => {
    // A bare server: nothing declared the simulators on.
    const off = Fastify()
    await assert.rejects(async () => {
      await off.register(devMailRoutes, { db: tdb.database.db })
      await off.ready()
    }, /only when the simulators are on/)
    await off.close()
  })
})

describe('links in plain-text mail', () => {
  it('turns http and https addresses into links and leaves the rest as text', () => {
    assert.deepEqual(linkify('ดูที่ https://a.example/x?y=1, แล้ว http://b.example/.'), [
      { text: 'ดูที่ ' },
      { href: 'https://a.example/x?y=1' },
      { text: ', แล้ว ' },
      { href: 'http://b.example/' },
      { text: '.' },
    ])
  })

  it('stops a link where Thai text follows it without a space', () => {
    assert.deepEqual(linkify('https://a.example/okต่อ'), [
      { href: 'https://a.example/ok' },
      { text: 'ต่อ' },
    ])
  })

  it('links no other scheme', () => {
    assert.deepEqual(linkify('javascript:alert(1) ftp://x.example'), [
      { text: 'javascript:alert(1) ftp://x.example' },
    ])
  })
})
