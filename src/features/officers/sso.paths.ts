// Officers' sign-in through the agency's single sign-on (OpenID Connect), and the staff session
// it opens for an officer who holds no back-office role: their own acknowledgements only.
declare module 'fastify' {
  interface Session {
    /** A directory officer signed in through the SSO: their staff number. */
    staffNumber?: string
    /** The SSO request in flight: state, nonce and PKCE verifier, and since when (ms). */
    staffSso?: { state: string; nonce: string; verifier: string; at: number; next?: string }
  }
}

export const SSO_PATHS = {
  start: '/officer/sso',
  callback: '/officer/sso/callback',
  signOut: '/officer/sso/sign-out',
} as const

/** Where a staff session lands: the officer's own acknowledgements (the ethics feature's page). */
export const STAFF_HOME = '/ethics'
