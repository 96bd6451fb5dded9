import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/db.js'
import { enqueueMail, InvalidMailError, MAIL_TOPIC } from './mail.outbox.js'
import {
  MAX_ATTEMPTS,
  retryDelaySeconds,
  startOutboxWorker,
  type OutboxWorker,
} from './mail.worker.js'
import { capturingLogger, mailboxEntries, outboxRow, testAddress } from './test-support/fixtures.js'
import { mimeHeader, mimeText } from './test-support/mime.js'

const FROM = 'Customs Trader Portal <no-reply@customs.example>'
let tdb: TestDatabase
let worker: OutboxWorker
const captured = capturingLogger()

before(async () => {
  tdb = await createTestDatabase()
  // A long interval: the tests drive the worker through drainOnce.
  worker = startOutboxWorker({
    db: tdb.database.db,
    mailer: { from: FROM, devMailbox: true },
    logger: captured.logger,
    intervalMs: 3_600_000,
  })
})
after(async () => {
  await worker.stop()
  await tdb.close()
})

describe('mail outbox to the development mailbox', () => {
  it('sends nothing for mail enqueued in a transaction that rolls back', async () => {
    const db = tdb.database.db
    let outboxId = ''
    await assert.rejects(
      db.transaction().execute(async (trx) => {
        outboxId = await enqueueMail(trx, {
          to: testAddress(),
          subject: 'Rolled back',
          text: 'never sent',
        })
        throw new Error('the change failed')
      }),
      /the change failed/,
    )
    assert.notEqual(outboxId, '')
    assert.equal(await worker.drainOnce(), 0)
    assert.equal(
      await db.selectFrom('outbox').select('id').where('id', '=', outboxId).executeTakeFirst(),
      undefined,
    )
    assert.deepEqual(await mailboxEntries(db, outboxId), [])
  })

  it('delivers committed mail exactly once, with a Message-ID derived from the outbox id', async () => {
    const db = tdb.database.db
    const to = testAddress()
    const outboxId = await db
      .transaction()
      .execute((trx) => enqueueMail(trx, { to, subject: 'Your code', text: 'Code 123456' }))
    assert.equal(await worker.drainOnce(), 1)
    assert.equal(await worker.drainOnce(), 0)
    const entries = await mailboxEntries(db, outboxId)
    assert.equal(entries.length, 1)
    const [entry] = entries
    assert.equal(entry?.message_id, `<${outboxId}@customs-trader-portal>`)
    assert.equal(entry?.to_address, to)
    assert.equal(
      mimeHeader(entry?.raw_message ?? '', 'Message-ID'),
      `<${outboxId}@customs-trader-portal>`,
    )
    assert.equal(mimeHeader(entry?.raw_message ?? '', 'To'), to)
    const row = await outboxRow(db, outboxId)
    assert.ok(row.sent_at instanceof Date)
    assert.equal(row.attempts, 1)
    assert.equal(row.last_error, null)
  })

  it('keeps Thai subjects and bodies intact through MIME encoding', async () => {
    const db = tdb.database.db
    const subject = 'ยืนยันอีเมลของท่าน – รหัส ๑๒๓๔๕๖ (กรมศุลกากร)'
    const text = 'เรียน ผู้ประกอบการ\n\nรหัสยืนยันของท่านคือ 123456 ใช้ได้ภายใน 15 นาที\nน้ำ ผู้ใหญ่ ฤๅษี เก๋ไก๋'
    const outboxId = await db.transaction().execute((trx) =>
      enqueueMail(trx, {
        to: testAddress(),
        subject,
        text,
        html: '<p>รหัสยืนยัน <b>123456</b></p>',
      }),
    )
    assert.equal(await worker.drainOnce(), 1)
    const [entry] = await mailboxEntries(db, outboxId)
    assert.ok(entry)
    assert.equal(entry.subject, subject)
    assert.equal(entry.text_body, text)
    assert.equal(mimeHeader(entry.raw_message, 'Subject'), subject)
    assert.equal(mimeText(entry.raw_message)?.replace(/\r\n/g, '\n'), text)
    // The MIME source itself is 7-bit: the encodings carry the Thai, not raw 8-bit bytes.
    assert.match(entry.raw_message, /^[\x20-\x7e\r\n\t]*$/)
  })

  it('parks a malformed outbox row for an operator instead of retrying it', async () => {
    const db = tdb.database.db
    const id = '01930000-0000-7000-8000-0000000000aa'
    await db
      .insertInto('outbox')
      .values({
        id,
        topic: MAIL_TOPIC,
        payload: JSON.stringify({ to: 'not an address', subject: 'x' }),
      })
      .execute()
    assert.equal(await worker.drainOnce(), 0)
    const row = await outboxRow(db, id)
    assert.equal(row.sent_at, null)
    assert.equal(row.attempts, MAX_ATTEMPTS)
    assert.match(row.last_error ?? '', /invalid mail message: to, text/)
    assert.doesNotMatch(row.last_error ?? '', /not an address/)
  })

  it('leaves other outbox topics alone', async () => {
    const db = tdb.database.db
    const id = '01930000-0000-7000-8000-0000000000bb'
    await db
      .insertInto('outbox')
      .values({ id, topic: 'registration.approved', payload: JSON.stringify({}) })
      .execute()
    await worker.drainOnce()
    const row = await outboxRow(db, id)
    assert.equal(row.attempts, 0)
    assert.equal(row.sent_at, null)
  })

  it('refuses a message it could not send as written, naming fields and not values', async () => {
    const db = tdb.database.db
    await assert.rejects(
      db
        .transaction()
        .execute((trx) =>
          enqueueMail(trx, { to: 'someone@example.test', subject: 'two\nlines', text: 'x' }),
        ),
      (err: unknown) =>
        err instanceof InvalidMailError &&
        /subject/.test(err.message) &&
        !err.message.includes('someone'),
    )
  })

  it('drains on its own timer', async () => {
    const db = tdb.database.db
    const outboxId = await db
      .transaction()
      .execute((trx) =>
        enqueueMail(trx, { to: testAddress(), subject: 'By the timer', text: 'tick' }),
      )
    const polling = startOutboxWorker({
      db,
      mailer: { from: FROM, devMailbox: true },
      logger: captured.logger,
      intervalMs: 20,
    })
    try {
      for (let i = 0; i < 200 && (await outboxRow(db, outboxId)).sent_at === null; i++)
        await new Promise((r) => setTimeout(r, 20))
    } finally {
      await polling.stop()
    }
    assert.equal((await mailboxEntries(db, outboxId)).length, 1)
  })

  it('never writes addresses, subjects or bodies to the log', () => {
    const log = captured.lines.join('')
    assert.ok(log.includes('mail sent'))
    assert.doesNotMatch(log, /@example\.test|Your code|123456|ยืนยัน/)
  })
})

describe('retry delays', () => {
  it('doubles from 30 seconds and stops at one hour, within the jitter', () => {
    const mid = () => 0.5
    assert.equal(retryDelaySeconds(1, mid), 30)
    assert.equal(retryDelaySeconds(2, mid), 60)
    assert.equal(retryDelaySeconds(5, mid), 480)
    assert.equal(retryDelaySeconds(20, mid), 3600)
    assert.equal(
      retryDelaySeconds(1, () => 0),
      24,
    )
    assert.equal(
      retryDelaySeconds(20, () => 1),
      4320,
    )
  })
})
