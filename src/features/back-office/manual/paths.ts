/** The officers' manual, behind the back office's sign-in. */
export const OFFICER_MANUAL_PATHS = {
  index: '/officer/manual',
  topic: (slug: string) => `/officer/manual/${slug}`,
} as const
