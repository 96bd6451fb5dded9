/** Where acting for a company, grants of authority and their acceptance live. */
export const AUTHORITY_PATHS = {
  actFor: '/account/company',
  company: '/account/company/view',
  /** A company the person signs for, opened from their account by its juristic ID. */
  open: (juristicId: string) => `/account/company/open/${juristicId}`,
  leave: '/account/company/leave',
  newGrant: '/account/company/grants/new',
  grantSigners: (id: string) => `/account/company/grants/${id}/signers`,
  revoke: (id: string) => `/account/company/grants/${id}/revoke`,
  mine: '/account/authority',
  accept: (token: string) => `/authority/accept/${token}`,
  accepting: '/authority/accept',
}
