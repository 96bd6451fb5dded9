import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { sql } from 'kysely'
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/db.js'
import { enqueueMail } from './mail.outbox.js'
import { MAX_ATTEMPTS, startOutboxWorker, type OutboxWorker } from './mail.worker.js'
import { capturingLogger, makeDue, outboxRow, testAddress } from './test-support/fixtures.js'
import { mimeHeader, mimeText } from './test-support/mime.js'
import { closedPort, startSmtpSink, type SmtpSink } from './test-support/smtp-sink.js'

const FROM = 'no-reply@customs.example'
const HOUR_MS = 3_600_000
let tdb: TestDatabase
let sink: SmtpSink
const workers: OutboxWorker[] = []
const captured = capturingLogger()

function worker(smtpUrl: string, batchSize = 10): OutboxWorker {
  const started = startOutboxWorker({
    db: tdb.database.db,
    mailer: { smtpUrl, from: FROM, devMailbox: false },
    logger: captured.logger,
    intervalMs: HOUR_MS,
    batchSize,
  })
  workers.push(started)
  return started
}

function enqueue(subject: string, text = 'Body') {
  return tdb.database.db
    .transaction()
    .execute((trx) => enqueueMail(trx, { to: testAddress(), subject, text }))
}

function receivedWithId(outboxId: string) {
  return sink.received.filter(
    (m) => mimeHeader(m.data, 'Message-ID') === `<${outboxId}@customs-trader-portal>`,
  )
}

before(async () => {
  tdb = await createTestDatabase()
  sink = await startSmtpSink()
})
after(async () => {
  await Promise.all(workers.map((w) => w.stop()))
  await sink.close()
  await tdb.close()
})

describe('mail outbox over SMTP', () => {
  it('sends over SMTP with the stable Message-ID and the Thai text intact', async () => {
    const outboxId = await enqueue(
      'แจ้งผลการลงทะเบียน',
      'ทะเบียนของท่านใช้งานได้แล้ว https://ctp.example/status',
    )
    assert.equal(await worker(sink.url).drainOnce(), 1)
    const [mail] = receivedWithId(outboxId)
    assert.ok(mail)
    assert.equal(mail.from, FROM)
    assert.equal(mimeHeader(mail.data, 'Subject'), 'แจ้งผลการลงทะเบียน')
    assert.equal(mimeText(mail.data), 'ทะเบียนของท่านใช้งานได้แล้ว https://ctp.example/status')
    assert.ok((await outboxRow(tdb.database.db, outboxId)).sent_at instanceof Date)
  })

  it('backs off when SMTP is down, and delivers on a later drain once it is up', async () => {
    const db = tdb.database.db
    const outboxId = await enqueue('Retry me')
    const down = worker(`smtp://127.0.0.1:${await closedPort()}`)
    assert.equal(await down.drainOnce(), 0)
    const failed = await outboxRow(db, outboxId)
    assert.equal(failed.attempts, 1)
    assert.equal(failed.sent_at, null)
    assert.match(failed.last_error ?? '', /ECONNREFUSED/)
    assert.doesNotMatch(failed.last_error ?? '', /@/)
    const { rows } = await sql<{
      ahead: boolean
    }>`SELECT available_at > now() + interval '20 seconds' AS ahead FROM outbox WHERE id = ${outboxId}`.execute(
      db,
    )
    assert.equal(rows[0]?.ahead, true)
    // Not due yet: even a working worker leaves it until its retry time.
    assert.equal(await worker(sink.url).drainOnce(), 0)

    await makeDue(db, outboxId)
    assert.equal(await worker(sink.url).drainOnce(), 1)
    assert.equal(receivedWithId(outboxId).length, 1)
    const sent = await outboxRow(db, outboxId)
    assert.ok(sent.sent_at instanceof Date)
    assert.equal(sent.attempts, 2)
  })

  it('gives up after the last attempt and leaves the row for an operator', async () => {
    const db = tdb.database.db
    const outboxId = await enqueue('Hopeless')
    await db
      .updateTable('outbox')
      .set({ attempts: MAX_ATTEMPTS - 1 })
      .where('id', '=', outboxId)
      .execute()
    assert.equal(await worker(`smtp://127.0.0.1:${await closedPort()}`).drainOnce(), 0)
    await makeDue(db, outboxId)
    assert.equal(await worker(sink.url).drainOnce(), 0)
    const row = await outboxRow(db, outboxId)
    assert.equal(row.attempts, MAX_ATTEMPTS)
    assert.equal(row.sent_at, null)
    assert.notEqual(row.last_error, null)
  })

  it('lets two workers drain side by side without sending any row twice', async () => {
    const db = tdb.database.db
    const ids = await Promise.all(Array.from({ length: 24 }, (_, i) => enqueue(`Concurrent ${i}`)))
    const [a, b] = [worker(sink.url, 3), worker(sink.url, 3)]
    let [sentByA, sentByB] = [0, 0]
    for (let round = 0; round < 50; round++) {
      const [x, y] = await Promise.all([a.drainOnce(), b.drainOnce()])
      sentByA += x
      sentByB += y
      if (x + y === 0) break
    }
    assert.ok(sentByA > 0 && sentByB > 0, 'both workers took part')
    assert.equal(sentByA + sentByB, ids.length)
    for (const id of ids) assert.equal(receivedWithId(id).length, 1, `outbox row ${id} sent once`)
    const pending = await db
      .selectFrom('outbox')
      .select('id')
      .where('id', 'in', ids)
      .where('sent_at', 'is', null)
      .execute()
    assert.deepEqual(pending, [])
  })

  it('sends a message again under the same Message-ID when a crash lost the record of sending', async () => {
    const db = tdb.database.db
    const outboxId = await enqueue('Sent twice')
    assert.equal(await worker(sink.url).drainOnce(), 1)
    // The worker died after the SMTP server accepted the message but before sent_at was written.
    await db
      .updateTable('outbox')
      .set({ sent_at: null, available_at: new Date(Date.now() - 1000) })
      .where('id', '=', outboxId)
      .execute()
    assert.equal(await worker(sink.url).drainOnce(), 1)
    const copies = receivedWithId(outboxId)
    assert.equal(copies.length, 2)
    assert.equal(
      mimeHeader(copies[0]?.data ?? '', 'Message-ID'),
      mimeHeader(copies[1]?.data ?? '', 'Message-ID'),
    )
  })

  it('waits for a batch in flight when stopped', async () => {
    const slow = await startSmtpSink({ replyDelayMs: 300 })
    try {
      const outboxId = await enqueue('Slow peer')
      const w = worker(slow.url)
      const drained = w.drainOnce()
      await new Promise((r) => setTimeout(r, 50))
      await w.stop()
      assert.ok(
        (await outboxRow(tdb.database.db, outboxId)).sent_at instanceof Date,
        'sent before stop() returned',
      )
      assert.equal(await drained, 1)
      assert.equal(await w.drainOnce(), 0, 'a stopped worker drains nothing')
    } finally {
      await slow.close()
    }
  })

  it('never writes addresses, subjects or bodies to the log', () => {
    const log = captured.lines.join('')
    assert.ok(log.includes('mail failed; will retry'))
    assert.doesNotMatch(log, /@example\.test|@customs\.example|Retry me|แจ้งผล|Concurrent/)
  })
})
