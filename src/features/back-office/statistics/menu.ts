import type { MenuEntry } from '../menu.js'
import { importMessages } from './messages.js'
import { STATISTICS_OFFICER_PATHS } from './paths.js'

/** The statistics section's pages in the back office's menu. */
export const statisticsMenu: readonly MenuEntry[] = [
  {
    href: STATISTICS_OFFICER_PATHS.import,
    permissions: ['statistics.import'],
    title: (locale) => importMessages(locale)('nav.import'),
    body: (locale) => importMessages(locale)('home.import'),
  },
]
