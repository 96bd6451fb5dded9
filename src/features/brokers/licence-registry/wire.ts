import { z } from 'zod'
import { isValidThaiId } from '../../../platform/thai-id.js'
import { isLicenceNumber } from '../licence-number.js'

/**
 * The licence registry's check, as the portal and the SIMULATOR speak it:
 *
 *   POST {baseUrl}/v1/licence-checks   (x-api-key, JSON)
 *   { "licenceNumber": "CB123456782", "holderId": "<13-digit national or juristic ID>" }
 *   → 200 { "licenceNumber", "licence": { "status", "holderMatches" } | null,
 *           "holder": { "disqualified" }, "checkedAt" }
 *
 * The holder's ID travels in the body, never in the address (addresses end up in logs). The
 * registry says whether the licence exists, its status, whether it is this holder's, and
 * whether the holder has a disqualifying record; it never says who else holds a licence.
 */
export const LICENCE_STATUSES = ['valid', 'suspended', 'revoked', 'expired'] as const
export type LicenceStatus = (typeof LICENCE_STATUSES)[number]

export const licenceCheckRequest = z.object({
  licenceNumber: z.string().refine(isLicenceNumber, 'not a licence number'),
  holderId: z.string().refine(isValidThaiId, 'not a valid 13-digit ID'),
})
export type LicenceCheckRequest = z.infer<typeof licenceCheckRequest>

export const licenceCheckResponse = z.object({
  licenceNumber: z.string(),
  licence: z.object({ status: z.enum(LICENCE_STATUSES), holderMatches: z.boolean() }).nullable(),
  holder: z.object({ disqualified: z.boolean() }),
  checkedAt: z.iso.datetime(),
})
/** What the registry answered about one licence and one holder. */
export type LicenceAnswer = z.infer<typeof licenceCheckResponse>

/** The path of the check under the registry's base URL. */
export const LICENCE_CHECK_PATH = '/v1/licence-checks'
