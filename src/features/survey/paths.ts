/** The survey's public paths: the link in the invitation opens the form; answers go to the same path. */
export const SURVEY_PATHS = {
  answer: (token: string) => `/survey/${token}`,
  thanks: '/survey/thanks',
} as const
