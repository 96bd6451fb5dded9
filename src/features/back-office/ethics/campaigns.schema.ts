import { z } from 'zod'
import { parseDateInput } from '../../../platform/time.js'
import { text, type Body, type FieldProblem, type Parsed } from '../form.js'
import type { CampaignMessage } from './campaigns.messages.js'

const title = z.string().min(1).max(200)
const body = z.string().min(20).max(50_000)
const method = z.string().min(1).max(200)
const days = z.coerce.number().int().min(1).max(60)

/** A long text as typed: line breaks kept (paragraphs), other control characters dropped. */
function longText(b: Body | undefined, name: string): string {
  const v = b?.[name]
  return typeof v === 'string'
    ? v
        .normalize('NFC')
        .replace(/\r\n?/g, '\n')
        .replace(/[\p{Cc}\u200b-\u200d\ufeff]/gu, (c) => (c === '\n' ? c : ''))
        .trim()
    : ''
}

/** A new version of the code of ethics: titles and texts in both languages, its effective date. */
export function parseCode(
  b: Body | undefined,
): Parsed<
  { titleTh: string; titleEn: string; bodyTh: string; bodyEn: string; effectiveOn: string },
  CampaignMessage
> {
  const values = {
    titleTh: text(b, 'titleTh'),
    titleEn: text(b, 'titleEn'),
    bodyTh: longText(b, 'bodyTh'),
    bodyEn: longText(b, 'bodyEn'),
    effectiveOn: text(b, 'effectiveOn'),
  }
  const problems: FieldProblem<CampaignMessage>[] = []
  if (!title.safeParse(values.titleTh).success)
    problems.push({ field: 'titleTh', key: 'error.titleTh' })
  if (!title.safeParse(values.titleEn).success)
    problems.push({ field: 'titleEn', key: 'error.titleEn' })
  if (!body.safeParse(values.bodyTh).success)
    problems.push({ field: 'bodyTh', key: 'error.bodyTh' })
  if (!body.safeParse(values.bodyEn).success)
    problems.push({ field: 'bodyEn', key: 'error.bodyEn' })
  const effectiveOn = parseDateInput(values.effectiveOn)
  if (!effectiveOn) problems.push({ field: 'effectiveOn', key: 'error.date' })
  if (problems.length > 0 || !effectiveOn) return { ok: false, problems, values }
  return { ok: true, value: { ...values, effectiveOn }, values }
}

function list(b: Body | undefined, name: string): string[] {
  const v = b?.[name]
  const all = Array.isArray(v) ? v : v === undefined ? [] : [v]
  return all.filter((x): x is string => typeof x === 'string').map((x) => x.trim().toUpperCase())
}

export interface CampaignForm {
  documentId: string
  titleTh: string
  titleEn: string
  startsOn: string
  endsOn: string
  methodTh: string
  methodEn: string
  unitCodes: string[]
  remindEveryDays: number | null
  remindDaysBeforeEnd: number | null
}

/** A campaign's launch form; the units are checked against the directory by the service. */
export function parseCampaign(
  b: Body | undefined,
): Parsed<CampaignForm, CampaignMessage> & { units: string[] } {
  const values = {
    documentId: text(b, 'documentId'),
    titleTh: text(b, 'titleTh'),
    titleEn: text(b, 'titleEn'),
    startsOn: text(b, 'startsOn'),
    endsOn: text(b, 'endsOn'),
    methodTh: text(b, 'methodTh'),
    methodEn: text(b, 'methodEn'),
    remindEvery: text(b, 'remindEvery'),
    remindBefore: text(b, 'remindBefore'),
    confirm: text(b, 'confirm'),
  }
  const units = [...new Set(list(b, 'units'))].filter((u) => /^[A-Z0-9][A-Z0-9._-]{0,19}$/.test(u))
  const problems: FieldProblem<CampaignMessage>[] = []
  if (!z.uuid().safeParse(values.documentId).success)
    problems.push({ field: 'documentId', key: 'error.code' })
  if (!title.safeParse(values.titleTh).success)
    problems.push({ field: 'titleTh', key: 'error.titleTh' })
  if (!title.safeParse(values.titleEn).success)
    problems.push({ field: 'titleEn', key: 'error.titleEn' })
  const startsOn = parseDateInput(values.startsOn)
  const endsOn = parseDateInput(values.endsOn)
  if (!startsOn) problems.push({ field: 'startsOn', key: 'error.date' })
  if (!endsOn) problems.push({ field: 'endsOn', key: 'error.date' })
  else if (startsOn && endsOn < startsOn) problems.push({ field: 'endsOn', key: 'error.window' })
  if (!method.safeParse(values.methodTh).success)
    problems.push({ field: 'methodTh', key: 'error.method' })
  if (!method.safeParse(values.methodEn).success)
    problems.push({ field: 'methodEn', key: 'error.method' })
  if (units.length === 0) problems.push({ field: 'units', key: 'error.units' })
  const every = values.remindEvery === '' ? null : days.safeParse(values.remindEvery)
  const before = values.remindBefore === '' ? null : days.safeParse(values.remindBefore)
  if (every && !every.success) problems.push({ field: 'remindEvery', key: 'error.remind' })
  if (before && !before.success) problems.push({ field: 'remindBefore', key: 'error.remind' })
  if (values.confirm !== 'yes') problems.push({ field: 'confirm', key: 'error.confirm' })
  if (problems.length > 0 || !startsOn || !endsOn) return { ok: false, problems, values, units }
  return {
    ok: true,
    value: {
      documentId: values.documentId,
      titleTh: values.titleTh,
      titleEn: values.titleEn,
      startsOn,
      endsOn,
      methodTh: values.methodTh,
      methodEn: values.methodEn,
      unitCodes: units,
      remindEveryDays: every?.success ? every.data : null,
      remindDaysBeforeEnd: before?.success ? before.data : null,
    },
    values,
    units,
  }
}
