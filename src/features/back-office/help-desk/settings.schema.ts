import type { FieldProblem, Parsed } from '../../../platform/form.js'
import type { ContactContent } from '../../help-desk/index.js'
import type { SettingsMessage } from './settings.messages.js'

export type Body = Record<string, unknown>

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
const len = (s: string) => [...s].length

export const CONTACT_FIELDS = [
  'phone',
  'email',
  'addressTh',
  'addressEn',
  'hoursTh',
  'hoursEn',
  'sectionsTh',
  'sectionsEn',
] as const

/** The contact page's fields, each 1–300 characters; the phone digits and dashes only. */
export function parseContact(
  body: Body | undefined,
): Parsed<{ after: number; content: ContactContent }, SettingsMessage> {
  const values = Object.fromEntries(
    [...CONTACT_FIELDS, 'after'].map((f) => [f, text(body, f)]),
  ) as Record<string, string>
  const problems: FieldProblem<SettingsMessage>[] = []
  for (const f of CONTACT_FIELDS) {
    const n = len(values[f] ?? '')
    if (n < 1 || n > 300) problems.push({ field: f, key: 'error.text' })
  }
  if (!/^[0-9-]{3,20}$/.test(values.phone ?? ''))
    problems.push({ field: 'phone', key: 'error.phone' })
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email ?? ''))
    problems.push({ field: 'email', key: 'error.email' })
  const after = Number(values.after)
  if (problems.length > 0 || !Number.isSafeInteger(after))
    return { ok: false, problems: uniqueByField(problems), values }
  return { ok: true, values, value: { after, content: values as unknown as ContactContent } }
}

function uniqueByField<T extends { field: string }>(list: T[]): T[] {
  return list.filter((p, i) => list.findIndex((q) => q.field === p.field) === i)
}

/** A canned answer in both languages. */
export function parseCanned(
  body: Body | undefined,
): Parsed<
  { id?: string; titleTh: string; titleEn: string; bodyTh: string; bodyEn: string },
  SettingsMessage
> {
  const values = {
    id: text(body, 'id'),
    titleTh: text(body, 'titleTh'),
    titleEn: text(body, 'titleEn'),
    bodyTh: text(body, 'bodyTh'),
    bodyEn: text(body, 'bodyEn'),
  }
  const problems: FieldProblem<SettingsMessage>[] = []
  for (const f of ['titleTh', 'titleEn'] as const)
    if (len(values[f]) < 1 || len(values[f]) > 120) problems.push({ field: f, key: 'error.title' })
  for (const f of ['bodyTh', 'bodyEn'] as const)
    if (len(values[f]) < 1 || len(values[f]) > 5000) problems.push({ field: f, key: 'error.body' })
  if (values.id && !/^[0-9a-f-]{36}$/i.test(values.id))
    problems.push({ field: 'titleTh', key: 'error.title' })
  if (problems.length > 0) return { ok: false, problems, values }
  const { id, ...rest } = values
  return { ok: true, values, value: { ...rest, ...(id ? { id } : {}) } }
}
