import type { MenuEntry } from '../menu.js'
import { OFFICER_PATHS } from '../paths.js'
import { auditorMessages } from './auditor.messages.js'

/** The auditor's pages in the back office's menu. */
export const auditMenu: readonly MenuEntry[] = [
  {
    href: OFFICER_PATHS.auditEvents,
    permissions: ['audit.events'],
    title: (locale) => auditorMessages(locale)('nav.events'),
    body: (locale) => auditorMessages(locale)('home.events'),
  },
  {
    href: OFFICER_PATHS.auditVerify,
    permissions: ['audit.verify'],
    title: (locale) => auditorMessages(locale)('nav.verify'),
    body: (locale) => auditorMessages(locale)('home.verify'),
  },
]
