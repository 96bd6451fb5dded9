import { z } from 'zod'
import { checkThaiId } from '../../../platform/thai-id.js'
import { text, type Body, type FieldProblem as Problem, type Parsed as ParsedAs } from '../form.js'
import type { RegistryMessage } from './registry.messages.js'

export { text, type Body }
type Parsed<T> = ParsedAs<T, RegistryMessage>
type FieldProblem = Problem<RegistryMessage>

export const SEARCH_KINDS = ['id', 'name', 'email'] as const
export type SearchKind = (typeof SEARCH_KINDS)[number]

export type SearchQuery =
  | { by: 'id'; nationalId: string }
  /** Lower case, single spaces, no space at either end. */
  | { by: 'name'; fragment: string }
  | { by: 'email'; email: string }

const NAME_MIN = 3
const NAME_MAX = 100

/** A name fragment as the search looks for it: lower case, spaces counted once. */
export function nameFragment(typed: string): string {
  return typed.trim().replace(/\s+/gu, ' ').toLowerCase()
}

/** The search form: what to search by, the text, and the page of results. */
export function parseSearch(body: Body | undefined): Parsed<{ query: SearchQuery; page: number }> {
  const values = { by: text(body, 'by'), q: text(body, 'q') }
  const pageRaw = Number(text(body, 'page') || '1')
  const page = Number.isInteger(pageRaw) && pageRaw >= 1 && pageRaw <= 1000 ? pageRaw : 1
  const by = (SEARCH_KINDS as readonly string[]).includes(values.by)
    ? (values.by as SearchKind)
    : undefined
  if (!by) return { ok: false, problems: [{ field: 'by', key: 'search.error.by' }], values }
  if (values.q === '')
    return { ok: false, problems: [{ field: 'q', key: `search.error.${by}.required` }], values }
  if (by === 'id') {
    const id = checkThaiId(values.q)
    if (!id.ok)
      return { ok: false, problems: [{ field: 'q', key: `search.error.id.${id.problem}` }], values }
    return { ok: true, value: { query: { by, nationalId: id.id }, page }, values }
  }
  if (by === 'name') {
    // At least one name word must be given to three characters: "ab c" is too little to look for.
    const fragment = nameFragment(values.q)
    const longest = Math.max(...fragment.split(' ').map((piece) => [...piece].length))
    if (longest < NAME_MIN || [...fragment].length > NAME_MAX)
      return { ok: false, problems: [{ field: 'q', key: 'search.error.name.length' }], values }
    return { ok: true, value: { query: { by, fragment }, page }, values }
  }
  const email = values.q.toLowerCase()
  if (!z.email().max(254).safeParse(email).success)
    return { ok: false, problems: [{ field: 'q', key: 'search.error.email.format' }], values }
  return { ok: true, value: { query: { by, email }, page }, values }
}

export const REVEAL_REASONS = [
  'subject_request',
  'registrant_enquiry',
  'registry_correction',
  'legal_request',
  'investigation',
  'other',
] as const
export type RevealReasonCode = (typeof REVEAL_REASONS)[number]

export interface RevealReason {
  code: RevealReasonCode
  text: string
}

const REASON_TEXT_MIN = 10
const REASON_TEXT_MAX = 500

/** Why the officer needs to see the masked data: a reason from the list and their own words. */
export function parseReveal(body: Body | undefined): Parsed<RevealReason> {
  const values = { reason: text(body, 'reason'), reasonText: text(body, 'reasonText') }
  const problems: FieldProblem[] = []
  const code = (REVEAL_REASONS as readonly string[]).includes(values.reason)
    ? (values.reason as RevealReasonCode)
    : undefined
  if (!code) problems.push({ field: 'reason', key: 'reveal.error.reason' })
  const length = [...values.reasonText].length
  if (length === 0) problems.push({ field: 'reasonText', key: 'reveal.error.text.required' })
  else if (length < REASON_TEXT_MIN || length > REASON_TEXT_MAX)
    problems.push({ field: 'reasonText', key: 'reveal.error.text.length' })
  if (!code || problems.length > 0) return { ok: false, problems, values }
  return { ok: true, value: { code, text: values.reasonText }, values }
}
