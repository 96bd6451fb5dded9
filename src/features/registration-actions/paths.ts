/**
 * Where a registrant acts on one of their registrations after it exists. The routes live in the
 * features that own each change (lifecycle, brokers); the account and company pages only link
 * here, so neither depends on them. The id is the registration's UUID, never a national ID.
 */
export const REGISTRATION_PATHS = {
  /** E-mail (confirmed by a code again), mobile, mailing address. */
  contact: (id: string) => `/account/registrations/${id}/contact`,
  /** Update from the bank (a person) or from DBD (a company). */
  refresh: (id: string) => `/account/registrations/${id}/refresh`,
  /** A suspended registration made ACTIVE again through eKYC and the rules. */
  reactivate: (id: string) => `/account/registrations/${id}/reactivate`,
  /** Cancellation by the registrant (a company: by its signing directors). */
  cancel: (id: string) => `/account/registrations/${id}/cancel`,
  /** Apply to be a customs broker on the strength of this importer/exporter registration. */
  broker: (id: string) => `/account/registrations/${id}/broker`,
  /** A broker's renewal and its fee, from 90 days before the end date. */
  renew: (id: string) => `/account/registrations/${id}/renew`,
} as const

/** How many days before the end date a renewal opens (issue 24). */
export const RENEWAL_OPENS_DAYS = 90
