import { z } from 'zod'
import { apiSchemas } from './activity.schema.js'
import { TOKEN_TTL_S } from './tokens.js'

// The OpenAPI 3.1 document of the customs activity API, made from the zod schemas that
// validate its requests (z.toJSONSchema writes JSON Schema 2020-12, OpenAPI 3.1's dialect).
// The portal serves it merged with its other APIs' at /api/v1/openapi.json (api-docs).

export const API_PATHS = {
  token: '/api/v1/oauth/token',
  activity: '/api/v1/customs-activity',
} as const

/** Every named schema as JSON Schema, each reference pointing at its component. */
function componentsOf(io: 'input' | 'output'): Record<string, Record<string, unknown>> {
  const { schemas } = z.toJSONSchema(apiSchemas, {
    target: 'draft-2020-12',
    io,
    unrepresentable: 'any',
    uri: (id: string) => `#/components/schemas/${id}`,
  }) as { schemas: Record<string, Record<string, unknown>> }
  return Object.fromEntries(
    Object.entries(schemas).map(([id, schema]) => {
      // JSON Schema 2020-12 is OpenAPI 3.1's own dialect, and a component is named by its key.
      const rest = { ...schema }
      delete rest.$schema
      delete rest.$id
      return [id, rest]
    }),
  )
}

const REQUESTS = ['ActivityEvent', 'ActivityBatch', 'TokenRequest']

function pick<T>(all: Record<string, T>, keys: string[]): Record<string, T> {
  return Object.fromEntries(keys.flatMap((k) => (all[k] ? [[k, all[k]]] : [])))
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` })

function problems(...codes: number[]): Record<string, unknown> {
  const texts: Record<number, string> = {
    400: 'The body is not JSON, or not of the schema: each error points at its field',
    401: 'No token, or a token that is expired, forged or of a disabled client',
    413: 'The body is larger than the limit',
    415: 'The body is not application/json',
    422: 'Some events cannot be recorded (unknown registration, conflict, a date after today); none was',
    429: 'Too many requests from this client; see Retry-After',
  }
  return Object.fromEntries(
    codes.map((c) => [
      String(c),
      {
        description: texts[c],
        content: { 'application/problem+json': { schema: ref('Problem') } },
      },
    ]),
  )
}

/** The API's OpenAPI 3.1 document, with the portal's address as its server. */
export function openApiDocument(publicBaseUrl: string): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Customs Trader Portal — customs activity',
      version: '1.0.0',
      description:
        'The customs clearance system reports declarations lodged by registrants. Each keeps its ' +
        'registration active (Customs Notifications 64/2561 and 94/2564). Idempotent by declaration reference.',
    },
    servers: [{ url: publicBaseUrl }],
    components: {
      // Requests as they may be sent, responses as they are sent.
      schemas: { ...componentsOf('output'), ...pick(componentsOf('input'), REQUESTS) },
      securitySchemes: {
        clearanceSystem: {
          type: 'oauth2',
          description: `Client credentials; access tokens live ${TOKEN_TTL_S} seconds`,
          flows: {
            clientCredentials: {
              tokenUrl: `${publicBaseUrl}${API_PATHS.token}`,
              scopes: { 'activity:write': 'Report declarations' },
            },
          },
        },
      },
    },
    paths: {
      [API_PATHS.token]: {
        post: {
          operationId: 'issueToken',
          summary: 'An access token for a calling system',
          requestBody: {
            required: true,
            content: { 'application/x-www-form-urlencoded': { schema: ref('TokenRequest') } },
          },
          responses: {
            '200': {
              description: 'The token',
              content: { 'application/json': { schema: ref('TokenResponse') } },
            },
            ...problems(400, 401, 429),
          },
        },
      },
      [API_PATHS.activity]: {
        post: {
          operationId: 'reportActivity',
          summary: 'Reports up to 1,000 declarations',
          security: [{ clearanceSystem: ['activity:write'] }],
          requestBody: {
            required: true,
            content: { 'application/json': { schema: ref('ActivityBatch') } },
          },
          responses: {
            '200': {
              description: 'Every event recorded, or found recorded before',
              content: { 'application/json': { schema: ref('ActivityResult') } },
            },
            ...problems(400, 401, 413, 415, 422, 429),
          },
        },
      },
    },
  }
}
