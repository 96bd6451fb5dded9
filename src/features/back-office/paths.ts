import { SIGN_IN_PATHS } from '../officers/index.js'

/** Every back-office path, in one place: officers' sign-in pages, then the sections'. */
export const OFFICER_PATHS = {
  ...SIGN_IN_PATHS,
  registry: '/officer/registry',
  search: '/officer/registry/search',
  person: (id: string) => `/officer/registry/persons/${id}`,
  reveal: (id: string) => `/officer/registry/persons/${id}/reveal`,
  officers: '/officer/admin/officers',
  newOfficer: '/officer/admin/officers/new',
  officer: (id: string) => `/officer/admin/officers/${id}`,
  resetOfficer: (id: string) => `/officer/admin/officers/${id}/reset`,
  /** Sensitive grants and changes of address waiting for a second administrator. */
  grants: '/officer/admin/grants',
  grant: (id: string) => `/officer/admin/grants/${id}`,
  confirmGrant: (id: string) => `/officer/admin/grants/${id}/confirm`,
  declineGrant: (id: string) => `/officer/admin/grants/${id}/decline`,
  counter: '/officer/counter',
  newCounter: '/officer/counter/new',
  counterEntry: (id: string) => `/officer/counter/${id}`,
  confirmCounter: (id: string) => `/officer/counter/${id}/confirm`,
  rejectCounter: (id: string) => `/officer/counter/${id}/reject`,
  auditEvents: '/officer/audit/events',
  auditExport: '/officer/audit/events.csv',
  auditVerify: '/officer/audit/verify',
} as const
