import type { Queue } from '../../help-desk/index.js'

/** The help-desk section's paths: the desk's queue and the sealed queue share their shape. */
export const DESK_PATHS = {
  inbox: (q: Queue) => (q === 'sealed' ? '/officer/help-desk/sealed' : '/officer/help-desk'),
  ticket: (q: Queue, id: string) => `${DESK_PATHS.inbox(q)}/tickets/${id}`,
  action: (q: Queue, id: string, action: string) =>
    `${DESK_PATHS.inbox(q)}/tickets/${id}/${action}`,
  file: (q: Queue, id: string, file: string) =>
    `${DESK_PATHS.inbox(q)}/tickets/${id}/files/${file}`,
  reveal: (id: string) => `/officer/help-desk/sealed/tickets/${id}/reveal`,
  config: '/officer/help-desk/settings',
  contact: '/officer/help-desk/settings/contact',
  canned: '/officer/help-desk/settings/canned',
  holidays: '/officer/help-desk/settings/holidays',
  holidayYear: (year: number) => `/officer/help-desk/settings/holidays?year=${year}`,
  holidayRemove: '/officer/help-desk/settings/holidays/remove',
  targets: '/officer/help-desk/settings/targets',
  statistics: '/officer/help-desk/statistics',
} as const
