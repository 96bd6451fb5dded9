import { z } from 'zod'

// The customs activity API's shapes: the same zod schemas validate requests and make the
// OpenAPI 3.1 document (openapi.ts, through z.toJSONSchema).

/** The most events one request may carry. */
export const MAX_EVENTS = 1000

export const ActivityEvent = z
  .object({
    registrationNumber: z
      .string()
      .regex(
        /^\d{13}$/,
        'thirteen digits: the national ID of a person, the juristic ID of a company',
      )
      .meta({
        description: 'The 13-digit tax identification number the registration is held under',
      }),
    declarationReference: z
      .string()
      .regex(/^[A-Z0-9][A-Z0-9/-]{3,34}$/, '4 to 35 capital letters, digits, "/" or "-"')
      .meta({ description: 'The declaration’s reference in the clearance system; unique' }),
    declarationDate: z.iso
      .date('a date written YYYY-MM-DD')
      .meta({ description: 'The day the declaration was lodged (Asia/Bangkok)' }),
  })
  .strict()
  .meta({ description: 'One declaration lodged by a registrant' })

export const ActivityBatch = z
  .object({
    events: z
      .array(ActivityEvent)
      .min(1, 'at least one event')
      .max(MAX_EVENTS, `at most ${MAX_EVENTS} events`),
  })
  .strict()
  .meta({
    description: `Up to ${MAX_EVENTS} declarations, recorded together or not at all`,
  })

export type ActivityBatch = z.infer<typeof ActivityBatch>
export type ActivityEvent = z.infer<typeof ActivityEvent>

export const ActivityResult = z
  .object({
    received: z.int().min(1),
    recorded: z.int().min(0).meta({ description: 'Declarations new to the portal' }),
    duplicates: z.int().min(0).meta({ description: 'Declarations reported before, unchanged' }),
    results: z.array(
      z
        .object({
          declarationReference: z.string(),
          outcome: z.enum(['recorded', 'duplicate']),
        })
        .strict(),
    ),
  })
  .strict()
  .meta({ description: 'What became of each event, in the order sent' })

export type ActivityResult = z.infer<typeof ActivityResult>

export const TokenRequest = z
  .object({
    grant_type: z.literal('client_credentials'),
    client_id: z.string().min(1).max(64).optional(),
    client_secret: z.string().min(1).max(200).optional(),
    scope: z.string().max(200).optional(),
  })
  .meta({
    description:
      'OAuth 2.0 client credentials (RFC 6749 §4.4); the client may authenticate by HTTP Basic instead',
  })

export const TokenResponse = z
  .object({
    access_token: z.string(),
    token_type: z.literal('Bearer'),
    expires_in: z.int().min(1),
    scope: z.string(),
  })
  .strict()

export const FieldError = z.object({
  pointer: z
    .string()
    .optional()
    .meta({ description: 'JSON Pointer (RFC 6901) into the request body' }),
  header: z.string().optional().meta({ description: 'The request header at fault' }),
  parameter: z.string().optional().meta({ description: 'The form parameter at fault' }),
  code: z.string(),
  detail: z.string(),
})

export const Problem = z
  .object({
    type: z.string().meta({ description: 'A URI naming the kind of problem' }),
    title: z.string(),
    status: z.int().min(400).max(599),
    detail: z.string(),
    instance: z.string().meta({ description: 'The request’s reference, for the help desk' }),
    errors: z.array(FieldError).min(1),
    error: z.string().optional().meta({ description: 'The OAuth 2.0 error code (token endpoint)' }),
  })
  .meta({ description: 'RFC 9457 problem details' })

export type FieldError = z.infer<typeof FieldError>

/** The API's named schemas: each becomes a component of the OpenAPI document. */
export const apiSchemas = z.registry<{ id: string }>()
apiSchemas.add(ActivityEvent, { id: 'ActivityEvent' })
apiSchemas.add(ActivityBatch, { id: 'ActivityBatch' })
apiSchemas.add(ActivityResult, { id: 'ActivityResult' })
apiSchemas.add(TokenRequest, { id: 'TokenRequest' })
apiSchemas.add(TokenResponse, { id: 'TokenResponse' })
apiSchemas.add(FieldError, { id: 'FieldError' })
apiSchemas.add(Problem, { id: 'Problem' })
