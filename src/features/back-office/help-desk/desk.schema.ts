import type { FieldProblem, Parsed } from '../../../platform/form.js'
import type { OfficerAction, TicketStatus } from '../../help-desk/index.js'
import type { DeskMessage } from './messages.js'

export type Body = Record<string, unknown>
const ACTIONS = ['reply', 'note', 'assign', 'status', 'merge'] as const
export type ActionKind = (typeof ACTIONS)[number]
const STATUSES: readonly TicketStatus[] = ['open', 'pending', 'resolved', 'closed']

/** Text as typed: NFC, line breaks kept, other control characters removed, trimmed. */
function text(body: Body | undefined, name: string): string {
  const v = body?.[name]
  return typeof v === 'string'
    ? v
        .normalize('NFC')
        .replace(/\r\n?/g, '\n')
        .replace(/[\p{Cc}\u200b-\u200d\ufeff]/gu, (c) => (c === '\n' ? c : ''))
        .trim()
    : ''
}

export function isActionKind(v: string): v is ActionKind {
  return (ACTIONS as readonly string[]).includes(v)
}

/** One officer action's form; the version is the one the page showed. */
export function parseAction(
  kind: ActionKind,
  body: Body | undefined,
): Parsed<OfficerAction, DeskMessage> {
  const values = {
    body: text(body, 'body'),
    then: text(body, 'then'),
    to: text(body, 'to'),
    into: text(body, 'into'),
    assignee: text(body, 'assignee'),
    version: text(body, 'version'),
  }
  const version = Number(values.version)
  const problems: FieldProblem<DeskMessage>[] = []
  if (!Number.isSafeInteger(version) || version < 1)
    return { ok: false, problems: [{ field: 'body', key: 'error.body' }], values }
  const bodyOk = [...values.body].length >= 1 && [...values.body].length <= 5000
  switch (kind) {
    case 'reply': {
      const then = values.then as 'open' | 'pending' | 'resolved'
      if (!bodyOk) problems.push({ field: 'body', key: 'error.body' })
      if (!['open', 'pending', 'resolved'].includes(then))
        problems.push({ field: 'then', key: 'error.then' })
      return problems.length
        ? { ok: false, problems, values }
        : { ok: true, values, value: { kind, version, body: values.body, then } }
    }
    case 'note':
      return bodyOk
        ? { ok: true, values, value: { kind, version, body: values.body } }
        : { ok: false, problems: [{ field: 'note', key: 'error.body' }], values }
    case 'assign':
      return values.assignee === '' ||
        /^[0-9a-f-]{36}$/i.test(values.assignee) ||
        values.assignee === 'none'
        ? {
            ok: true,
            values,
            value: {
              kind,
              version,
              assignee: values.assignee && values.assignee !== 'none' ? values.assignee : null,
            },
          }
        : { ok: false, problems: [{ field: 'assignee', key: 'error.assignee' }], values }
    case 'status':
      return STATUSES.includes(values.to as TicketStatus)
        ? { ok: true, values, value: { kind, version, to: values.to as TicketStatus } }
        : { ok: false, problems: [{ field: 'to', key: 'error.status' }], values }
    case 'merge':
      return values.into
        ? { ok: true, values, value: { kind, version, into: values.into } }
        : { ok: false, problems: [{ field: 'into', key: 'error.reference' }], values }
  }
}

/** The reason an integrity officer gives to reveal a reporter. */
export function parseReveal(body: Body | undefined): Parsed<{ reason: string }, DeskMessage> {
  const values = { reason: text(body, 'reason') }
  const n = [...values.reason].length
  return n >= 10 && n <= 500
    ? { ok: true, values, value: values }
    : { ok: false, problems: [{ field: 'reason', key: 'error.reason' }], values }
}
