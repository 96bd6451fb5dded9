/** The paths of signing in, enrolling and signing out; the back office's table spreads them. */
export const SIGN_IN_PATHS = {
  home: '/officer',
  signIn: '/officer/sign-in',
  code: '/officer/sign-in/code',
  signOut: '/officer/sign-out',
  /** The one-time enrolment link: the token is a query value, which the logs redact. */
  enrolLink: (token: string) => `/officer/enrol?token=${encodeURIComponent(token)}`,
  enrol: '/officer/enrol',
  enrolPassword: '/officer/enrol/password',
  enrolAuthenticator: '/officer/enrol/authenticator',
  enrolDone: '/officer/enrol/recovery-codes',
  stylesheet: '/officer/assets/back-office.css',
} as const
