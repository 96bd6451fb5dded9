import {
  parseSigningClause,
  syntheticRegistry,
  type JuristicPerson,
} from '../../features/registry-dbd/index.js'

/** The kinds of company a tester needs to walk every path of the company journey. */
export const SAMPLE_KINDS = [
  'one-signs',
  'two-sign',
  'named',
  'foreign-director',
  'closed',
  'bankrupt',
  'unreadable-clause',
] as const
export type SampleKind = (typeof SAMPLE_KINDS)[number]

function kindOf(c: JuristicPerson): SampleKind | undefined {
  if (c.status === 'closed') return 'closed'
  if (c.status === 'bankrupt') return 'bankrupt'
  if (c.status !== 'active') return undefined
  if (c.directors.some((d) => d.nationality !== 'THA')) return 'foreign-director'
  const rule = parseSigningClause(c.signingClause, c.directors)
  if (rule.kind === 'unparseable') return 'unreadable-clause'
  if (rule.kind === 'any' && rule.count === 1) return 'one-signs'
  if (rule.kind === 'any' && rule.count === 2) return 'two-sign'
  if (rule.kind === 'named' || rule.kind === 'named-plus') return 'named'
  return undefined
}

/** A few companies of each kind from the synthetic registry (the same for a seed, always). */
export function sampleCompanies(seed = 1, perKind = 3): Map<SampleKind, JuristicPerson[]> {
  const samples = new Map<SampleKind, JuristicPerson[]>(SAMPLE_KINDS.map((k) => [k, []]))
  for (const c of syntheticRegistry(seed).values()) {
    const kind = kindOf(c)
    const list = kind ? samples.get(kind) : undefined
    if (list && list.length < perKind) list.push(c)
  }
  return samples
}
