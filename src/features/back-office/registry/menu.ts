import { backOfficeMessages } from '../messages.js'
import type { MenuEntry } from '../menu.js'
import { OFFICER_PATHS } from '../paths.js'

/** The registrant search in the back office's menu. */
export const registryMenu: readonly MenuEntry[] = [
  {
    href: OFFICER_PATHS.registry,
    permissions: ['registry.search'],
    title: (locale) => backOfficeMessages(locale)('nav.registry'),
    body: (locale) => backOfficeMessages(locale)('home.registry'),
  },
]
