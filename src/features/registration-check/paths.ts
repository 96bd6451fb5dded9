/** The public registration check's paths, in one place. */
export const CHECK_PATHS = {
  /** The GET form and its answer: /check-registration?number=… can be bookmarked and shared. */
  page: '/check-registration',
  /** The JSON API: ?number=… repeated, up to MAX_NUMBERS. */
  api: '/api/v1/registration-check',
  /** The portal's one OpenAPI 3.1 document (api-docs), this API's among the others'. */
  openapi: '/api/v1/openapi.json',
  /** A registrant's choice to be listed (signed in). */
  listing: '/account/public-listing',
} as const

/** The most numbers one API call may ask about. */
export const MAX_NUMBERS = 100
