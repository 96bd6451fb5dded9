import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { sql } from 'kysely'
import { openPostgres, type Database } from '../../src/platform/db/database.js'
import { matchingPersonIds } from '../../src/features/back-office/registry/search.repository.js'
import { createTestDatabase, type TestDatabase } from '../helpers/db.js'

let tdb: TestDatabase
let one: Database | undefined

before(async () => {
  tdb = await createTestDatabase()
  // One connection, so that what it prepared can be read back on it.
  if (tdb.appUrl) one = openPostgres(tdb.appUrl, 1)
})
after(async () => {
  await one?.close()
  await tdb.close()
})

describe('statements on PostgreSQL', () => {
  it('are prepared once per connection and reused, except those that select *', async (t) => {
    if (!one) {
      t.diagnostic('PGlite runs in the process: there is no connection to prepare on')
      return
    }
    const { db } = one
    const session = (id: string) =>
      db.selectFrom('sessions').select('id').where('id', '=', id).executeTakeFirst()
    await db
      .insertInto('sessions')
      .values({ id: 'prepared-a', data: '{}', expires_at: new Date(Date.now() + 60_000) })
      .execute()
    assert.equal((await session('prepared-a'))?.id, 'prepared-a')
    assert.equal(await session('prepared-b'), undefined, 'the same statement, another value')
    await db.selectFrom('sessions').selectAll().limit(1).execute()
    const prepared = await sql<{ name: string; statement: string; calls: string }>`
      SELECT name, statement, (generic_plans + custom_plans)::text AS calls
      FROM pg_prepared_statements
    `.execute(db)
    const mine = prepared.rows.filter(
      (r) => r.statement.startsWith('select') && r.statement.includes('"sessions"'),
    )
    assert.equal(mine.length, 1, 'one prepared statement, and none for select *')
    assert.match(mine[0]?.name ?? '', /^ctp_\d+$/)
    assert.match(mine[0]?.statement ?? '', /"id" = \$1/)
    assert.equal(mine[0]?.calls, '2', 'the second call reused it')
  })

  it('plan the registrant search once: its name match gets a generic plan', async (t) => {
    if (!one) {
      t.diagnostic('PGlite runs in the process: there is no connection to prepare on')
      return
    }
    const { db } = one
    // A limit given as a parameter makes PostgreSQL's generic plan look dear (it assumes a tenth
    // of the rows), so every search was planned again; written into the text, the plan is kept.
    const fragments = ['som', 'chai', 'jaidee', 'kamol', 'wong', 'sak', 'sri', 'phon']
    for (const fragment of fragments) await matchingPersonIds(db, { by: 'name', fragment }, 201)
    const plans = await sql<{ statement: string; generic: string }>`
      SELECT statement, generic_plans::text AS generic
      FROM pg_prepared_statements
      WHERE statement LIKE '%name_search_suffixes%' AND statement NOT LIKE '%pg_prepared%'
    `.execute(db)
    assert.equal(plans.rows.length, 1, 'one prepared statement for every fragment')
    assert.match(plans.rows[0]?.statement ?? '', /limit 201$/, 'the limit is part of the text')
    assert.ok(Number(plans.rows[0]?.generic) >= 1, `generic plans: ${plans.rows[0]?.generic}`)
  })
})
