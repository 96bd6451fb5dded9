import type { PdpaMessage } from './messages.js'
import { REQUEST_KINDS, type RequestKind } from './schema.js'

export type Body = Record<string, unknown>

/** A problem with one field, as a message key (translated when the page renders). */
export interface FieldProblem<K extends string> {
  field: string
  key: K
}

export type Parsed<T, K extends string> =
  | { ok: true; value: T; values: Record<string, string> }
  | { ok: false; problems: FieldProblem<K>[]; values: Record<string, string> }

/**
 * A form value as text: NFC (never NFKC: it splits Thai ำ), line breaks kept as \n, other
 * control and zero-width characters removed, trimmed.
 */
export function formText(body: Body | undefined, name: string): string {
  const v = body?.[name]
  return typeof v === 'string'
    ? v
        .normalize('NFC')
        .replace(/\r\n?/g, '\n')
        .replace(/[\p{Cc}\u200b-\u200d\ufeff]/gu, (c) => (c === '\n' ? c : ''))
        .trim()
    : ''
}

const length = (s: string) => [...s].length

function oneOf<T extends string>(list: readonly T[], value: string): T | undefined {
  return (list as readonly string[]).includes(value) ? (value as T) : undefined
}

/** The registrant's request: which right, and their words. */
export function parseRequestForm(
  body: Body | undefined,
): Parsed<{ kind: RequestKind; details: string }, PdpaMessage> {
  const values = { kind: formText(body, 'kind'), details: formText(body, 'details') }
  const problems: FieldProblem<PdpaMessage>[] = []
  const kind = oneOf(REQUEST_KINDS, values.kind)
  if (!kind) problems.push({ field: 'kind', key: 'form.error.kind' })
  const n = length(values.details)
  if (n === 0) problems.push({ field: 'details', key: 'form.error.details.required' })
  else if (n < 10 || n > 2000) problems.push({ field: 'details', key: 'form.error.details.length' })
  if (!kind || problems.length > 0) return { ok: false, problems, values }
  return { ok: true, value: { kind, details: values.details }, values }
}
