/** The officers' own acknowledgement pages (a staff session, from the agency's sign-on). */
export const STAFF_PATHS = {
  mine: '/ethics',
  campaign: (id: string) => `/ethics/campaigns/${id}`,
  sign: (id: string) => `/ethics/campaigns/${id}/sign`,
} as const
