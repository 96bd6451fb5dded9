import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import {
  formatBirthDate,
  addBusinessDays,
  buddhistYear,
  businessDate,
  formatDate,
  formatDateInput,
  formatDateTime,
  formatNumber,
  parseDateInput,
  fromThaiDigits,
  startOfBusinessDate,
  toThaiDigits,
} from './time.js'

// These tests run under TZ=UTC and again under TZ=Asia/Bangkok: results must not depend on it.
describe(`business dates (process TZ=${process.env.TZ ?? 'unset'})`, () => {
  it('puts 23:30 UTC on the next Bangkok calendar day', () => {
    assert.equal(businessDate(new Date('2023-01-23T23:30:00Z')), '2023-01-24')
    assert.equal(businessDate(new Date('2023-01-24T16:59:59Z')), '2023-01-24')
    assert.equal(businessDate(new Date('2023-01-24T17:00:00Z')), '2023-01-25')
  })

  it('starts a business day at 17:00 UTC the day before', () => {
    assert.equal(startOfBusinessDate('2023-01-24').toISOString(), '2023-01-23T17:00:00.000Z')
    assert.throws(() => startOfBusinessDate('2023-02-30'), RangeError)
  })

  it('adds days across months and leap years', () => {
    assert.equal(addBusinessDays('2024-02-28', 1), '2024-02-29')
    assert.equal(addBusinessDays('2023-03-17', -31), '2023-02-14')
  })

  it('round-trips any instant through its business date', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
        (at) => {
          const day = businessDate(at)
          const start = startOfBusinessDate(day).getTime()
          assert.ok(start <= at.getTime() && at.getTime() < start + 86_400_000)
        },
      ),
    )
  })
})

describe('Thai formatting', () => {
  it('writes dates in the Buddhist Era', () => {
    assert.equal(formatDate('2023-01-24', 'th'), '24 มกราคม 2566')
    assert.equal(formatDate('2023-01-24', 'en'), '24 January 2023')
    assert.equal(buddhistYear(2023), 2566)
  })

  it('writes Thai digits when asked', () => {
    assert.equal(formatDate('2023-01-24', 'th', { thaiDigits: true }), '๒๔ มกราคม ๒๕๖๖')
    assert.equal(formatNumber(7522, 'th', { thaiDigits: true }), '๗,๕๒๒')
    assert.equal(formatNumber(86.77, 'th', { fractionDigits: 2 }), '86.77')
    assert.equal(toThaiDigits('95.72%'), '๙๕.๗๒%')
    assert.equal(fromThaiDigits('๕,๙๖๓'), '5,963')
  })

  it('shows times in Bangkok time', () => {
    assert.match(formatDateTime(new Date('2023-01-24T03:05:00Z'), 'en'), /24 January 2023.*10:05/)
  })
})

describe('dates as people type them', () => {
  it('reads day/month/year in the Buddhist Era or the Gregorian one, Thai digits and ISO', () => {
    assert.equal(parseDateInput('1/12/2569'), '2026-12-01')
    assert.equal(parseDateInput('01-12-2026'), '2026-12-01')
    assert.equal(parseDateInput('๑/๑๒/๒๕๖๙'), '2026-12-01')
    assert.equal(parseDateInput(' 29.2.2567 '), '2024-02-29')
    assert.equal(parseDateInput('2026-12-01'), '2026-12-01')
  })
  it('refuses dates that do not exist and anything else', () => {
    for (const bad of ['31/2/2569', '29/2/2566', '12/2026', 'tomorrow', '', '1/13/2026'])
      assert.equal(parseDateInput(bad), undefined, bad)
  })
  it('writes a date back in the form the field asks for', () => {
    assert.equal(formatDateInput('2026-12-01', 'th'), '1/12/2569')
    assert.equal(formatDateInput('2026-12-01', 'en'), '1/12/2026')
    assert.equal(parseDateInput(formatDateInput('2024-02-29', 'th')), '2024-02-29')
  })
})

describe('birth dates as the civil registry holds them', () => {
  it('shows a full date, a month and year, or a year alone when DOPA wrote 00', () => {
    assert.equal(formatBirthDate('1980-02-29', 'th'), '29 กุมภาพันธ์ 2523')
    assert.equal(formatBirthDate('1980-02-29', 'en'), '29 February 1980')
    assert.equal(formatBirthDate('1987-05-00', 'th'), 'พฤษภาคม 2530')
    assert.equal(formatBirthDate('1987-05-00', 'en'), 'May 1987')
    assert.equal(formatBirthDate('1975-00-00', 'th'), '2518')
    assert.equal(formatBirthDate('1975-00-00', 'en'), '1975')
  })

  it('never throws on any date DOPA could write', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2025 }),
        fc.integer({ min: 0, max: 12 }),
        fc.integer({ min: 0, max: 28 }),
        (y, m, d) => {
          const day = m === 0 ? 0 : d
          const value = `${y}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`
          for (const locale of ['th', 'en'] as const)
            assert.ok(
              formatBirthDate(value, locale).includes(String(locale === 'th' ? y + 543 : y)),
            )
        },
      ),
    )
  })
})
