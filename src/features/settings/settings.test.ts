import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { sql } from 'kysely'
import { z } from 'zod'
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/db.js'
import { ConflictError } from '../../platform/errors.js'
import { newId } from '../../platform/ids.js'
import { defineSetting } from './define.js'
import { readSetting, settingHistory, SettingValueError, writeSetting } from './settings.service.js'

const engine = process.env.CTP_TEST_PG_TEMPLATE ? 'PostgreSQL' : 'PGlite'
let tdb: TestDatabase
const officerId = newId()

const sample = defineSetting({
  key: 'test.sample_mode',
  schema: z.enum(['a', 'b', 'c']),
  default: 'a',
  label: { th: 'ทดสอบ', en: 'Test' },
  help: { th: 'ทดสอบ', en: 'Test' },
})

before(async () => {
  tdb = await createTestDatabase()
})
after(async () => tdb.close())

describe(`settings (${engine})`, () => {
  it('reads the default until a change, then the changed value, with its history', async () => {
    const db = tdb.database.db
    assert.equal(await readSetting(db, sample), 'a')
    const first = await writeSetting(db, sample, 'b', { officerId, reason: 'the seed base' })
    assert.deepEqual(first, { version: 1, changed: true })
    assert.equal(await readSetting(db, sample), 'b')
    await writeSetting(db, sample, 'c', { officerId, reason: 'second change', expectedVersion: 1 })
    const history = await settingHistory(db, sample.key)
    assert.deepEqual(
      history.map((h) => [h.version, h.oldValue, h.oldWasDefault, h.newValue, h.reason]),
      [
        [2, 'b', false, 'c', 'second change'],
        [1, 'a', true, 'b', 'the seed base'],
      ],
    )
    const audit = await db
      .selectFrom('audit_events')
      .select(['action', 'data'])
      .where('subject_id', '=', sample.key)
      .execute()
    assert.equal(audit.length, 2)
    assert.ok(audit.every((a) => a.action === 'settings.changed'))
  })

  it('refuses a change made on a stale page, and a value outside the schema', async () => {
    const db = tdb.database.db
    await assert.rejects(
      writeSetting(db, sample, 'a', { officerId, reason: 'stale page', expectedVersion: 1 }),
      ConflictError,
    )
    await assert.rejects(
      writeSetting(db, sample, 'z' as 'a', { officerId, reason: 'not a choice' }),
      SettingValueError,
    )
    assert.equal(await readSetting(db, sample), 'c')
  })

  it('writes nothing for an unchanged value', async () => {
    const db = tdb.database.db
    const r = await writeSetting(db, sample, 'c', { officerId, reason: 'nothing new' })
    assert.equal(r.changed, false)
    assert.equal((await settingHistory(db, sample.key)).length, 2)
  })

  it('keeps the history append-only', async () => {
    const db = tdb.database.db
    for (const stmt of [
      "UPDATE audit_setting_changes SET reason = 'rewritten'",
      'DELETE FROM audit_setting_changes',
      'TRUNCATE audit_setting_changes',
    ])
      await assert.rejects(sql.raw(stmt).execute(db), /append-only|permission denied/, stmt)
  })
})
