import { z } from 'zod'
import { defineSetting } from './define.js'

/** Round half up, or cut the digits beyond the places (the seed's 95.72 % is truncated). */
export type RoundingMode = 'round' | 'truncate'

/**
 * The rounding of every published percentage and mean (surveys, ethics campaigns, the report).
 * Default 'truncate': the agency's report cuts its figures (5,963 of 6,229 = 95.72 %, not 95.73).
 */
export const figuresRounding = defineSetting({
  key: 'figures.rounding',
  schema: z.enum(['truncate', 'round']),
  default: 'truncate',
  label: {
    th: 'การปัดเศษตัวเลขที่เผยแพร่ (ทศนิยม 2 ตำแหน่ง)',
    en: 'Rounding of published figures (2 decimal places)',
  },
  help: {
    th: 'ใช้กับร้อยละ ค่าเฉลี่ย และส่วนเบี่ยงเบนมาตรฐานในผลแบบสำรวจ การรับทราบประมวลจริยธรรม และรายงาน รายงานของกรมฯ ใช้การตัดเศษ (95.72%)',
    en: "Applies to percentages, means and standard deviations in survey results, ethics acknowledgements and the report. The agency's report truncates (95.72 %).",
  },
  choices: {
    truncate: { th: 'ตัดเศษทิ้ง (เช่น 95.729 → 95.72)', en: 'Truncate (e.g. 95.729 → 95.72)' },
    round: { th: 'ปัดเศษ ครึ่งขึ้น (เช่น 95.725 → 95.73)', en: 'Round half up (e.g. 95.725 → 95.73)' },
  },
})

/**
 * A number to `places` decimals by the mode. The value is first read to 12 significant digits,
 * so that binary noise (0.29 × 100 = 28.999999999999996) is not cut as if it were a digit.
 */
export function applyRounding(value: number, places: number, mode: RoundingMode): number {
  if (!Number.isFinite(value)) return value
  const factor = 10 ** places
  const scaled = Number((Math.abs(value) * factor).toPrecision(12))
  const cut = mode === 'truncate' ? Math.floor(scaled) : Math.floor(scaled + 0.5)
  const result = cut / factor
  return value < 0 && result !== 0 ? -result : result
}

/**
 * part / whole × 100 to `places` decimals, exactly (integer arithmetic: no binary noise);
 * null when whole is 0.
 */
export function percentOf(
  part: number,
  whole: number,
  places: number,
  mode: RoundingMode,
): number | null {
  if (whole === 0) return null
  if (!Number.isInteger(part) || !Number.isInteger(whole) || part < 0 || whole < 0)
    throw new RangeError('percentOf takes counts')
  const factor = 10n ** BigInt(places)
  const p = BigInt(part) * 100n * factor
  const w = BigInt(whole)
  const scaled = mode === 'truncate' ? p / w : (2n * p + w) / (2n * w)
  return Number(scaled) / Number(factor)
}
