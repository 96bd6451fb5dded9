/** The API documentation's paths: the portal's one OpenAPI document and its problem types. */
export const API_DOCS_PATHS = {
  openapi: '/api/v1/openapi.json',
  /** Where the registration check's own document was; it leads to the one document now. */
  checkOpenapi: '/api/v1/registration-check/openapi.json',
  /** The human page of the problem types (the `type` URIs of problem+json answers). */
  problems: '/api/v1/problems',
} as const
