import { z } from 'zod'
import type { FieldProblem, Parsed } from '../../platform/form.js'
import type { TicketCategory } from '../../platform/db/schema/help-desk.js'
import { parseReference } from '../../platform/ids.js'
import { checkUpload, safeFileName, type Upload } from './attachments.js'
import type { HelpMessage } from './messages.js'
import type { NewTicket } from './tickets.service.js'

// The citizen's forms: the help form (multipart, with its attachment), following a ticket, a reply.

export type Body = Record<string, unknown>

export const TICKET_CATEGORIES: readonly TicketCategory[] = [
  'registration',
  'identity',
  'company',
  'technical',
  'service_complaint',
  'corruption',
]

/**
 * Text as typed: NFC (never NFKC: it splits Thai ำ), line breaks as \n, other control and
 * zero-width characters removed, trimmed.
 */
export function text(body: Body | undefined, name: string): string {
  const v = body?.[name]
  return typeof v === 'string'
    ? v
        .normalize('NFC')
        .replace(/\r\n?/g, '\n')
        .replace(/[\p{Cc}\u200b-\u200d\ufeff]/gu, (c) => (c === '\n' ? c : ''))
        .trim()
    : ''
}

const len = (s: string) => [...s].length
const emailSchema = z.email().max(254)
const category = z.enum(TICKET_CATEGORIES as [TicketCategory, ...TicketCategory[]])
/** A journey step's name or an error reference as a link carries them: short, plain. */
const originSchema = z.string().regex(/^[A-Za-z0-9._-]{1,40}$/)

/** The origin of the help form (the step and the error reference), dropped when malformed. */
export function parseOrigin(q: { step?: unknown; ref?: unknown }): {
  step?: string
  errorRef?: string
} {
  const step = originSchema.safeParse(q.step)
  const ref = originSchema.safeParse(q.ref)
  return {
    ...(step.success ? { step: step.data } : {}),
    ...(ref.success ? { errorRef: ref.data } : {}),
  }
}

/** The uploaded file, if the form carried a non-empty one. */
function uploadOf(body: Body | undefined): Upload | undefined {
  const v = body?.attachment as Partial<Upload> | undefined
  if (!v || typeof v !== 'object' || !Buffer.isBuffer(v.data)) return undefined
  if (v.data.length === 0 && !v.fileName) return undefined
  return { fileName: String(v.fileName ?? ''), data: v.data, truncated: v.truncated === true }
}

/** The help form: every field checked; the values come back as typed for a re-rendered form. */
export function parseHelpForm(body: Body | undefined): Parsed<NewTicket, HelpMessage> {
  const values = {
    category: text(body, 'category'),
    subject: text(body, 'subject'),
    message: text(body, 'message'),
    email: text(body, 'email').toLowerCase(),
    step: text(body, 'step'),
    ref: text(body, 'ref'),
  }
  const problems: FieldProblem<HelpMessage>[] = []
  const cat = category.safeParse(values.category)
  if (!cat.success) problems.push({ field: 'category', key: 'error.category' })
  if (len(values.subject) < 1 || len(values.subject) > 150)
    problems.push({ field: 'subject', key: 'error.subject' })
  if (len(values.message) < 10 || len(values.message) > 5000)
    problems.push({ field: 'message', key: 'error.message' })
  if (values.email === '') {
    if (cat.success && cat.data !== 'corruption')
      problems.push({ field: 'email', key: 'error.emailRequired' })
  } else if (!emailSchema.safeParse(values.email).success) {
    problems.push({ field: 'email', key: 'error.email' })
  }
  const upload = uploadOf(body)
  const checked = upload ? checkUpload(upload) : undefined
  if (checked && !checked.ok)
    problems.push({
      field: 'attachment',
      key: checked.problem === 'size' ? 'error.attachmentSize' : 'error.attachmentType',
    })
  else if (upload && problems.length > 0)
    problems.push({ field: 'attachment', key: 'error.attachmentAgain' })
  if (!cat.success || problems.length > 0) return { ok: false, problems, values }
  const origin = parseOrigin({ step: values.step, ref: values.ref })
  return {
    ok: true,
    values,
    value: {
      category: cat.data,
      subject: values.subject,
      message: values.message,
      ...(values.email ? { email: values.email } : {}),
      ...(origin.step ? { originStep: origin.step } : {}),
      ...(origin.errorRef ? { originErrorRef: origin.errorRef } : {}),
      ...(upload && checked?.ok
        ? {
            attachment: {
              fileName: safeFileName(upload.fileName),
              type: checked.type,
              data: upload.data,
            },
          }
        : {}),
    },
  }
}

export type FollowRequest =
  { reference: string; email: string } | { reference: string; phrase: string }

/** Following: a reference and either the e-mail or the secret phrase. */
export function parseFollowForm(body: Body | undefined): Parsed<FollowRequest, HelpMessage> {
  const values = {
    reference: text(body, 'reference'),
    email: text(body, 'email').toLowerCase(),
    phrase: text(body, 'phrase'),
  }
  const problems: FieldProblem<HelpMessage>[] = []
  const reference = parseReference(values.reference)
  if (!reference) problems.push({ field: 'reference', key: 'error.reference' })
  if (values.email && !emailSchema.safeParse(values.email).success)
    problems.push({ field: 'email', key: 'error.email' })
  else if (!values.email && !values.phrase)
    problems.push({ field: 'email', key: 'error.followWho' })
  if (!reference || problems.length > 0) return { ok: false, problems, values }
  return {
    ok: true,
    values,
    value: values.email ? { reference, email: values.email } : { reference, phrase: values.phrase },
  }
}

/** The six-digit code from the e-mail. */
export function parseCodeForm(
  body: Body | undefined,
): Parsed<{ reference: string; code: string }, HelpMessage> {
  const values = { reference: text(body, 'reference'), code: text(body, 'code').replace(/\s/g, '') }
  const reference = parseReference(values.reference)
  if (!reference || !/^\d{6}$/.test(values.code))
    return { ok: false, problems: [{ field: 'code', key: 'error.code' }], values }
  return { ok: true, values, value: { reference, code: values.code } }
}

/** A reply: the message, 1 to 5,000 characters. */
export function parseReplyForm(body: Body | undefined): Parsed<{ message: string }, HelpMessage> {
  const values = { message: text(body, 'message') }
  if (len(values.message) < 1 || len(values.message) > 5000)
    return { ok: false, problems: [{ field: 'message', key: 'error.message' }], values }
  return { ok: true, values, value: values }
}
