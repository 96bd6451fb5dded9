// The portal's API documentation (issue 23/24 review): one OpenAPI 3.1 document merged from
// each API's own (the customs activity API, the public registration check) and the page of the
// problem types their problem+json answers name.

export { apiDocsRoutes } from './api-docs.routes.js'
export { mergeOpenApi, portalOpenApiDocument } from './openapi.js'
export { API_DOCS_PATHS } from './paths.js'
