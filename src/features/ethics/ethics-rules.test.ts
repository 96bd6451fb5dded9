import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { readCsv } from './csv.js'
import { parseHrDate } from './directory.rows.js'
import { withPercent } from './figures.js'
import { reminderDates, reminderDue } from './reminders.js'
import { withinWindow } from './signing.service.js'

const counts = (eligible: number, signed: number) => ({
  eligible,
  signed,
  leavers: 0,
  joiners: 0,
  joinersSigned: 0,
})

describe('the acknowledgement figures', () => {
  it("gives the seed's 5,963 of 6,229 as 95.72 % truncated and 95.73 % rounded", () => {
    assert.equal(withPercent(counts(6229, 5963), 'truncate').percent, 95.72)
    assert.equal(withPercent(counts(6229, 5963), 'round').percent, 95.73)
    assert.equal(withPercent(counts(6229, 5963), 'truncate').notSigned, 266)
  })

  it('has no percentage without an audience', () => {
    assert.equal(withPercent(counts(0, 0), 'round').percent, null)
  })
})

describe('the signing window', () => {
  it('includes both days whole, in Asia/Bangkok time', () => {
    const w = (iso: string) => withinWindow(new Date(iso), '2023-02-14', '2023-03-17')
    assert.equal(w('2023-02-13T16:59:59Z'), false, '23:59:59 on 13 Feb in Bangkok')
    assert.equal(w('2023-02-13T17:00:00Z'), true, '00:00 on 14 Feb in Bangkok')
    assert.equal(w('2023-03-17T16:59:59Z'), true, '23:59:59 on 17 Mar in Bangkok')
    assert.equal(w('2023-03-17T17:00:00Z'), false, '00:00 on 18 Mar in Bangkok')
  })
})

describe('the reminder schedule', () => {
  const c = {
    starts_on: '2023-02-14',
    ends_on: '2023-03-17',
    remind_every_days: 7,
    remind_days_before_end: 3,
  }
  it('is weekly from the start and three days before the end', () => {
    assert.deepEqual(
      reminderDates(c),
      // 14 March is both the fourth week and three days before the end: one e-mail.
      ['2023-02-21', '2023-02-28', '2023-03-07', '2023-03-14'],
    )
  })
  it('sends the latest due date once, folding in missed ones', () => {
    assert.equal(reminderDue(c, '2023-02-20', new Set()), undefined)
    assert.equal(reminderDue(c, '2023-03-01', new Set()), '2023-02-28')
    assert.equal(reminderDue(c, '2023-03-01', new Set(['2023-02-28'])), undefined)
  })
})

describe('the HR files', () => {
  it('reads quoted fields with commas, quotes and line breaks, keeping each record’s line', () => {
    const rows = readCsv('\ufeffa,b\r\n"x, ""y""","two\nlines"\r\n\r\nlast,row')
    assert.deepEqual(rows, [
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['x, "y"', 'two\nlines'] },
      { line: 5, fields: ['last', 'row'] },
    ])
  })
  it('reads Buddhist-Era dates and refuses dates that do not exist', () => {
    assert.equal(parseHrDate('2558-10-01'), '2015-10-01')
    assert.equal(parseHrDate('2023-02-29'), undefined)
    assert.equal(parseHrDate('1/10/2015'), undefined)
  })
})
