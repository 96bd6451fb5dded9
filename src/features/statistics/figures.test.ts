import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { withoutInlineStyle, barChartSvg } from './charts.js'
import { monthSplit, percentileOf, periodsOf } from './figures.js'
import { MIN_ANSWERS, suppressSmall } from './statistics.service.js'

/** percentile_disc over the raw values: the value at position ceil(p × N) of the ordering. */
function percentileDisc(values: number[], p: number): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.max(1, Math.ceil(p * sorted.length)) - 1] ?? null
}

describe('statistics figures', () => {
  it('takes a percentile from a histogram exactly as percentile_disc takes it from the raw values', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 200 }),
        fc.constantFrom(0.5, 0.9, 0.1, 1),
        (values, p) => {
          const counts = new Map<number, number>()
          for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1)
          const buckets = [...counts]
            .sort((a, b) => a[0] - b[0])
            .map(([bucket, n]) => ({ bucket, n }))
          assert.equal(percentileOf(buckets, p), percentileDisc(values, p))
        },
      ),
    )
  })

  it('lists every day or month of a range, across the year', () => {
    assert.deepEqual(periodsOf({ from: '2022-11-15', to: '2023-02-01' }, 'month'), [
      '2022-11',
      '2022-12',
      '2023-01',
      '2023-02',
    ])
    const days = periodsOf({ from: '2024-02-27', to: '2024-03-01' }, 'day')
    assert.deepEqual(days, ['2024-02-27', '2024-02-28', '2024-02-29', '2024-03-01'])
  })

  it('cuts a range into whole months and the days around them, covering each day once', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 800 }),
        fc.integer({ min: 0, max: 500 }),
        (start, length) => {
          const base = Date.UTC(2022, 0, 1)
          const iso = (t: number) => new Date(t).toISOString().slice(0, 10)
          const range = {
            from: iso(base + start * 86_400_000),
            to: iso(base + (start + length) * 86_400_000),
          }
          const split = monthSplit(range)
          const covered = split.days.flatMap((d) => periodsOf(d, 'day'))
          if (split.months)
            for (const m of periodsOf(split.months, 'month')) {
              const [y, mo] = m.split('-').map(Number) as [number, number]
              const last = new Date(Date.UTC(y, mo, 0)).toISOString().slice(0, 10)
              covered.push(...periodsOf({ from: `${m}-01`, to: last }, 'day'))
            }
          assert.deepEqual(covered.sort(), periodsOf(range, 'day'))
        },
      ),
    )
    assert.deepEqual(monthSplit({ from: '2023-01-01', to: '2023-12-31' }), {
      months: { from: '2023-01-01', to: '2023-12-01' },
      days: [],
    })
  })

  it(`does not publish a survey month with fewer than ${MIN_ANSWERS} answers`, () => {
    const out = suppressSmall([
      { month: '2022-11', answered: 4, topTwo: 4, base: 4, percent: 100 },
      { month: '2022-12', answered: 5, topTwo: 4, base: 5, percent: 80 },
    ])
    assert.deepEqual(out[0], {
      month: '2022-11',
      answered: 0,
      topTwo: 0,
      base: 0,
      percent: null,
      suppressed: true,
    })
    assert.equal(out[1]?.suppressed, false)
    assert.equal(out[1]?.percent, 80)
  })

  it('draws a chart as an SVG image with its title and no inline style', () => {
    const svg = barChartSvg({
      id: 'c1',
      title: 'Registrations <by> "month"',
      categories: ['ม.ค. 2566', 'ก.พ. 2566'],
      series: [{ name: 'Online', data: [3, 5] }],
    })
    assert.match(svg, /^<svg width="100%" role="img" aria-labelledby="c1-title"/)
    assert.match(svg, /<title id="c1-title">Registrations &lt;by&gt; &quot;month&quot;<\/title>/)
    assert.doesNotMatch(svg, /style=|<style/)
    assert.match(svg, /font-size="13px"/)
    assert.equal(
      withoutInlineStyle('<text style="font-size:12px;fill:#333;" x="1">a</text>'),
      '<text font-size="12px" fill="#333" x="1">a</text>',
    )
  })
})
