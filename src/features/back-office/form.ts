// The back office's forms: a posted body, its text values and what a parser returns.

/** A problem with one field, as a message key (translated when the page renders). */
export interface FieldProblem<K extends string = string> {
  field: string
  key: K
}

export type Parsed<T, K extends string = string> =
  | { ok: true; value: T; values: Record<string, string> }
  | { ok: false; problems: FieldProblem<K>[]; values: Record<string, string> }

export type Body = Record<string, unknown>

/** A form value as text: NFC (never NFKC: it splits Thai ำ), no control characters, trimmed. */
export function text(body: Body | undefined, name: string): string {
  const v = body?.[name]
  return typeof v === 'string'
    ? v
        .normalize('NFC')
        .replace(/[\p{Cc}\u200b-\u200d\ufeff]/gu, '')
        .trim()
    : ''
}
