import { z } from 'zod'
import { isValidThaiId } from '../../platform/thai-id.js'
import { JURISTIC_STATUSES, JURISTIC_TYPES, type JuristicPerson } from './types.js'

/**
 * The body of `GET {baseUrl}/juristic-persons/{id}` → 200: a `JuristicPerson`, field for
 * field. Checked on arrival because decisions are made on it: a malformed body is treated
 * as the registry being unavailable, never as a company with missing directors.
 */
const thaiId = z.string().refine(isValidThaiId, 'not a valid 13-digit ID')

export const juristicPersonWire = z.object({
  id: thaiId,
  nameTh: z.string().min(1),
  nameEn: z.string(),
  type: z.enum(JURISTIC_TYPES),
  status: z.enum(JURISTIC_STATUSES),
  registeredOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  address: z.object({
    houseNo: z.string(),
    road: z.string(),
    subdistrict: z.string(),
    district: z.string(),
    province: z.string(),
    postcode: z.string().regex(/^\d{5}$/),
  }),
  directors: z.array(
    z.object({
      // Some certificates list a director without the national ID: matched on the name then.
      id: z.union([thaiId, z.literal('')]),
      title: z.string(),
      firstName: z.string().min(1),
      lastName: z.string(),
      nationality: z.string().regex(/^[A-Z]{3}$/),
    }),
  ),
  signingClause: z.string(),
})

/** The company in the body, or undefined when the body is not one. */
export function parseJuristicPerson(body: unknown): JuristicPerson | undefined {
  const parsed = juristicPersonWire.safeParse(body)
  return parsed.success ? parsed.data : undefined
}
