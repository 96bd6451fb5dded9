import type { FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify'
import { recordStepError } from './journey.js'

/** A posted form as the form-body parser leaves it. */
export type FormBody = Record<string, unknown>

/** A problem with one field, as a message key (translated when the page renders). */
export interface FieldProblem<K extends string = string> {
  field: string
  key: K
  params?: Record<string, string | number>
}

/** What a form's parser says: the typed value, or the problems and the values as typed. */
export type Parsed<T, K extends string = string> =
  | { ok: true; value: T; values?: Record<string, string> }
  | { ok: false; problems: FieldProblem<K>[]; values: Record<string, string> }

/** A form field as text: NFC, without control or zero-width characters, trimmed. */
export function formText(body: FormBody, name: string): string {
  const v = body[name]
  return typeof v === 'string'
    ? v
        .normalize('NFC')
        .replace(/[\p{Cc}\u200b-\u200d\ufeff]/gu, '')
        .trim()
    : ''
}

/** A form that did not parse, as its page re-renders it. */
export interface InvalidForm<K extends string> {
  problems: FieldProblem<K>[]
  values: Record<string, string>
}

/** Renders a form's own page again with its problems (the page picks the status, usually 400). */
export type InvalidFormPage<K extends string> = (
  request: FastifyRequest,
  reply: FastifyReply,
  invalid: InvalidForm<K>,
) => Promise<unknown>

type Parser<T, K extends string> = (body: FormBody) => Parsed<T, K>

const parsedForms = new WeakMap<FastifyRequest, { parse: unknown; value: unknown }>()

/**
 * The preHandler that parses a posted form: an invalid form re-renders its page and the handler
 * does not run; a valid one is handed to the handler through `formValue(request, parse)`.
 */
export function form<T, K extends string>(
  parse: Parser<T, K>,
  page: InvalidFormPage<K>,
): preHandlerAsyncHookHandler {
  return async function parseForm(request, reply) {
    const parsed = parse((request.body ?? {}) as FormBody)
    if (!parsed.ok) {
      await recordStepError(request)
      await page(request, reply, { problems: parsed.problems, values: parsed.values })
      return reply
    }
    parsedForms.set(request, { parse, value: parsed.value })
  }
}

/** The value that `form(parse, …)` parsed for this request (the route must list that form). */
export function formValue<T, K extends string>(request: FastifyRequest, parse: Parser<T, K>): T {
  const entry = parsedForms.get(request)
  if (!entry || entry.parse !== parse) throw new Error(`no form(${parse.name}) before this handler`)
  return entry.value as T
}
