// The risk matrix as data: likelihood × impact → a named, coloured level. Nothing here knows the
// agency's cut-offs; the default grid below is only what a new register starts with.

export interface Level {
  code: string
  rank: number
  nameTh: string
  nameEn: string
  colour: string
  /** The colour its name is written in on its colour (dark or white); by contrast when absent. */
  textColour?: string
}

/** The name of one point of the likelihood or impact scale. */
export interface ScalePoint {
  value: number
  nameTh: string
  nameEn: string
}

export interface Matrix {
  likelihoodMax: number
  impactMax: number
  levels: Level[]
  /** level code by `${likelihood}x${impact}` */
  cells: Record<string, string>
  /** The scales' point names (a point without one is shown by its number). */
  points?: { likelihood: ScalePoint[]; impact: ScalePoint[] }
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

/** The two text colours a level's name may be written in: the page's dark text, or white. */
export const TEXT_COLOURS = ['#0b0c0c', '#ffffff'] as const

const channel = (c: number) => {
  const s = c / 255
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
}
const luminance = (hex: string) => {
  const n = Number.parseInt(hex.slice(1), 16)
  return (
    0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255)
  )
}

/** The WCAG contrast ratio of two #rrggbb colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (hi + 0.05) / (lo + 0.05)
}

/** WCAG AA for normal text. */
export const AA_CONTRAST = 4.5

/** The text colour with the more contrast on a colour. */
export function textColourFor(colour: string): string {
  return contrastRatio(colour, TEXT_COLOURS[0]) >= contrastRatio(colour, TEXT_COLOURS[1])
    ? TEXT_COLOURS[0]
    : TEXT_COLOURS[1]
}

/** The swatches offered for a level, each with its text colour (every pair passes AA). */
export const SWATCHES: readonly { colour: string; textColour: string }[] = [
  '#2e7d32',
  '#8bc34a',
  '#f9a825',
  '#ffeb3b',
  '#ef6c00',
  '#c62828',
  '#ad1457',
  '#6a1b9a',
  '#1565c0',
  '#80cbc4',
].map((colour) => ({ colour, textColour: textColourFor(colour) }))

/** The name of a scale's point, or its number. */
export function pointName(m: Matrix, axis: 'likelihood' | 'impact', value: number, th: boolean) {
  const p = m.points?.[axis].find((x) => x.value === value)
  return p ? (th ? p.nameTh : p.nameEn) : String(value)
}

const point = (value: number, nameTh: string, nameEn: string): ScalePoint => ({
  value,
  nameTh,
  nameEn,
})

/** The names a new register's 5-point scales start with (officers rename them). */
export const DEFAULT_POINTS: { likelihood: ScalePoint[]; impact: ScalePoint[] } = {
  likelihood: [
    point(1, 'น้อยมาก', 'Rare'),
    point(2, 'น้อย', 'Unlikely'),
    point(3, 'ปานกลาง', 'Possible'),
    point(4, 'สูง', 'Likely'),
    point(5, 'สูงมาก', 'Almost certain'),
  ],
  impact: [
    point(1, 'น้อยมาก', 'Insignificant'),
    point(2, 'น้อย', 'Minor'),
    point(3, 'ปานกลาง', 'Moderate'),
    point(4, 'รุนแรง', 'Major'),
    point(5, 'รุนแรงมาก', 'Severe'),
  ],
}
