import { PDPA_PATHS } from '../../pdpa/index.js'
import type { MenuEntry } from '../menu.js'
import { dpoMessages } from './dpo.messages.js'

/** The data-protection officer's pages in the back office's menu. */
export const dpoMenu: readonly MenuEntry[] = [
  {
    href: PDPA_PATHS.dpoRequests,
    permissions: ['dpo.requests'],
    title: (locale) => dpoMessages(locale)('nav.requests'),
    body: (locale) => dpoMessages(locale)('home.requests'),
  },
  {
    href: PDPA_PATHS.dpoDocuments,
    permissions: ['dpo.documents'],
    title: (locale) => dpoMessages(locale)('nav.documents'),
    body: (locale) => dpoMessages(locale)('home.documents'),
  },
]
