import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/db.js'
import type { StatisticsTables } from '../../platform/db/schema.js'
import { newId } from '../../platform/ids.js'
import type { LegacyRow } from './legacy-csv.js'
import { insertLegacyImport, insertLegacyRows } from './legacy.repository.js'

// Re-importing the old channel's file adds nothing: the import service leaves out the keys it
// finds, and — should two imports pass that check at once — the rows' key holds in the database.
// The route test (test/routes/statistics-import.test.ts) sees the first; this sees the second.

const engine = process.env.CTP_TEST_PG_TEMPLATE ? 'PostgreSQL' : 'PGlite'
let tdb: TestDatabase

before(async () => {
  tdb = await createTestDatabase()
})
after(async () => {
  await tdb.close()
})

const rows: LegacyRow[] = [
  { line: 2, date: '2021-03-04', kind: 'importer_exporter', key: 'oldkey-0001' },
  { line: 3, date: '2021-03-05', kind: 'customs_broker', key: 'oldkey-0002' },
]

async function importOnce(): Promise<number> {
  const db = tdb.database.db
  return db.transaction().execute(async (trx) => {
    const id = newId()
    await insertLegacyImport(trx, {
      id,
      officerId: newId(),
      fileName: 'old.csv',
      sha256: 'x'.repeat(64),
      read: rows.length,
      added: rows.length,
      known: 0,
    })
    return insertLegacyRows(trx, id, rows)
  })
}

describe(`the old channel's rows, held by their key (${engine})`, () => {
  it('adds rows already there no second time, even when the service did not leave them out', async () => {
    assert.equal(await importOnce(), 2)
    assert.equal(await importOnce(), 0)
    const stored = await tdb.database.db
      .withTables<StatisticsTables>()
      .selectFrom('legacy_registrations')
      .select('key')
      .execute()
    assert.deepEqual(stored.map((r) => r.key).sort(), ['oldkey-0001', 'oldkey-0002'])
  })
})
