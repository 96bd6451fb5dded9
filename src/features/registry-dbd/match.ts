import type { Director } from './types.js'

/** How a verified person was found among a company's directors. */
export interface DirectorMatch {
  index: number
  /** `national_id` is proof; `name` is the weaker evidence used only where DBD gives no ID. */
  basis: 'national_id' | 'name'
}

/** The person as the bank verified them. */
export interface VerifiedName {
  nationalId: string
  firstNameTh: string
  middleNameTh?: string | null
  lastNameTh: string
}

/**
 * A Thai name compared without titles, spacing, zero-width characters or Unicode form: the
 * bank and DBD print "นาย สมชาย  ใจดี" and "นายสมชาย ใจดี" for the same person. Titles are left
 * out because they change (นางสาว → นาง, ranks) while the person does not.
 */
export function normaliseThaiName(...parts: (string | null | undefined)[]): string {
  return parts
    .filter((p): p is string => typeof p === 'string')
    .join('')
    .normalize('NFC')
    .replace(/[\s\u200b-\u200d\u2060\ufeff]+/g, '')
}

/**
 * Finds the verified person among the directors. Where DBD gives a director's national ID,
 * only the ID counts (a namesake is not the director); where it does not, the normalised
 * Thai name does. `only` restricts the search to one director (an invitation's).
 */
export function matchDirector(
  directors: readonly Director[],
  person: VerifiedName,
  only?: number,
): DirectorMatch | undefined {
  const name = normaliseThaiName(person.firstNameTh, person.middleNameTh, person.lastNameTh)
  const byId = directors.findIndex((d) => d.id !== '' && d.id === person.nationalId)
  if (byId >= 0)
    return only === undefined || only === byId ? { index: byId, basis: 'national_id' } : undefined
  const byName = directors
    .map((d, index) => ({ d, index }))
    .filter(
      ({ d, index }) =>
        d.id === '' &&
        (only === undefined || only === index) &&
        normaliseThaiName(d.firstName, d.lastName) === name,
    )
  // Two unnumbered directors with one name cannot be told apart: no match rather than a guess.
  const hit = byName.length === 1 ? byName[0] : undefined
  return hit ? { index: hit.index, basis: 'name' } : undefined
}
