import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { figuresRounding, percentOf, readSetting, type RoundingMode } from '../settings/index.js'
import { allUnits, audienceByUnit, campaignUnits, joinersByUnit } from './campaigns.repository.js'

/** Counts of one unit (with its sub-units) or of the whole campaign. */
export interface Counts {
  /** The launch snapshot: the denominator. Leavers stay in it. */
  eligible: number
  /** Snapshot members who signed: the numerator. */
  signed: number
  notSigned: number
  /** Snapshot members who have left since (signed or not). */
  leavers: number
  /** Officers in the campaign's units who were not in the snapshot; never in the percentage. */
  joiners: number
  joinersSigned: number
  /** signed / eligible × 100 to 2 places by the rounding setting; null with no audience. */
  percent: number | null
}

export interface UnitFigures extends Counts {
  code: string
  nameTh: string
  nameEn: string
  /** Depth below the campaign's own units (0 for them). */
  depth: number
}

export interface CampaignFigures {
  rounding: RoundingMode
  overall: Counts
  /** The campaign's units and their sub-units, depth first, each with its sub-units' counts. */
  units: UnitFigures[]
}

type Own = Omit<Counts, 'notSigned' | 'percent'>
const zero = (): Own => ({ eligible: 0, signed: 0, leavers: 0, joiners: 0, joinersSigned: 0 })

function add(a: Own, b: Own): Own {
  return {
    eligible: a.eligible + b.eligible,
    signed: a.signed + b.signed,
    leavers: a.leavers + b.leavers,
    joiners: a.joiners + b.joiners,
    joinersSigned: a.joinersSigned + b.joinersSigned,
  }
}

/** Completes counts with what is not signed and the percentage in the given mode. */
export function withPercent(c: Own, mode: RoundingMode): Counts {
  return {
    ...c,
    notSigned: c.eligible - c.signed,
    percent: percentOf(c.signed, c.eligible, 2, mode),
  }
}

/**
 * A campaign's figures, computed from the records: the frozen audience and the signatures, by
 * the unit frozen in the snapshot; joiners by their current unit, apart. Overall and per unit
 * down the tree, with the rounding mode of the setting 'figures.rounding'.
 */
export async function campaignFigures(
  db: Kysely<DB>,
  campaignId: string,
): Promise<CampaignFigures> {
  const [mode, roots, units, audience, joiners] = await Promise.all([
    readSetting(db, figuresRounding),
    campaignUnits(db, campaignId),
    allUnits(db),
    audienceByUnit(db, campaignId),
    joinersByUnit(db, campaignId),
  ])
  const own = new Map<string, Own>()
  const at = (code: string) => {
    let o = own.get(code)
    if (!o) own.set(code, (o = zero()))
    return o
  }
  for (const a of audience) {
    const o = at(a.unit_code)
    o.eligible += Number(a.eligible)
    o.signed += Number(a.signed)
    o.leavers += Number(a.leavers)
  }
  for (const j of joiners) {
    const o = at(j.unit_code)
    o.joiners += Number(j.joiners)
    o.joinersSigned += Number(j.signed)
  }
  const overall = [...own.values()].reduce(add, zero())
  const children = new Map<string, string[]>()
  for (const u of units)
    if (u.parent_code !== null)
      children.set(u.parent_code, [...(children.get(u.parent_code) ?? []), u.code])
  const byCode = new Map(units.map((u) => [u.code, u]))
  const rows: UnitFigures[] = []
  const seen = new Set<string>()
  const walk = (code: string, depth: number): Own => {
    seen.add(code)
    const index = rows.length
    let total = own.get(code) ?? zero()
    rows.push({ code, nameTh: '', nameEn: '', depth, ...withPercent(total, mode) })
    for (const child of children.get(code) ?? [])
      if (!seen.has(child)) total = add(total, walk(child, depth + 1))
    const u = byCode.get(code)
    rows[index] = {
      code,
      nameTh: u?.name_th ?? code,
      nameEn: u?.name_en ?? code,
      depth,
      ...withPercent(total, mode),
    }
    return total
  }
  for (const r of roots) if (!seen.has(r)) walk(r, 0)
  // A snapshot unit since moved out of the campaign's tree still shows, on its own.
  for (const code of own.keys()) if (!seen.has(code)) walk(code, 0)
  return { rounding: mode, overall: withPercent(overall, mode), units: rows }
}
