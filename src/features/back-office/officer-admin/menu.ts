import { backOfficeMessages } from '../messages.js'
import type { MenuEntry } from '../menu.js'
import { OFFICER_PATHS } from '../paths.js'
import { grantMessages } from './grants.messages.js'

/** The administrator's pages in the back office's menu; the grants waiting on the start page only. */
export const officerAdminMenu: readonly MenuEntry[] = [
  {
    href: OFFICER_PATHS.officers,
    permissions: ['officers.manage'],
    title: (locale) => backOfficeMessages(locale)('nav.officers'),
    body: (locale) => backOfficeMessages(locale)('home.officers'),
  },
  {
    href: OFFICER_PATHS.grants,
    permissions: ['officers.manage'],
    title: (locale) => grantMessages(locale)('grants.title'),
    body: (locale) => grantMessages(locale)('grants.home'),
    homeOnly: true,
  },
]
