import { z } from 'zod'
import { businessDate } from '../../platform/time.js'
import type { CheckAnswer } from './check.service.js'
import { MAX_NUMBERS } from './paths.js'

/** The page's query: one number (a repeated parameter keeps its first value). */
export const pageQuery = z.object({
  number: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (Array.isArray(v) ? v[0] : v)),
})

/** The API's query: `number`, repeated, 1 to MAX_NUMBERS times, each at most 40 characters. */
export const apiQuery = z.object({
  number: z
    .union([z.string().max(40), z.array(z.string().max(40)).min(1).max(MAX_NUMBERS)])
    .transform((v) => (Array.isArray(v) ? v : [v])),
})

const registration = z.object({
  kind: z.enum(['importer_exporter', 'customs_broker']),
  status: z.enum(['ACTIVE', 'SUSPENDED', 'CANCELLED', 'EXPIRED']),
  validFrom: z.iso.date().describe('Asia/Bangkok calendar date'),
  validUntil: z.iso
    .date()
    .nullable()
    .describe('Asia/Bangkok calendar date; null when the registration has no end date'),
})

/** One answer of the API, as JSON. */
export const apiAnswer = z.discriminatedUnion('result', [
  z.object({ number: z.string(), result: z.literal('invalid') }),
  z.object({ number: z.string(), result: z.literal('not_listed') }),
  z.object({
    number: z.string(),
    result: z.literal('listed'),
    party: z.enum(['company', 'person']),
    name: z.object({ th: z.string(), en: z.string().nullable() }).nullable(),
    registrations: z.array(registration),
  }),
])

export const apiResponse = z.object({ answers: z.array(apiAnswer) })

/** The API's named schemas, for its OpenAPI document. */
export const checkSchemas = z.registry<{ id: string }>()
checkSchemas.add(apiAnswer, { id: 'CheckAnswer' })
checkSchemas.add(apiResponse, { id: 'CheckResponse' })

/** The JSON of one answer: dates as Asia/Bangkok calendar dates, nothing else added. */
export function presentAnswer(a: CheckAnswer): z.infer<typeof apiAnswer> {
  if (a.result !== 'listed') return { number: a.number, result: a.result }
  return {
    number: a.number,
    result: 'listed',
    party: a.party,
    name: a.name,
    registrations: a.registrations.map((r) => ({
      kind: r.kind,
      status: r.status,
      validFrom: businessDate(r.validFrom),
      validUntil: r.validUntil ? businessDate(r.validUntil) : null,
    })),
  }
}
