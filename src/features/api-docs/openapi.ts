import { openApiDocument as activityDocument } from '../lifecycle/index.js'
import { checkOpenApiDocument } from '../registration-check/index.js'
import { API_DOCS_PATHS } from './paths.js'

// The portal's one OpenAPI 3.1 document: each API's own document (made from its zod schemas)
// merged, each API a tag. A path or a component named twice with another meaning is a mistake
// of the code, found when the document is made (at start-up), never served half right.

type Json = Record<string, unknown>

/** One API's document and the tag its operations carry in the merged one. */
export interface ApiPart {
  tag: string
  document: Json
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']

function tagged(pathItem: Json, tag: string): Json {
  return Object.fromEntries(
    Object.entries(pathItem).map(([key, value]) =>
      METHODS.includes(key) ? [key, { ...(value as Json), tags: [tag] }] : [key, value],
    ),
  )
}

/** Adds entries to a map of named things; a name already there with another value throws. */
function addAll(into: Json, from: Json | undefined, what: string): void {
  for (const [name, value] of Object.entries(from ?? {})) {
    if (name in into && JSON.stringify(into[name]) !== JSON.stringify(value))
      throw new Error(`OpenAPI merge: ${what} "${name}" is defined twice, differently`)
    into[name] = value
  }
}

/** The parts' paths, components and security schemes in one OpenAPI 3.1 document. */
export function mergeOpenApi(info: Json, servers: Json[], parts: ApiPart[]): Json {
  const paths: Json = {}
  const schemas: Json = {}
  const securitySchemes: Json = {}
  const tags: Json[] = []
  for (const { tag, document } of parts) {
    const partInfo = document.info as { title?: string; description?: string }
    tags.push({ name: tag, description: `${partInfo.title ?? tag}. ${partInfo.description ?? ''}` })
    for (const [path, item] of Object.entries((document.paths ?? {}) as Json)) {
      if (path in paths) throw new Error(`OpenAPI merge: the path ${path} is in two APIs`)
      paths[path] = tagged(item as Json, tag)
    }
    const components = (document.components ?? {}) as { schemas?: Json; securitySchemes?: Json }
    addAll(schemas, components.schemas, 'the schema')
    addAll(securitySchemes, components.securitySchemes, 'the security scheme')
  }
  return {
    openapi: '3.1.0',
    info,
    servers,
    tags,
    paths,
    components: { schemas, securitySchemes },
  }
}

/** The portal's APIs in one document, with the portal's address as their server. */
export function portalOpenApiDocument(publicBaseUrl: string): Json {
  return mergeOpenApi(
    {
      title: 'Customs Trader Portal API',
      version: '1.0.0',
      description:
        'The portal’s APIs: the customs activity API (for the customs clearance system) and the ' +
        'public registration check. Refusals are application/problem+json (RFC 9457); each ' +
        `problem type is described at ${publicBaseUrl}${API_DOCS_PATHS.problems}.`,
    },
    [{ url: publicBaseUrl }],
    [
      { tag: 'customs-activity', document: activityDocument(publicBaseUrl) },
      { tag: 'registration-check', document: checkOpenApiDocument(publicBaseUrl) },
    ],
  )
}
