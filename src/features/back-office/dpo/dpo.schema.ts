import { z } from 'zod'
import type { DocumentKind } from '../../documents/index.js'
import { parseDateInput } from '../../../platform/time.js'
import { formText, OUTCOMES, type Outcome, type PdpaBody as Body } from '../../pdpa/index.js'
import type { FieldProblem, Parsed } from '../form.js'
import type { DpoMessage } from './dpo.messages.js'

export type { Body }

const length = (s: string) => [...s].length

function oneOf<T extends string>(list: readonly T[], value: string): T | undefined {
  return (list as readonly string[]).includes(value) ? (value as T) : undefined
}

/** The DPO's outcome: one of the outcomes, and the explanation the data subject will read. */
export function parseOutcome(
  body: Body | undefined,
): Parsed<{ outcome: Outcome; note: string }, DpoMessage> {
  const values = { outcome: formText(body, 'outcome'), note: formText(body, 'note') }
  const problems: FieldProblem<DpoMessage>[] = []
  const outcome = oneOf(OUTCOMES, values.outcome)
  if (!outcome) problems.push({ field: 'outcome', key: 'outcome.error.outcome' })
  const n = length(values.note)
  if (n === 0) problems.push({ field: 'note', key: 'outcome.error.note.required' })
  else if (n < 10 || n > 2000) problems.push({ field: 'note', key: 'outcome.error.note.length' })
  if (!outcome || problems.length > 0) return { ok: false, problems, values }
  return { ok: true, value: { outcome, note: values.note }, values }
}

const titleSchema = z.string().min(1).max(200)
const bodySchema = z.string().min(50).max(20_000)

/** A new version of a document, in both languages, with the DPO's confirmation. */
export function parseDocument(body: Body | undefined): Parsed<
  {
    /** A notice registrants accept, or the agency's policy (officers' kind of document). */
    kind: DocumentKind | 'policy'
    titleTh: string
    titleEn: string
    bodyTh: string
    bodyEn: string
    /** The policy's effective date (YYYY-MM-DD); the notices take effect when published. */
    effectiveOn?: string
  },
  DpoMessage
> {
  const values = {
    kind: formText(body, 'kind'),
    titleTh: formText(body, 'titleTh'),
    titleEn: formText(body, 'titleEn'),
    bodyTh: formText(body, 'bodyTh'),
    bodyEn: formText(body, 'bodyEn'),
    confirm: formText(body, 'confirm'),
    effectiveOn: formText(body, 'effectiveOn'),
  }
  const problems: FieldProblem<DpoMessage>[] = []
  const kind = oneOf<DocumentKind | 'policy'>(['terms', 'privacy', 'policy'], values.kind)
  if (!kind) problems.push({ field: 'kind', key: 'docs.error.kind' })
  if (!titleSchema.safeParse(values.titleTh).success)
    problems.push({ field: 'titleTh', key: 'docs.error.titleTh' })
  if (!titleSchema.safeParse(values.titleEn).success)
    problems.push({ field: 'titleEn', key: 'docs.error.titleEn' })
  if (!bodySchema.safeParse(values.bodyTh).success)
    problems.push({ field: 'bodyTh', key: 'docs.error.bodyTh' })
  if (!bodySchema.safeParse(values.bodyEn).success)
    problems.push({ field: 'bodyEn', key: 'docs.error.bodyEn' })
  const effectiveOn = kind === 'policy' ? parseDateInput(values.effectiveOn) : undefined
  if (kind === 'policy' && !effectiveOn)
    problems.push({ field: 'effectiveOn', key: 'docs.error.effectiveOn' })
  if (values.confirm !== 'yes') problems.push({ field: 'confirm', key: 'docs.error.confirm' })
  if (!kind || problems.length > 0) return { ok: false, problems, values }
  return {
    ok: true,
    value: {
      kind,
      titleTh: values.titleTh,
      titleEn: values.titleEn,
      bodyTh: values.bodyTh,
      bodyEn: values.bodyEn,
      ...(effectiveOn ? { effectiveOn } : {}),
    },
    values,
  }
}
