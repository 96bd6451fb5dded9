/** The help desk's public paths (the officers' are in back-office/help-desk). */
export const HELP_PATHS = {
  contact: '/contact',
  newTicket: '/help/new',
  sent: '/help/sent',
  follow: '/help/follow',
  followCode: '/help/follow/code',
  ticket: (reference: string) => `/help/tickets/${reference}`,
  reply: (reference: string) => `/help/tickets/${reference}/reply`,
  close: (reference: string) => `/help/tickets/${reference}/close`,
  attachment: (reference: string, id: string) => `/help/tickets/${reference}/files/${id}`,
  link: (reference: string, signature: string) => `/help/t/${reference}/${signature}`,
} as const

/** The help form's address for a journey step or an error page (the step and the reference only). */
export function helpFormFor(origin: { step?: string; errorRef?: string }): string {
  const q = new URLSearchParams()
  if (origin.step) q.set('step', origin.step)
  if (origin.errorRef) q.set('ref', origin.errorRef)
  const s = q.toString()
  return s ? `${HELP_PATHS.newTicket}?${s}` : HELP_PATHS.newTicket
}

/**
 * A ticket's page in the back office, for the officers' e-mails (the same path the back office's
 * help-desk section serves: the sealed queue for corruption complaints).
 */
export function officerTicketPath(id: string, sealed: boolean): string {
  return `/officer/help-desk${sealed ? '/sealed' : ''}/tickets/${id}`
}
