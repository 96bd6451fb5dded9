// The risk matrix as data: likelihood × impact → a named, coloured level. Nothing here knows the
// agency's cut-offs; the default grid below is only what a new register starts with.

export interface Level {
  code: string
  rank: number
  nameTh: string
  nameEn: string
  colour: string
}

export interface Matrix {
  likelihoodMax: number
  impactMax: number
  levels: Level[]
  /** level code by `${likelihood}x${impact}` */
  cells: Record<string, string>
}

export const cellKey = (likelihood: number, impact: number) => `${likelihood}x${impact}`

/** The level of a likelihood and impact by the matrix; undefined off the grid. */
export function levelOf(m: Matrix, likelihood: number, impact: number): Level | undefined {
  const code = m.cells[cellKey(likelihood, impact)]
  return m.levels.find((l) => l.code === code)
}

/** The highest of some levels (by rank). */
export function highest(levels: (Level | undefined)[]): Level | undefined {
  let top: Level | undefined
  for (const l of levels) if (l && (!top || l.rank > top.rank)) top = l
  return top
}

/** The levels a new register starts with: ต่ำ / ปานกลาง / สูง / สูงมาก. */
export const DEFAULT_LEVELS: Level[] = [
  { code: 'low', rank: 1, nameTh: 'ต่ำ', nameEn: 'Low', colour: '#2e7d32' },
  { code: 'medium', rank: 2, nameTh: 'ปานกลาง', nameEn: 'Medium', colour: '#f9a825' },
  { code: 'high', rank: 3, nameTh: 'สูง', nameEn: 'High', colour: '#ef6c00' },
  { code: 'very_high', rank: 4, nameTh: 'สูงมาก', nameEn: 'Very high', colour: '#c62828' },
]

/**
 * A new register's grid on 5 × 5 scales, by the score likelihood × impact: 1–3 low, 4–9 medium,
 * 10–16 high, 17–25 very high. Officers change any cell afterwards.
 */
export function defaultCells(likelihoodMax = 5, impactMax = 5): Record<string, string> {
  const cells: Record<string, string> = {}
  for (let l = 1; l <= likelihoodMax; l++)
    for (let i = 1; i <= impactMax; i++) {
      const s = l * i
      cells[cellKey(l, i)] = s <= 3 ? 'low' : s <= 9 ? 'medium' : s <= 16 ? 'high' : 'very_high'
    }
  return cells
}
