// Issue 21: the risk report's "tickets" indicator counts the help desk's tickets from their rows
// (received in the period, Bangkok dates, both days included), not a typed number.
import assert from 'node:assert/strict'
import { sql } from 'kysely'
import { after, before, describe, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { computeValues } from '../../src/features/risk-report/index.js'
import { businessDate } from '../../src/platform/time.js'
import { buildTestApp } from '../helpers/app.js'
import { createTestDatabase, type TestDatabase } from '../helpers/db.js'
import { Guest } from './help-desk-support.js'

let tdb: TestDatabase
let app: FastifyInstance

before(async () => {
  tdb = await createTestDatabase()
  app = await buildTestApp(tdb.database)
  await app.ready()
})
after(async () => {
  await app.close()
  await tdb.close()
})

const ticket = (category: string, email: string) => ({
  category,
  subject: 'ลงทะเบียนไม่ผ่าน',
  message: 'กดยืนยันแล้วหน้าจอค้าง ลองหลายครั้งแล้ว',
  email,
})

describe('the tickets indicator', () => {
  it('counts the tickets and complaints received in the period from the rows', async () => {
    const g = new Guest(app)
    for (const [category, email] of [
      ['registration', 'a@example.com'],
      ['technical', 'b@example.com'],
      ['service_complaint', 'c@example.com'],
    ] as const) {
      const res = await g.postHelp('/help/new', ticket(category, email))
      assert.ok(res.statusCode < 400, `${category}: ${res.statusCode}`)
    }
    const today = businessDate(new Date())
    const raw = await sql<{ n: string }>`SELECT count(*) AS n FROM helpdesk_tickets`.execute(
      tdb.database.db,
    )
    const rows = Number(raw.rows[0]?.n)
    const values = await computeValues(tdb.database.db, [
      { key: 'tickets', metric: 'tickets', params: { from: today, to: today } },
      { key: 'none', metric: 'tickets', params: { from: '2020-01-01', to: '2020-01-31' } },
    ])
    const t = values.tickets
    assert.ok(t)
    assert.deepEqual(t.fields.count, { type: 'count', value: rows })
    assert.equal(rows, 3)
    assert.deepEqual(t.fields.complaints, { type: 'count', value: 1 })
    assert.deepEqual(values.none?.fields.count, { type: 'count', value: 0 })
  })
})
