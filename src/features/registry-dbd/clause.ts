import { directorKey, directorName, type Director } from './types.js'

/**
 * Who must sign for a juristic person, read from DBD's signing clause. The portal approves
 * automatically on this rule, so the parser never guesses: a clause that does not match one
 * of the known forms exactly is `unparseable`, and such a company goes to an officer.
 */
export type SigningRule =
  | { kind: 'any'; count: number; seal: boolean }
  | { kind: 'named'; anyOf: string[]; count: number; seal: boolean }
  | { kind: 'named-plus'; named: string; others: number; seal: boolean }
  | { kind: 'unparseable'; reason: string }

const NUMBER_WORDS: Record<string, number> = { หนึ่ง: 1, สอง: 2, สาม: 3, สี่: 4 }
const THAI_DIGITS = '๐๑๒๓๔๕๖๗๘๙'
const NUM = '(หนึ่ง|สอง|สาม|สี่|[1-9]|[๑-๙])'
// The seal clause names the company or the partnership; either way it is the same stamp.
const SEAL = '((?:และ)?ประทับตราสำคัญของ(?:บริษัท|ห้างหุ้นส่วน|ห้าง))?'
const SIGNER = '(?:กรรมการ|หุ้นส่วนผู้จัดการ)'

// Matched on the clause with all whitespace removed: DBD's spacing varies between
// certificates ("นาย ก" and "นายก"), while the words themselves do not.
const ANY = new RegExp(`^${SIGNER}${NUM}คนลงลายมือชื่อ(ร่วมกัน)?${SEAL}$`)
const NAMED_PLUS = new RegExp(`^(.+?)ลงลายมือชื่อร่วมกับ${SIGNER}อื่นอีก${NUM}คน${SEAL}$`)
const NAMED_OF = new RegExp(`^(.+?)${NUM}ใน${NUM}คนนี้ลงลายมือชื่อร่วมกัน${SEAL}$`)
const NAMED_OR = new RegExp(`^(.+?)ลงลายมือชื่อ${SEAL}$`)

function toNumber(token: string): number {
  const word = NUMBER_WORDS[token]
  if (word !== undefined) return word
  const thai = THAI_DIGITS.indexOf(token)
  return thai >= 0 ? thai : Number(token)
}

const squash = (s: string): string => s.normalize('NFC').replace(/\s+/g, '')

type Names = Map<string, string>

/** Director names keyed without whitespace; a name two directors share resolves to no one. */
function nameIndex(directors: readonly Director[]): Names | string {
  const names: Names = new Map()
  for (const d of directors) {
    const key = squash(directorName(d))
    if (names.has(key)) return `two directors are both named ${directorName(d)}`
    names.set(key, directorKey(d))
  }
  return names
}

/** Splits a run of names written one after another by matching known directors only. */
function splitNames(run: string, names: Names): string[] | undefined {
  const ids: string[] = []
  let rest = run
  while (rest !== '') {
    const hits = [...names.keys()].filter((key) => rest.startsWith(key))
    // Zero hits is an unknown person; two hits means one name is a prefix of another.
    if (hits.length !== 1 || hits[0] === undefined) return undefined
    ids.push(names.get(hits[0]) ?? '')
    rest = rest.slice(hits[0].length)
  }
  return ids.length > 0 && new Set(ids).size === ids.length ? ids : undefined
}

const unparseable = (reason: string): SigningRule => ({ kind: 'unparseable', reason })

/** Reads a signing clause against the company's directors. */
export function parseSigningClause(text: string, directors: readonly Director[]): SigningRule {
  const clause = squash(text)
  if (clause === '') return unparseable('empty clause')
  const names = nameIndex(directors)
  if (typeof names === 'string') return unparseable(names)

  let m = ANY.exec(clause)
  if (m) {
    const count = toNumber(m[1] ?? '')
    // "ร่วมกัน" (together) with one signer is not a form DBD uses; do not read past it.
    if (m[2] !== undefined && count < 2) return unparseable('one director cannot sign together')
    if (count > directors.length) return unparseable(`needs ${count} of ${directors.length}`)
    return { kind: 'any', count, seal: m[3] !== undefined }
  }

  m = NAMED_PLUS.exec(clause)
  if (m) {
    const named = splitNames(m[1] ?? '', names)
    const others = toNumber(m[2] ?? '')
    if (named?.length !== 1 || named[0] === undefined) return unparseable('named director unknown')
    if (others > directors.length - 1) return unparseable(`needs ${others} other directors`)
    return { kind: 'named-plus', named: named[0], others, seal: m[3] !== undefined }
  }

  m = NAMED_OF.exec(clause)
  if (m) {
    const anyOf = splitNames(m[1] ?? '', names)
    const count = toNumber(m[2] ?? '')
    const of = toNumber(m[3] ?? '')
    if (!anyOf) return unparseable('a named director is not on the list')
    if (of !== anyOf.length || count > of) return unparseable('the counts do not match the names')
    return { kind: 'named', anyOf, count, seal: m[4] !== undefined }
  }

  m = NAMED_OR.exec(clause)
  if (m) {
    const alternatives = (m[1] ?? '').split('หรือ').map((run) => splitNames(run, names))
    const anyOf = alternatives.map((ids) => (ids?.length === 1 ? ids[0] : undefined))
    if (anyOf.some((id) => id === undefined) || new Set(anyOf).size !== anyOf.length)
      return unparseable('a named director is not on the list')
    return { kind: 'named', anyOf: anyOf as string[], count: 1, seal: m[2] !== undefined }
  }

  return unparseable('not a known form')
}

/**
 * Whether the directors who completed eKYC can sign under the rule. The seal is not checked:
 * an electronic application carries no stamp. Callers pass only IDs already confirmed to be
 * listed directors (a separate decision rule), since `any` counts whoever is given.
 */
export function satisfies(rule: SigningRule, verifiedDirectorIds: readonly string[]): boolean {
  const verified = new Set(verifiedDirectorIds)
  switch (rule.kind) {
    case 'any':
      return verified.size >= rule.count
    case 'named':
      return rule.anyOf.filter((id) => verified.has(id)).length >= rule.count
    case 'named-plus':
      return verified.has(rule.named) && verified.size - 1 >= rule.others
    case 'unparseable':
      return false
  }
}
