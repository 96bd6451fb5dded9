/** Every back-office path, in one place. */
export const OFFICER_PATHS = {
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
  registry: '/officer/registry',
  search: '/officer/registry/search',
  person: (id: string) => `/officer/registry/persons/${id}`,
  reveal: (id: string) => `/officer/registry/persons/${id}/reveal`,
  officers: '/officer/admin/officers',
  newOfficer: '/officer/admin/officers/new',
  officer: (id: string) => `/officer/admin/officers/${id}`,
  resetOfficer: (id: string) => `/officer/admin/officers/${id}/reset`,
  stylesheet: '/officer/assets/back-office.css',
} as const
