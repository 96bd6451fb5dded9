import { z } from 'zod'
import { checkSchemas } from './check.schema.js'
import { CHECK_PATHS, MAX_NUMBERS } from './paths.js'

// This API's OpenAPI 3.1 document, made from the zod schemas of its answers (JSON Schema
// 2020-12 is OpenAPI 3.1's dialect). The portal serves it merged with its other APIs' at
// /api/v1/openapi.json (api-docs); its refusal is CheckProblem (it carries no field errors).

function components(): Record<string, unknown> {
  const { schemas } = z.toJSONSchema(checkSchemas, {
    target: 'draft-2020-12',
    io: 'output',
    uri: (id: string) => `#/components/schemas/${id}`,
  }) as { schemas: Record<string, Record<string, unknown>> }
  const out: Record<string, unknown> = {}
  for (const id of ['CheckAnswer', 'CheckResponse']) {
    const schema = { ...schemas[id] }
    delete schema.$schema
    delete schema.id
    delete schema.$id
    out[id] = schema
  }
  return out
}

/** The check's OpenAPI 3.1 document, with the portal's address as its server. */
export function checkOpenApiDocument(publicBaseUrl: string): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Customs Trader Portal — public registration check',
      version: '1.0.0',
      description:
        'Checks importer/exporter and customs-broker registration numbers. Companies are always listed; a person only when they agreed. "not_listed" is the answer both for a number nobody registered and for a person who is not listed. A number that is not 13 digits with a correct check digit is "invalid". Answers are cached for 30 seconds; requests are limited per client address (429 with Retry-After).',
    },
    servers: [{ url: publicBaseUrl }],
    paths: {
      [CHECK_PATHS.api]: {
        get: {
          operationId: 'checkRegistrations',
          summary: `Check 1 to ${MAX_NUMBERS} registration numbers`,
          parameters: [
            {
              name: 'number',
              in: 'query',
              required: true,
              description: `A 13-digit registration number; repeat the parameter for up to ${MAX_NUMBERS} numbers. Answers come in the same order.`,
              style: 'form',
              explode: true,
              schema: {
                type: 'array',
                minItems: 1,
                maxItems: MAX_NUMBERS,
                items: { type: 'string', maxLength: 40 },
              },
            },
          ],
          responses: {
            '200': {
              description: 'One answer per number, in the order asked',
              content: {
                'application/json': { schema: { $ref: '#/components/schemas/CheckResponse' } },
              },
            },
            '400': {
              description: `No number, more than ${MAX_NUMBERS}, or one longer than 40 characters`,
              content: {
                'application/problem+json': {
                  schema: { $ref: '#/components/schemas/CheckProblem' },
                },
              },
            },
            '429': {
              description: 'Too many requests from this address; see Retry-After',
            },
          },
        },
      },
    },
    components: {
      schemas: {
        ...components(),
        CheckProblem: {
          type: 'object',
          properties: {
            type: { type: 'string' },
            title: { type: 'string' },
            status: { type: 'integer' },
            detail: { type: 'string' },
          },
          required: ['title', 'status'],
        },
      },
    },
  }
}
