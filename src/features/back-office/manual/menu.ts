import { PERMISSIONS } from '../../officers/index.js'
import type { MenuEntry } from '../menu.js'
import { officerManualMessages } from './messages.js'
import { OFFICER_MANUAL_PATHS } from './paths.js'

/** The officers' manual: in every officer's menu, whatever their role. */
export const officerManualMenu: readonly MenuEntry[] = [
  {
    href: OFFICER_MANUAL_PATHS.index,
    permissions: PERMISSIONS,
    title: (locale) => officerManualMessages(locale)('nav.manual'),
    body: (locale) => officerManualMessages(locale)('home.manual'),
    homeOnly: true,
  },
]
