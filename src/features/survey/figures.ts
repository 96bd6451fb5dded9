import { applyRounding, percentOf, type RoundingMode } from '../settings/index.js'
import type { TopTwoBase } from './settings.js'

/** The five Thai levels, highest first: 5 มากที่สุด … 1 น้อยที่สุด. */
export const LEVELS = [5, 4, 3, 2, 1] as const
export type Level = (typeof LEVELS)[number]

/** Counts of one question's answers: by level 1–5, and "no opinion". */
export interface LevelCounts {
  levels: Record<Level, number>
  noOpinion: number
}

/** The Thai interpretation band of a mean (4.51–5.00 มากที่สุด … 1.00–1.50 น้อยที่สุด). */
export type Band = 'very_high' | 'high' | 'moderate' | 'low' | 'very_low'

/** One question's published figures, rounded by the rounding setting. */
export interface QuestionFigures {
  counts: LevelCounts
  /** Those who chose a level 1–5. */
  answered: number
  topTwo: number
  base: number
  percent: number | null
  mean: number | null
  sd: number | null
  band: Band | null
}

/** Empty counts. */
export function noCounts(): LevelCounts {
  return { levels: { 5: 0, 4: 0, 3: 0, 2: 0, 1: 0 }, noOpinion: 0 }
}

/** Adds counts into the first. */
export function addCounts(into: LevelCounts, more: LevelCounts): LevelCounts {
  for (const l of LEVELS) into.levels[l] += more.levels[l]
  into.noOpinion += more.noOpinion
  return into
}

/** The band of a mean as published (after rounding to 2 places): 4.51 and above is มากที่สุด. */
export function bandOf(mean: number): Band {
  // Compared in hundredths, exact for a mean already rounded to 2 places.
  const h = Math.round(mean * 100)
  if (h >= 451) return 'very_high'
  if (h >= 351) return 'high'
  if (h >= 251) return 'moderate'
  if (h >= 151) return 'low'
  return 'very_low'
}

/** The top two levels and the base that the setting says counts. */
export function topTwoOf(c: LevelCounts, base: TopTwoBase): { topTwo: number; base: number } {
  const answered = LEVELS.reduce((s, l) => s + c.levels[l], 0)
  return {
    topTwo: c.levels[5] + c.levels[4],
    base: answered + (base === 'answered_and_no_opinion' ? c.noOpinion : 0),
  }
}

/**
 * A question's figures from its counts: the top-2-box percentage over the base, the mean and the
 * sample standard deviation (n − 1) of levels 1–5, each to 2 places by the rounding mode.
 */
export function figuresOf(
  counts: LevelCounts,
  settings: { base: TopTwoBase; rounding: RoundingMode },
): QuestionFigures {
  const answered = LEVELS.reduce((s, l) => s + counts.levels[l], 0)
  const { topTwo, base } = topTwoOf(counts, settings.base)
  const percent = percentOf(topTwo, base, 2, settings.rounding)
  if (answered === 0)
    return { counts, answered, topTwo, base, percent, mean: null, sd: null, band: null }
  const sum = LEVELS.reduce((s, l) => s + l * counts.levels[l], 0)
  const exactMean = sum / answered
  const squares = LEVELS.reduce((s, l) => s + counts.levels[l] * (l - exactMean) ** 2, 0)
  const mean = applyRounding(exactMean, 2, settings.rounding)
  const sd =
    answered > 1 ? applyRounding(Math.sqrt(squares / (answered - 1)), 2, settings.rounding) : null
  return { counts, answered, topTwo, base, percent, mean, sd, band: bandOf(mean) }
}
